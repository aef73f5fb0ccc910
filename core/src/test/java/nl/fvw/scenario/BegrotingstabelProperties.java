package nl.fvw.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.fvw.begroting.Mutatietabel;
import nl.fvw.input.InputException;

/**
 * Laws of a begroting table (normering.md §2a): a stand is the stand before it plus its mutations, exactly, for any
 * sequence of printed mutations, and the order in which the mutations of one stand are listed changes nothing.
 */
class BegrotingstabelProperties {
    private static final String HEAD = """
            scenario: "Tabel"
            eenheid: "€ mln"
            stand: Voorjaarsnota 2023
            standen:
              Miljoenennota 2023: {van: 2023, tot: 2027}
              Voorjaarsnota 2023: {van: 2023, tot: 2028}
            fondsen:
              GF: {bron: "test", tranches_gepubliceerd: {Miljoenennota 2023: {2023: 1}}}
            begrotingstabellen:
              - titel: "Tabel"
                fonds: GF
                post: aanvullende post
                bron: "test"
                rijen:
            """;

    /** A printed cell in € mln with one decimal, as the Miljoenennota prints. */
    @Provide
    Arbitrary<List<BigDecimal>> row() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-9999.9"), new BigDecimal("9999.9")).ofScale(1).list()
                .ofSize(3);
    }

    @Provide
    Arbitrary<List<List<BigDecimal>>> mutaties() {
        return row().list().ofMinSize(1).ofMaxSize(8);
    }

    private static String cells(List<BigDecimal> v) {
        return "{2023: " + v.get(0).toPlainString() + ", 2024: " + v.get(1).toPlainString() + ", 2025: "
                + v.get(2).toPlainString() + "}";
    }

    private static String yaml(List<BigDecimal> start, List<List<BigDecimal>> mutaties, List<BigDecimal> eind) {
        StringBuilder sb = new StringBuilder(HEAD);
        sb.append("      - {stand: Miljoenennota 2023, bedragen: ").append(cells(start)).append("}\n");
        sb.append("      - mutatie: Technisch\n        oorzaak: technisch\n        delen:\n");
        for (int i = 0; i < mutaties.size(); i++) {
            sb.append("          - {mutatie: \"Deel ").append(i).append("\", bedragen: ").append(cells(mutaties.get(i)))
                    .append("}\n");
        }
        sb.append("      - {stand: Voorjaarsnota 2023").append(eind == null ? "" : ", bedragen: " + cells(eind)).append("}\n");
        return sb.toString();
    }

    private static Begrotingstabel read(String text) {
        try {
            Path p = Files.createTempFile("tabel", ".yaml");
            try {
                Files.writeString(p, text);
                return ScenarioReader.read(p).begrotingstabellen().get(0);
            } finally {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String refusal(String text) {
        try {
            read(text);
            return "read";
        } catch (InputException e) {
            return e.problem();
        }
    }

    private static List<BigDecimal> laatsteStand(Begrotingstabel t) {
        List<Mutatietabel.Rij> rijen = t.tabel().rijen();
        Mutatietabel.Rij r = rijen.get(rijen.size() - 1);
        assertThat(r.soort()).isEqualTo(Mutatietabel.Soort.STAND);
        return List.of(r.at(0), r.at(1), r.at(2));
    }

    /** The stand fvw derives is the printed stand plus the printed mutations to the last digit, and printed so it checks. */
    @Property(tries = 200)
    void standArithmeticIsExactUnderAnySequenceOfMutations(@ForAll("row") List<BigDecimal> start,
            @ForAll("mutaties") List<List<BigDecimal>> mutaties) {
        List<BigDecimal> som = new ArrayList<>(start);
        for (List<BigDecimal> m : mutaties) {
            for (int c = 0; c < 3; c++) {
                som.set(c, som.get(c).add(m.get(c)));
            }
        }
        Begrotingstabel derived = read(yaml(start, mutaties, null));
        List<BigDecimal> eind = laatsteStand(derived);
        for (int c = 0; c < 3; c++) {
            assertThat(eind.get(c)).isEqualByComparingTo(som.get(c));
        }
        assertThat(read(yaml(start, mutaties, som)).afwijkingen()).isEmpty();
    }

    /** Listing the mutations of one stand in another order gives the same stand and the same check. */
    @Property(tries = 200)
    void theOrderOfTheMutationsOfAStandChangesNothing(@ForAll("row") List<BigDecimal> start,
            @ForAll("mutaties") List<List<BigDecimal>> mutaties, @ForAll long seed) {
        List<List<BigDecimal>> shuffled = new ArrayList<>(mutaties);
        Collections.shuffle(shuffled, new Random(seed));
        Begrotingstabel a = read(yaml(start, mutaties, null));
        Begrotingstabel b = read(yaml(start, shuffled, null));
        assertThat(laatsteStand(b)).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(laatsteStand(a));
        List<BigDecimal> off = new ArrayList<>(laatsteStand(a));
        off.set(1, off.get(1).add(new BigDecimal("0.2")));
        assertThat(refusal(yaml(start, shuffled, off))).isEqualTo(refusal(yaml(start, mutaties, off)))
                .contains("2024 does not add up: printed");
    }
}
