package nl.fvw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of three shipped scenarios: what the charts hold, that the file needs nothing
 * from outside, and that headless Chromium renders it with the charts visible. The browser part
 * runs where Debian's chromium is installed; .ci/run installs it and sets FVW_REQUIRE_BROWSER, so
 * there it cannot be skipped.
 */
class HtmlRapportTest {
    private static final Path OUT = Path.of("target/rapport");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @BeforeAll
    static void render() throws IOException {
        System.setProperty("fvw.home", CliTest.HOME.toString());
        Files.createDirectories(OUT);
        for (String s : List.of("normering-varianten-illustratief", "bundeling-spuks-naar-au", "bekostiging-inburgering-2021")) {
            CliTest.Run r = CliTest.fvw("run", CliTest.HOME.resolve("examples/scenarios/" + s + ".yaml").toString(), "--format",
                    "html", "--out", OUT.resolve(s + ".html").toString());
            assertThat(r.exit()).as(r.err()).isZero();
        }
    }

    private static String html(String scenario) throws IOException {
        return Files.readString(OUT.resolve(scenario + ".html"));
    }

    private static String figuur(String html, String id) {
        Matcher m = Pattern.compile("<figure id=\"" + id + "\">(.*?)</figure>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("figure " + id).isTrue();
        return m.group(1);
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    @Test
    void levelsAndBijstellingenPerFund() throws IOException {
        String html = html("normering-varianten-illustratief");
        assertThat(count(figuur(html, "niveau-GF"), "<circle class=\"punt\"")).isEqualTo(14);
        assertThat(figuur(html, "niveau-GF")).contains("Voorjaarsnota 2024 2028: 40.064,9");
        assertThat(count(figuur(html, "bijstelling-PF"), "<rect class=\"staaf\"")).isEqualTo(7);
        assertThat(figuur(html, "bijstelling-GF")).contains("2023: 900");
        assertThat(html).contains("<table id=\"niveau-GF-tabel\">").contains("<td>40.064,9</td>");
    }

    /** Every recipient falls in one class of the histogram. */
    /** The report shows what compare shows: the levels per variant as a chart and a table, and the uitgavenkader per variant. */
    @Test
    void theVariantsSideBySideWithTheUitgavenkader() throws IOException {
        String html = html("normering-varianten-illustratief");
        assertThat(count(figuur(html, "variant-niveau-GF"), "<circle class=\"punt\"")).as("8 variants × 7 years").isEqualTo(56);
        assertThat(html).contains("<table id=\"variant-niveau-PF-tabel\">").contains("<table id=\"variant-uitgavenkader-0\">")
                .contains("<td>plafondcorrectie (prijsdeel)</td>").contains("<td>beslag op het uitgavenkader</td>");
        assertThat(html).as("accres % with two decimals, as the documents print it").containsPattern(
                "(?s)<table id=\"accres-tabel\">.*?<td>\\d+,\\d\\d</td>");
        CliTest.Run compare = CliTest.fvw("compare", CliTest.HOME.resolve("examples/scenarios/normering-varianten-illustratief.yaml")
                .toString(), "--format", "html");
        assertThat(compare.exit()).as(compare.err()).isZero();
        assertThat(compare.out()).startsWith("<!DOCTYPE html>").contains("<figure id=\"variant-niveau-GF\">")
                .contains("<table id=\"variant-uitgavenkader-0\">");
    }

    @Test
    void theHistogramCountsEveryRecipient() throws IOException {
        String svg = figuur(html("bundeling-spuks-naar-au"), "herverdeling-0");
        Matcher m = Pattern.compile("<title>aantal [^:]+: (\\d+)</title>").matcher(svg);
        int total = 0;
        int classes = 0;
        while (m.find()) {
            total += Integer.parseInt(m.group(1));
            classes++;
        }
        assertThat(classes).isEqualTo(16);
        assertThat(total).isEqualTo(342);
    }

    @Test
    void costAgainstCompensationAndTheFinancialParagraph() throws IOException {
        String html = html("bekostiging-inburgering-2021");
        String svg = figuur(html, "taak-0");
        assertThat(count(svg, "<rect class=\"staaf\"")).isEqualTo(2 * count(svg, "<title>kosten (claim) "));
        assertThat(svg).contains("compensatie 2021:");
        assertThat(html).contains("<strong>claim</strong>").contains("onvoldoende bekostigd");
    }

    @Test
    void theReportIsOneFileWithoutScriptsOrOutsideResources() throws IOException {
        for (String s : List.of("normering-varianten-illustratief", "bundeling-spuks-naar-au", "bekostiging-inburgering-2021")) {
            String html = html(s);
            assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").doesNotContain("<script")
                    .doesNotContain("src=").doesNotContain("<link");
            assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http");
        }
    }

    @Test
    void chromiumRendersTheChartsVisibly() throws Exception {
        boolean required = System.getenv("FVW_REQUIRE_BROWSER") != null;
        if (!Files.isExecutable(CHROMIUM)) {
            assertThat(required).as("FVW_REQUIRE_BROWSER is set but " + CHROMIUM + " is missing: apt-get install chromium")
                    .isFalse();
            Assumptions.abort("Debian chromium is not installed here");
        }
        Path page = OUT.resolve("normering-varianten-illustratief.html").toAbsolutePath();
        String dom = chromium(page, "--dump-dom");
        assertThat(count(dom, "<svg")).as("levels and bijstellingen per fund, and the levels per variant").isEqualTo(6);
        assertThat(dom).contains("Gemeentefonds: niveau per jaar").contains("Provinciefonds: bijstelling van het niveau")
                .contains("Gemeentefonds: niveau per variant").contains("Provinciefonds: niveau per variant")
                .contains("<table id=\"variant-niveau-GF-tabel\">").contains("beslag op het uitgavenkader");

        Path png = OUT.resolve("normering-varianten-illustratief.png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium(page, "--window-size=1100,1500", "--screenshot=" + png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1100);
        // the two series colours of the level chart and the bars, drawn where the browser put them
        assertThat(pixels(image, 0x1f6fb2)).as("blue lines, dots and bars").isGreaterThan(5_000);
        assertThat(pixels(image, 0xd9822b)).as("orange line and dots").isGreaterThan(300);
    }

    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y) & 0xffffff;
                if (Math.abs((p >> 16) - (rgb >> 16)) < 12 && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) < 12
                        && Math.abs((p & 0xff) - (rgb & 0xff)) < 12) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String chromium(Path page, String... options) throws Exception {
        Path profile = Files.createTempDirectory("fvw-chromium");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
        cmd.addAll(List.of(options));
        cmd.add(page.toUri().toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as("chromium exit code").isZero();
        return out;
    }
}
