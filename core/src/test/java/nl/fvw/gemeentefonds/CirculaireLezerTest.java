package nl.fvw.gemeentefonds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.fvw.input.InputException;

/** Every way the circulaire's files can disagree is refused before anything is computed, naming file, line and column. */
class CirculaireLezerTest {
    private static final String CODE = "M2024_2025";

    @TempDir
    Path dir;

    /** A copy of the meicirculaire 2024 data with one file changed, line by line (CRLF kept). */
    private Circulaire lees(String soort, UnaryOperator<List<String>> change, boolean exponenten) throws IOException {
        for (String s : List.of("Volumina", "Gewichten", "SIUDU")) {
            Path f = Gegevens.MAP.resolve(CODE + "_" + s + ".tsv");
            List<String> lines = new ArrayList<>(Arrays.asList(Files.readString(f, StandardCharsets.UTF_8).split("\r\n", -1)));
            if (s.equals(soort)) {
                lines = change.apply(lines);
            }
            Files.writeString(dir.resolve(f.getFileName()), String.join("\r\n", lines), StandardCharsets.UTF_8);
        }
        CirculaireLezer.Bestanden g = Gegevens.bestanden(CODE, "meicirculaire 2024", 2025, Getalnotatie.ZONDER_DUIZENDTALLEN);
        CirculaireLezer.Bestanden b = new CirculaireLezer.Bestanden(dir, CODE, g.naam(), 2025, g.volumina(), g.gewichten(),
                g.siudu(), g.koppelingen(), g.klassen(), g.namen(), g.uitkeringsfactoren(), exponenten);
        return CirculaireLezer.lees(b, p -> p.getFileName().toString());
    }

    private static List<String> cells(String line) {
        return new ArrayList<>(Arrays.asList(line.split("\t", -1)));
    }

    private static UnaryOperator<List<String>> dropColumn(String name) {
        return lines -> {
            int c = cells(lines.get(0)).indexOf(name);
            List<String> out = new ArrayList<>();
            for (String l : lines) {
                List<String> cs = cells(l);
                cs.remove(c);
                out.add(String.join("\t", cs));
            }
            return out;
        };
    }

    private static UnaryOperator<List<String>> setCell(int line, String column, String value) {
        return lines -> {
            int c = cells(lines.get(0)).indexOf(column);
            List<String> cs = cells(lines.get(line - 1));
            cs.set(c, value);
            lines.set(line - 1, String.join("\t", cs));
            return lines;
        };
    }

    @Test
    void theShippedDataReads() throws IOException {
        assertThat(lees("Volumina", l -> l, true).gemeenten()).hasSize(342);
    }

    @Test
    void aMissingMaatstafColumn() {
        assertThatThrownBy(() -> lees("Volumina", dropColumn("jong"), true)).isInstanceOf(InputException.class)
                .hasMessageContaining("M2024_2025_Volumina.tsv:1:1").hasMessageContaining("has no column for maatstaf [jong]")
                .hasMessageContaining("M2024_2025_Gewichten.tsv");
    }

    @Test
    void aMaatstafWithoutABedragPerEenheid() {
        assertThatThrownBy(() -> lees("Gewichten", lines -> lines.stream().filter(l -> !l.startsWith("jong\t")).toList(), true))
                .isInstanceOf(InputException.class).hasMessageContaining("M2024_2025_Gewichten.tsv:1:1")
                .hasMessageContaining("has no bedrag per eenheid for maatstaf [jong]");
    }

    @Test
    void aGemeenteInVoluminaButNotInSiudu() {
        assertThatThrownBy(() -> lees("SIUDU", lines -> lines.stream().filter(l -> !l.startsWith("Aalten\t")).toList(), true))
                .isInstanceOf(InputException.class).hasMessageContaining("M2024_2025_Volumina.tsv:")
                .hasMessageContaining(":2: gemeente 'Aalten' is not in M2024_2025_SIUDU.tsv");
    }

    @Test
    void aNumberInNeitherDutchFormat() {
        assertThatThrownBy(() -> lees("Volumina", setCell(3, "inwo", "242.410,017"), true)).isInstanceOf(InputException.class)
                .hasMessageContaining("M2024_2025_Volumina.tsv:3:14")
                .hasMessageContaining("'242.410,017' in column 'inwo' is not a number written as 5727,813732");
        assertThatThrownBy(() -> lees("Gewichten", setCell(2, "Orde en veiligheid", "84.44"), true))
                .hasMessageContaining("M2024_2025_Gewichten.tsv:2:8").hasMessageContaining("written as 5.727,81");
    }

    @Test
    void aPowerOfTenOnlyWhenAllowed() {
        assertThatThrownBy(() -> lees("Volumina", l -> l, false)).isInstanceOf(InputException.class)
                .hasMessageContaining("M2024_2025_Volumina.tsv:147:46").hasMessageContaining("'2,1543E+11'")
                .hasMessageContaining("exponenten: toegestaan");
    }

    @Test
    void twoRowsWithOneCbsCode() {
        assertThatThrownBy(() -> lees("Volumina", setCell(4, "CBS", "14"), true)).isInstanceOf(InputException.class)
                .hasMessageContaining("M2024_2025_Volumina.tsv:4:1").hasMessageContaining("two rows with CBS code 14 (GM0014): lines 3 and 4");
    }

    @Test
    void anUnknownUitkering() {
        assertThatThrownBy(() -> lees("SIUDU", lines -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                out.add(lines.get(i) + "\t" + (i == 0 ? "Nieuwe DU" : "0"));
            }
            return out;
        }, true)).isInstanceOf(InputException.class).hasMessageContaining("M2024_2025_SIUDU.tsv:1:1")
                .hasMessageContaining("has uitkering [Nieuwe DU], which M2024_2025_Gewichten.tsv does not name");
    }

    @Test
    void aRowOfAnotherLength() {
        assertThatThrownBy(() -> lees("Volumina", lines -> {
            lines.set(5, lines.get(5) + "\t1");
            return lines;
        }, true)).isInstanceOf(InputException.class).hasMessageContaining("M2024_2025_Volumina.tsv:6:1")
                .hasMessageContaining("the row has 53 cells; the header has 52");
    }

    @Test
    void aNegativeVolume() {
        assertThatThrownBy(() -> lees("Volumina", setCell(3, "jong", "-5"), true)).hasMessageContaining(
                "M2024_2025_Volumina.tsv:3:").hasMessageContaining("a volume cannot be negative");
    }
}
