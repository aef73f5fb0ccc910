package nl.fvw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import nl.fvw.explain.Figuur;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;
import nl.fvw.normering.Bedrag;
import nl.fvw.normering.Fonds;
import nl.fvw.present.DutchNumbers;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.ScenarioReader;

/**
 * One figure, one printed value: for every shipped normering scenario, a figure (tranche, cumulatief,
 * korting or niveau) prints the same string in the terminal's stand table, the JSON weergave, the
 * xlsx sheet and, for a level, the HTML table: its exact amount rounded on its own to € mln, one decimal.
 */
class OneFigureOnePrintedValueProperties {
    private static final List<String> SCENARIOS = List.of("accres-gf-startnota-2017", "normering-geschiedenis",
            "normering-onzekerheid", "normering-varianten-illustratief");
    private static final List<String> SOORTEN = List.of("tranche", "cumulatief", "korting", "niveau");
    private static final Map<String, Views> VIEWS = new HashMap<>();

    /** A run and its four renderings. */
    private record Views(List<Bedrag> figuren, String text, JsonNode json, Workbook xlsx, String html) {
    }

    private static synchronized Views views(String naam) {
        return VIEWS.computeIfAbsent(naam, n -> {
            ScenarioResult r = ScenarioRunner.run(ScenarioReader.read(Path.of("scenarios/" + n + ".yaml")), false);
            List<Bedrag> figuren = new ArrayList<>();
            for (Figuur f : r.normering().figuren()) {
                if (f instanceof Bedrag b && SOORTEN.contains(f.name().grootheid()) && f.name().fonds() != null) {
                    figuren.add(b);
                }
            }
            try {
                return new Views(figuren, Reports.table(r, List.of()), new ObjectMapper().readTree(RunJson.of(r)),
                        new XSSFWorkbook(new ByteArrayInputStream(Werkboek.xlsx(r))), HtmlRapport.html(r));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Property(tries = 300)
    void aFigurePrintsTheSameInEveryView(@ForAll @IntRange(min = 0, max = 3) int scenario,
            @ForAll @IntRange(min = 0, max = 100_000) int pick) {
        Views v = views(SCENARIOS.get(scenario));
        Bedrag f = v.figuren().get(pick % v.figuren().size());
        BigDecimal exact = Amounts.value(f.bedrag());
        String printed = DutchNumbers.format(RoundingStep.MLN.printed(exact), 1);
        Fonds fonds = Fonds.parse(f.name().fonds());
        String soort = f.name().grootheid();
        String stand = f.name().stand().toString();
        String jaar = f.name().jaar().toString();

        assertThat(textCell(v.text(), fonds.naam() + ": " + soort + " per stand", stand, jaar)).as("terminal " + f.name())
                .isEqualTo(printed);
        JsonNode weergave = null;
        for (JsonNode n : v.json().get("figuren")) {
            if (n.get("figuur").asText().equals(f.name().toString())) {
                weergave = n.get("weergave");
            }
        }
        assertThat(weergave).as("json " + f.name()).isNotNull();
        assertThat(weergave.asText()).isEqualTo("€ " + printed + " mln");
        assertThat(xlsxCell(v.xlsx(), soort + " (€ mln)", f.name().fonds() + " " + stand, jaar)).as("xlsx " + f.name())
                .isEqualTo(printed);
        if (soort.equals("niveau")) {
            assertThat(htmlCell(v.html(), "niveau-" + fonds.code() + "-tabel", stand, jaar)).as("html " + f.name())
                    .isEqualTo(printed);
        }
    }

    /** The cell of a stand table: the row of the stand, the column whose header ends where the cell ends. */
    static String textCell(String report, String titel, String stand, String jaar) {
        int t = report.indexOf(titel + "  (");
        assertThat(t).as(titel).isNotNegative();
        String[] lines = report.substring(t).split("\n");
        String header = lines[1];
        Matcher m = Pattern.compile("\\b" + jaar + "\\b").matcher(header);
        assertThat(m.find()).as(jaar + " in " + header).isTrue();
        int end = m.end();
        for (int i = 2; i < lines.length && !lines[i].startsWith("Afronding"); i++) {
            if (lines[i].startsWith(stand + " ")) {
                String upTo = lines[i].substring(0, end);
                return upTo.substring(upTo.lastIndexOf(' ') + 1);
            }
        }
        throw new AssertionError("no row " + stand + " in " + titel);
    }

    private static String xlsxCell(Workbook wb, String blad, String rij, String jaar) {
        Sheet s = wb.getSheet(blad);
        assertThat(s).as(blad).isNotNull();
        Row kop = s.getRow(0);
        int kolom = -1;
        for (Cell c : kop) {
            if (c.getStringCellValue().equals(jaar)) {
                kolom = c.getColumnIndex();
            }
        }
        for (Row r : s) {
            if (r.getCell(0).getStringCellValue().equals(rij)) {
                Cell c = r.getCell(kolom);
                return DutchNumbers.format(new BigDecimal(Double.toString(c.getNumericCellValue())).setScale(1,
                        java.math.RoundingMode.UNNECESSARY), 1);
            }
        }
        throw new AssertionError("no row " + rij + " in sheet " + blad);
    }

    private static String htmlCell(String html, String id, String stand, String jaar) {
        String tabel = html.substring(html.indexOf("<table id=\"" + id + "\">"));
        tabel = tabel.substring(0, tabel.indexOf("</table>"));
        List<String> jaren = new ArrayList<>();
        Matcher th = Pattern.compile("<th>([^<]*)</th>").matcher(tabel);
        while (th.find()) {
            jaren.add(th.group(1));
        }
        Matcher tr = Pattern.compile("<tr><td>" + Pattern.quote(stand) + "</td>(.*?)</tr>").matcher(tabel);
        assertThat(tr.find()).as(stand + " in " + id).isTrue();
        List<String> cellen = new ArrayList<>();
        Matcher td = Pattern.compile("<td>([^<]*)</td>").matcher(tr.group(1));
        while (td.find()) {
            cellen.add(td.group(1));
        }
        return cellen.get(jaren.indexOf(jaar) - 1);
    }
}
