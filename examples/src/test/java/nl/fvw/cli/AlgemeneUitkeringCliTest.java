package nl.fvw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The algemene uitkering of the real 342 gemeenten through the command line: run in every format, explain, compare. */
class AlgemeneUitkeringCliTest {
    private static final String MEI_2024 = CliTest.HOME.resolve("examples/scenarios/algemene-uitkering-meicirculaire-2024.yaml")
            .toString();
    private static final String MEI_SEPTEMBER_2023 = CliTest.HOME.resolve(
            "examples/scenarios/algemene-uitkering-mei-september-2023.yaml").toString();

    @TempDir
    Path tmp;

    @BeforeAll
    static void home() {
        CliTest.home();
    }

    private static BigDecimal nl(String cell) {
        return new BigDecimal(cell.replace(',', '.'));
    }

    @Test
    void csvHasOneRowPerGemeenteAndATotalThatIsTheirSum() throws IOException {
        Path out = tmp.resolve("au.csv");
        CliTest.Run r = CliTest.fvw("run", MEI_2024, "--format", "csv", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1 + 342 + 1);
        List<String> kop = Arrays.asList(lines.get(0).replace("\uFEFF", "").split(";", -1));
        assertThat(kop.subList(0, 3)).containsExactly("code", "naam", "provincie");
        assertThat(kop).hasSize(3 + 12 + 2).endsWith("algemene uitkering", "integratie- en decentralisatie-uitkeringen");
        int au = kop.indexOf("algemene uitkering");
        BigDecimal som = BigDecimal.ZERO;
        for (String l : lines.subList(1, 343)) {
            String[] c = l.split(";", -1);
            assertThat(c[0]).matches("GM\\d{4}");
            som = som.add(nl(c[au]));
        }
        String[] totaal = lines.get(343).split(";", -1);
        assertThat(totaal[0]).isEqualTo("Totaal");
        assertThat(nl(totaal[au])).isEqualByComparingTo(som).isEqualByComparingTo("39917524294.76");
        assertThat(lines).anyMatch(l -> l.startsWith("GM0014;Groningen;Groningen;") && l.contains(";667716961,95;140875824,00"));
        // the warning about the number a spreadsheet wrote with a power of ten is on the terminal
        assertThat(r.out()).contains("waarschuwing: ").contains("2,1543E+11");
    }

    @Test
    void xlsxAndHtmlGiveTheSameRows() throws IOException {
        Path x = tmp.resolve("au.xlsx");
        assertThat(CliTest.fvw("run", MEI_2024, "--format", "xlsx", "--out", x.toString()).exit()).isZero();
        try (InputStream in = Files.newInputStream(x); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Algemene uitkering 2025");
            assertThat(s.getLastRowNum()).isEqualTo(343);
            assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Groningen");
            assertThat(s.getRow(2).getCell(15).getNumericCellValue()).isEqualTo(667716961.95);
        }
        Path h = tmp.resolve("au.html");
        assertThat(CliTest.fvw("run", MEI_2024, "--format", "html", "--out", h.toString()).exit()).isZero();
        String html = Files.readString(h);
        assertThat(html).contains("<figure id=\"au-per-inwoner\">").contains("250.000 inwoners of meer")
                .contains("<td>Groningen</td><td>Groningen</td>").contains("667.716.961,95");
        assertThat(html.split("<rect class=\"deel\"", -1)).hasSizeGreaterThan(8 * 10);
    }

    @Test
    void explainShowsAGemeentesSpecification() {
        CliTest.Run r = CliTest.fvw("explain", MEI_2024, "algemene uitkering Groningen 2025");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("algemene uitkering Groningen (GM0014) 2025, meicirculaire 2024 = € 667.716.961,95")
                .contains("onderdeel A: maatstaven waarop de uitkeringsfactor niet van toepassing is")
                .contains("ozb woningen eigenaren (WOZwe80) = 31.489.410.245 × -0,000914 = € -28.781.320,96")
                .contains("inwoners (inwo) = 242.410,017 × 374,77 = € 90.848.002,07")
                .contains("uitkeringsfactor = 1,457").contains("vaste bedragen").contains("vast bedrag (vast) = 1 × 980.357,93")
                .contains("keuze = vaste bedragen met uitkeringsfactor").contains("Beschermd wonen".toLowerCase());
        assertThat(CliTest.fvw("explain", MEI_2024, "algemene uitkering 's-Gravenhage 2025").out())
                .startsWith("algemene uitkering 's-Gravenhage (GM0518) 2025");
        CliTest.Run fout = CliTest.fvw("explain", MEI_2024, "algemene uitkering Groningn 2025");
        assertThat(fout.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(fout.err()).contains("geen gemeente 'groningn'").contains("algemene uitkering groningen 2025");
        assertThat(CliTest.fvw("explain", MEI_2024, "algemene uitkering Groningen 2024").err())
                .contains("is voor uitkeringsjaar 2025, niet 2024");
    }

    @Test
    void compareSplitsTheChangeOfTwoCirculairesThreeWays() throws IOException {
        CliTest.Run t = CliTest.fvw("compare", MEI_SEPTEMBER_2023);
        assertThat(t.exit()).as(t.err()).isZero();
        assertThat(t.out()).contains("meicirculaire 2023 (M2023_2024, uitkeringsfactor 1,395) → septembercirculaire 2023"
                + " (S2023_2024, uitkeringsfactor 1,406)").contains("Per provincie").contains("Per grootteklasse")
                .contains("waarvan effect uitkeringsfactor").contains("Grootste daling per inwoner");
        Path out = tmp.resolve("cmp.csv");
        assertThat(CliTest.fvw("compare", MEI_SEPTEMBER_2023, "--format", "csv", "--out", out.toString()).exit()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(344);
        for (String l : lines.subList(1, 344)) {
            String[] c = l.split(";", -1);
            BigDecimal verschil = nl(c[7]);
            BigDecimal effecten = nl(c[9]).add(nl(c[10])).add(nl(c[11]));
            // each effect rounded on its own to the cent: the printed parts may differ from the change by a few cents
            assertThat(verschil.subtract(effecten).abs()).as(l).isLessThanOrEqualTo(new BigDecimal("0.03"));
            assertThat(nl(c[7])).isEqualByComparingTo(nl(c[6]).subtract(nl(c[5])));
        }
        CliTest.Run e = CliTest.fvw("explain", MEI_SEPTEMBER_2023, "verschil algemene uitkering Groningen 2024");
        assertThat(e.out()).contains("effect uitkeringsfactor = (1,406 − 1,395) × uitkeringsbasis");
        assertThat(CliTest.fvw("compare", MEI_SEPTEMBER_2023, "--format", "html").out()).contains("effecten-per-provincie");
        assertThat(CliTest.fvw("compare", MEI_SEPTEMBER_2023, "--format", "json").out()).contains("\"effect_uitkeringsfactor\"");
    }

    @Test
    void compareWithoutAnEarlierCirculaireIsRefused() {
        CliTest.Run r = CliTest.fvw("compare", MEI_2024);
        assertThat(r.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(r.err()).contains("noemt geen varianten en geen vorige_circulaire om te vergelijken");
    }
}
