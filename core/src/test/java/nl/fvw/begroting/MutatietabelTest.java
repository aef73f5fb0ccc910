package nl.fvw.begroting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.fvw.begroting.Mutatiecontrole.Afwijking;
import nl.fvw.begroting.Mutatietabel.Rij;
import nl.fvw.begroting.Mutatietabel.Soort;
import nl.fvw.money.RoundingStep;
import nl.fvw.present.MutatietabelTekst;

/** Stand arithmetic of published begroting tables (../shared/reference and Voorjaarsnota 2023). */
class MutatietabelTest {
    private static final Path REF = Path.of("src/test/resources/reference");

    /** Reads "soort,row,years…" (or the OWB layout "row,years…", kinds from the row names). */
    static Mutatietabel read(String file, BigDecimal unit) throws IOException {
        List<String> lines = Files.readAllLines(REF.resolve(file)).stream().filter(l -> !l.startsWith("#")).toList();
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        boolean withKind = header.get(0).equals("soort");
        List<String> columns = header.subList(withKind ? 2 : 1, header.size());
        List<Rij> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            String label = withKind ? cells[1] : cells[0];
            Soort kind = withKind ? Soort.valueOf(cells[0]) : label.startsWith("stand_") ? Soort.STAND
                    : label.startsWith("waarvan_") ? Soort.WAARVAN : Soort.MUTATIE;
            List<BigDecimal> values = new ArrayList<>();
            for (int i = withKind ? 2 : 1; i < cells.length; i++) {
                values.add(cells[i].isBlank() ? null : new BigDecimal(cells[i]));
            }
            rows.add(new Rij(label, kind, values));
        }
        return new Mutatietabel(file, "table unit", unit, columns, rows);
    }

    /**
     * Ontwerpbegroting 2015 Gemeentefonds, tabel 3.1.1 (x € 1.000): the stands add up exactly; in
     * 2016 the printed waarvan lines are 20 short of the printed stand, which the check must report.
     */
    @Test
    void owb2015StandArithmeticAndTheWaarvanLineThatDoesNotAddUp() throws IOException {
        List<Afwijking> found = Mutatiecontrole.check(read("owb-2015-gemeentefonds-verplichtingen.csv", BigDecimal.ONE));
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.kolom()).isEqualTo("2016");
            assertThat(a.regel()).isEqualTo("waarvan-regels bij stand_owb_2015");
            assertThat(a.gedrukt()).isEqualByComparingTo("27036042");
            assertThat(a.berekend()).isEqualByComparingTo("27036022");
            assertThat(a.verschil()).isEqualByComparingTo("20");
            assertThat(a.afronding()).isFalse();
            assertThat(a.toString()).startsWith("INCONSISTENTIE");
        });
    }

    /**
     * Voorjaarsnota 2023, tabel 66: printed parts of unrounded sums. 570,1 + 16,7 is printed as
     * 586,7 (bekostiging.md); every difference is one printed unit, none is an inconsistency.
     */
    @Test
    void vjn2023GemeentefondsDiffersOnlyByRounding() throws IOException {
        List<Afwijking> found = Mutatiecontrole.check(read("vjn-2023-accres-gemeentefonds.csv", new BigDecimal("0.1")));
        assertThat(found).isNotEmpty().allSatisfy(a -> assertThat(a.afronding()).isTrue());
        assertThat(found).anySatisfy(a -> {
            assertThat(a.regel()).isEqualTo("Stand Voorjaarsnota 2023");
            assertThat(a.kolom()).isEqualTo("2023");
            assertThat(a.gedrukt()).isEqualByComparingTo("586.7");
            assertThat(a.berekend()).isEqualByComparingTo("586.8");
        });
        assertThat(found).extracting(a -> a.regel() + " " + a.kolom()).contains("Stand Voorjaarsnota 2023 2024",
                "Stand Voorjaarsnota 2023 2027", "Technisch 2024", "Technisch 2025", "Technisch 2027");
    }

    @Test
    void vjn2023ProvinciefondsDiffersOnlyByRounding() throws IOException {
        List<Afwijking> found = Mutatiecontrole.check(read("vjn-2023-accres-provinciefonds.csv", new BigDecimal("0.1")));
        assertThat(found).allSatisfy(a -> assertThat(a.afronding()).isTrue());
        assertThat(found).extracting(a -> a.regel() + " " + a.kolom()).contains("Technisch 2023");
    }

    /**
     * Ontwerpbegroting 2024 Provinciefonds, tabel 1 (x € 1.000): the source of the PF tranche 2024 and
     * the bijstelling of tranche 2023 in the history replay. Printed in thousands, it adds up exactly:
     * stand, mutations and the accres, BCF and other lines under "nieuwe mutaties".
     */
    @Test
    void owb2024ProvinciefondsAddsUpExactly() throws IOException {
        Mutatietabel t = read("owb-2024-provinciefonds-mutaties.csv", BigDecimal.ONE);
        assertThat(Mutatiecontrole.check(t)).isEmpty();
        Mutatietabel broken = new Mutatietabel("broken", "x € 1.000", BigDecimal.ONE, t.kolommen(), t.rijen().stream()
                .map(r -> r.label().equals("Accres tranche 2024") ? new Rij(r.label(), r.soort(), r.waarden().stream()
                        .map(v -> v == null ? null : v.add(BigDecimal.ONE)).toList()) : r).toList());
        assertThat(Mutatiecontrole.check(broken)).isNotEmpty().allSatisfy(a -> assertThat(a.regel()).contains("Nieuwe mutaties"));
    }

    /**
     * A table fvw prints from exact values rounds every figure on its own, as the budget documents
     * do; where the printed parts then miss the printed stand, the check says afrondingsverschil,
     * never inconsistency.
     */
    @Test
    void tablesFromExactValuesRoundEachFigureOnItsOwn() {
        List<Rij> exact = List.of(
                new Rij("Stand A", Soort.STAND, List.of(new BigDecimal("570140000"), new BigDecimal("3224040000"))),
                new Rij("Technisch", Soort.MUTATIE, List.of(new BigDecimal("16640000"), new BigDecimal("388550000"))),
                new Rij("lpo", Soort.SUBMUTATIE, List.of(new BigDecimal("288460000"), new BigDecimal("660440000"))),
                new Rij("overboekingen", Soort.SUBMUTATIE, List.of(new BigDecimal("-271820000"), new BigDecimal("-271890000"))),
                new Rij("Stand B", Soort.STAND, List.of(new BigDecimal("586780000"), new BigDecimal("3612590000"))),
                new Rij("waarvan x", Soort.WAARVAN, List.of(new BigDecimal("300390000"), new BigDecimal("1612590000"))),
                new Rij("waarvan y", Soort.WAARVAN, List.of(new BigDecimal("286390000"), new BigDecimal("2000000000"))));
        Mutatietabel t = Mutatietabel.fromExact("test", List.of("2023", "2024"), exact, RoundingStep.MLN);
        assertThat(t.rijen().get(0).waarden()).containsExactly(new BigDecimal("570.1"), new BigDecimal("3224.0"));
        assertThat(t.rijen().get(1).waarden()).containsExactly(new BigDecimal("16.6"), new BigDecimal("388.6"));
        assertThat(t.rijen().get(4).waarden()).containsExactly(new BigDecimal("586.8"), new BigDecimal("3612.6"));
        assertThat(Mutatiecontrole.check(t)).extracting(a -> a.regel() + " " + a.kolom())
                .contains("Stand B 2023", "Technisch 2023");
        assertThat(Mutatiecontrole.check(t)).allSatisfy(a -> assertThat(a.afronding()).as(a.toString()).isTrue());
        assertThat(MutatietabelTekst.of(t)).contains("586,8").contains("  lpo");
    }

    @Test
    void malformedTablesAreErrors() {
        assertThatThrownBy(() -> new Mutatietabel("t", "u", BigDecimal.ONE, List.of("2024"),
                List.of(new Rij("m", Soort.MUTATIE, Arrays.asList(BigDecimal.ONE))))).hasMessageContaining("starts with a stand");
        assertThatThrownBy(() -> new Mutatietabel("t", "u", BigDecimal.ONE, List.of("2024"), List.of(
                new Rij("s", Soort.STAND, Arrays.asList(BigDecimal.ONE)),
                new Rij("sub", Soort.SUBMUTATIE, Arrays.asList(BigDecimal.ONE))))).hasMessageContaining("does not follow a mutation");
        assertThatThrownBy(() -> new Mutatietabel("t", "u", BigDecimal.ONE, List.of("2024"), List.of(
                new Rij("s", Soort.STAND, Arrays.asList(BigDecimal.ONE)),
                new Rij("m", Soort.MUTATIE, Arrays.asList(BigDecimal.ONE))))).hasMessageContaining("no stand to lead to");
        assertThatThrownBy(() -> new Mutatietabel("t", "u", BigDecimal.ONE, List.of("2024"), List.of(
                new Rij("s", Soort.STAND, Arrays.asList(BigDecimal.ONE)),
                new Rij("waarvan", Soort.WAARVAN, Arrays.asList(BigDecimal.ONE)),
                new Rij("s2", Soort.STAND, Arrays.asList(BigDecimal.ONE))))).hasMessageContaining("follows the waarvan lines");
    }
}
