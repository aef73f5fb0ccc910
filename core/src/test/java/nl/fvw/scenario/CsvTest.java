package nl.fvw.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.fvw.input.InputException;
import nl.fvw.time.BudgetYear;

/** A recipients CSV as fvw and Dutch Excel write it (';' and decimal commas) or the plain way (',' and points). */
class CsvTest {
    @TempDir
    Path dir;

    @Test
    void theDutchWayIsReadAsFvwWritesIt() throws IOException {
        Path f = Files.writeString(dir.resolve("o.csv"), "\uFEFFcode;naam;inwoners_2026;x\nGM0001;Aa;1.000;2,5\nGM0002;Bb;250;1\n");
        var o = Csv.ontvangers(f);
        assertThat(o.get(0).inwoners(BudgetYear.of(2026))).isEqualByComparingTo("1000");
        assertThat(o.get(0).eenheden().get("x")).isEqualByComparingTo("2.5");
        Path bad = Files.writeString(dir.resolve("b.csv"), "code;naam;inwoners_2026\nGM0001;Aa;1.0.0\n");
        assertThatThrownBy(() -> Csv.ontvangers(bad)).isInstanceOf(InputException.class)
                .hasMessageContaining("b.csv:2:3").hasMessageContaining("'1.0.0' is not a number in Dutch notation");
    }

    @Test
    void thePlainWayRefusesWhatIsAmbiguous() throws IOException {
        Path f = Files.writeString(dir.resolve("o.csv"), "code,naam,inwoners_2026\nGM0001,Aa,1.000\n");
        assertThatThrownBy(() -> Csv.ontvangers(f)).hasMessageContaining("'1.000' is ambiguous");
    }
}
