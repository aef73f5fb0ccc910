package nl.fvw.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.fvw.bekostiging.Bestuurslaag;
import nl.fvw.bekostiging.Kostencomponent;
import nl.fvw.bekostiging.Taak;
import nl.fvw.input.InputException;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;

/** Tasks (bekostiging) in a scenario file, and every error. */
class ScenarioTakenTest {
    @TempDir
    Path dir;

    private static final String TAAK = """
            scenario: "Taak"
            eenheid: "€ mln"
            stand: Miljoenennota 2025
            taken:
              - naam: "Nieuwe taak"
                bron: "MvT"
                basisjaar: 2024
                jaren: {van: 2025, tot: 2026}
                index:
                  mix:
                    aandeel_a: 0.7
                    a: {naam: "loonvoet overheid", bron: "CPB", stijging: {2025: 4.0, 2026: 3.0}}
                    b: {naam: "IMOC", bron: "CPB", stijging: {2025: 2.0, 2026: 2.0}}
                componenten:
                  - {naam: "zaken", soort: structureel, bron: "AEF", volume: {2025: 1000, 2026: 1100}, prijs_per_eenheid: "€ 2.500"}
                  - {naam: "uren", soort: uitvoering, bron: "AEF", uren: {2025: 100}, loonkosten_per_uur: "€ 60", overhead_per_uur: "€ 25,50"}
                  - {naam: "invoering", soort: invoering, bron: "MvT", gefaseerd: {totaal: 1.5, aandelen: {2025: 1, 2026: 1}}}
                sleutel: {gemeenten: 0.9, provincies: 0.1}
                verdeling: {provincies: {PV20: 2, PV21: 1}}
                compensatie: {2025: 2.0, 2026: 2.0}
                compensatie_eenmalig: {2025: 0.75}
                route: decentralisatie_uitkering
                aannames: ["geen"]
            """;

    private Path write(String text) throws IOException {
        Path p = dir.resolve("t.yaml");
        Files.writeString(p, text);
        return p;
    }

    private InputException fails(String text) throws IOException {
        return ReadFailure.of(write(text));
    }

    @Test
    void readsATask() throws IOException {
        Scenario s = ScenarioReader.read(write(TAAK));
        assertThat(s.normering()).isNull();
        Taak t = s.taken().get(0);
        assertThat(t.componenten()).hasSize(3);
        assertThat(((Kostencomponent.VolumeMaalPrijs) t.componenten().get(0).berekening()).prijs())
                .satisfies(p -> assertThat(Amounts.value(p)).isEqualByComparingTo("2500"));
        assertThat(((Kostencomponent.UrenMaalTarief) t.componenten().get(1).berekening()).uurtarief())
                .satisfies(p -> assertThat(Amounts.value(p)).isEqualByComparingTo("85.50"));
        assertThat(t.index().factor(BudgetYear.of(2024), BudgetYear.of(2025))).isEqualByComparingTo("1.034");
        assertThat(t.sleutel()).containsKey(Bestuurslaag.PROVINCIES);
        assertThat(Amounts.value(t.compensatie(BudgetYear.of(2025)))).isEqualByComparingTo("2750000");
    }

    @Test
    void everyErrorNamesItsKey() throws IOException {
        assertThat(fails(TAAK.replace("{gemeenten: 0.9, provincies: 0.1}", "{gemeenten: 0.9, provincies: 0.2}")).problem())
                .contains("sums to 1.1");
        assertThat(fails(TAAK.replace("{2025: 1000, 2026: 1100}", "{2025: -1000, 2026: 1100}")).problem())
                .contains("is negative");
        assertThat(fails(TAAK.replace("compensatie: {2025: 2.0, 2026: 2.0}", "compensatie: {2025: \"USD 2\", 2026: 2.0}")).problem())
                .contains("is in USD; fvw computes in EUR");
        assertThat(fails(TAAK.replace("soort: structureel", "soort: vast")).problem()).contains("not a kind of cost");
        assertThat(fails(TAAK.replace("route: decentralisatie_uitkering", "route: subsidie")).problem()).contains("not a route");
        assertThat(fails(TAAK.replace("{gemeenten: 0.9, provincies: 0.1}", "{gemeentes: 0.9, provincies: 0.1}")).problem())
                .contains("not a bestuurslaag");
        assertThat(fails(TAAK.replace("stijging: {2025: 2.0, 2026: 2.0}", "stijging: {2025: 2.0}")).problem())
                .contains("cover different years");
        assertThat(fails(TAAK.replace("prijs_per_eenheid: \"€ 2.500\"", "prijs: 1")).problem()).contains("unknown key");
        assertThat(fails(TAAK.replace("compensatie: {2025: 2.0, 2026: 2.0}", "compensatie: {2030: 2.0}")).problem())
                .contains("outside the task's years");
        assertThat(fails("scenario: x\neenheid: \"€\"\nstand: Miljoenennota 2025\n").problem()).contains("nothing to compute");
    }
}
