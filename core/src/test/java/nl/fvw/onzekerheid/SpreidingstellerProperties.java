package nl.fvw.onzekerheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/** Counting in two passes gives the percentiles of keeping every draw, whatever the values and their order. */
class SpreidingstellerProperties {
    private static final Stand VJN = Stand.parse("Voorjaarsnota 2024");
    private static final Spreiding.Cel GF = new Spreiding.Cel("GF", BudgetYear.of(2025));
    private static final Spreiding.Cel PF = new Spreiding.Cel("PF", BudgetYear.of(2025));

    private static MonteCarlo mc(int n) {
        return new MonteCarlo(n, 1L, VJN, List.of(new Voorspelfout(Voorspelfout.Reeks.ARU, BudgetYear.of(2025),
                BigDecimal.ONE)));
    }

    /** Values of every spread: a few repeated, a narrow band, cents of tens of billions, and both signs. */
    @Provide
    Arbitrary<List<Long>> draws() {
        Arbitrary<Long> value = Arbitraries.oneOf(
                Arbitraries.longs().between(-3, 3),
                Arbitraries.longs().between(20_000, 60_000),
                Arbitraries.longs().between(3_000_000_000_000L, 4_500_000_000_000L),
                Arbitraries.longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L));
        return value.list().ofMinSize(1).ofMaxSize(3_000);
    }

    @Property(tries = 300)
    void twoPassesGiveThePercentilesOfKeepingEveryDraw(@ForAll("draws") List<Long> accres,
            @ForAll @IntRange(min = 0, max = 1_000) int seed) {
        int n = accres.size();
        long[] a = accres.stream().mapToLong(Long::longValue).toArray();
        long[] niveau = new long[n];
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            niveau[i] = 4_000_000_000_000L + r.nextInt(1_000_000) * (long) r.nextInt(1_000_000);
        }
        Spreiding alles = new Spreiding(mc(n), VJN, List.of(GF), new long[][] {a}, List.of(PF), new long[][] {niveau});
        Spreidingsteller t = new Spreidingsteller(mc(n), VJN, List.of(GF), List.of(PF));
        List<Integer> volgorde = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            volgorde.add(i);
        }
        Collections.shuffle(volgorde, r);
        for (int i : volgorde) {
            t.tel(new long[] {a[i]}, new long[] {niveau[i]});
        }
        t.sluitEerste();
        Collections.shuffle(volgorde, r);
        for (int i : volgorde) {
            t.telOpnieuw(new long[] {a[i]}, new long[] {niveau[i]});
        }
        Spreiding geteld = t.spreiding();
        for (int p = 0; p <= 100; p++) {
            assertThat(geteld.accresPercentiel(GF, p)).as("accres p" + p).isEqualTo(alles.accresPercentiel(GF, p));
            assertThat(geteld.niveauPercentiel(PF, p)).as("niveau p" + p).isEqualTo(alles.niveauPercentiel(PF, p));
        }
    }

    /** A year without forecast error gives every draw the same value; one far outlier widens every bin. */
    @Test
    void aRepeatedValueAndAFarOutlierAreCountedExactly() {
        int n = 200_001;
        Spreidingsteller t = new Spreidingsteller(mc(n), VJN, List.of(GF), List.of(PF));
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                long a = i == n - 1 ? 1_000_000_000_000L : 53_510;
                long v = i % 2 == 0 ? 4_000_000_000_000L : 4_000_000_000_001L;
                if (pass == 0) {
                    t.tel(new long[] {a}, new long[] {v});
                } else {
                    t.telOpnieuw(new long[] {a}, new long[] {v});
                }
            }
            if (pass == 0) {
                t.sluitEerste();
            }
        }
        Spreiding s = t.spreiding();
        assertThat(s.accresPercentiel(GF, 99)).isEqualByComparingTo("0.053510");
        assertThat(s.accresPercentiel(GF, 100)).isEqualByComparingTo("1000000");
        assertThat(s.niveauPercentiel(PF, 50)).isEqualByComparingTo("40000000000.00");
        assertThat(s.niveauPercentiel(PF, 51)).isEqualByComparingTo("40000000000.01");
    }

    @Test
    void aSecondPassThatDiffersFromTheFirstIsRefused() {
        Spreidingsteller t = new Spreidingsteller(mc(2), VJN, List.of(GF), List.of());
        t.tel(new long[] {1}, new long[0]);
        assertThatThrownBy(t::sluitEerste).hasMessageContaining("needs 2 draws, got 1");
        t.tel(new long[] {2}, new long[0]);
        t.sluitEerste();
        t.telOpnieuw(new long[] {1}, new long[0]);
        assertThatThrownBy(t::spreiding).hasMessageContaining("gave 1 of 2");
        assertThatThrownBy(() -> t.telOpnieuw(new long[] {1}, new long[0])).hasMessageContaining("differs");
    }
}
