package nl.fvw.gemeentefonds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.constraints.IntRange;

/**
 * The kernel over longs gives the general arithmetic's figures, scales included: on the real data of the
 * three circulaires (where it must not fall back) and on random data whose values range from zero to
 * beyond a long, with negative scales (a cell written with a power of ten).
 */
class RekenkernProperties {
    private static final List<Circulaire> ECHT = List.of(Gegevens.mei2024(), CirculairevergelijkingTest.MEI,
            CirculairevergelijkingTest.SEPTEMBER);

    @Property(tries = 12)
    void onTheRealDataTheKernelGivesTheGeneralFigures(@ForAll @IntRange(min = 0, max = 2) int welke,
            @ForAll @BigRange(min = "0.5", max = "3") BigDecimal uf, @ForAll boolean vast, @ForAll boolean oem) {
        Circulaire c = ECHT.get(welke);
        AuKeuzes keuzes = new AuKeuzes(vast, oem);
        Verdeling.Cellen[] cellen = Verdeling.cellen(c, keuzes);
        Verdelingsuitkomst kern = Rekenkern.bereken(c, keuzes, uf, cellen);
        assertThat(kern).isNotNull();
        zelfdeCijfers(kern, Verdeling.algemeen(c, keuzes, uf, cellen));
    }

    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void onAnyDataTheKernelGivesTheGeneralFiguresOrDefers(@ForAll("circulaires") Circulaire c,
            @ForAll @BigRange(min = "0", max = "3") BigDecimal uf, @ForAll boolean vast, @ForAll boolean oem) {
        AuKeuzes keuzes = new AuKeuzes(vast, oem);
        Verdeling.Cellen[] cellen = Verdeling.cellen(c, keuzes);
        Verdelingsuitkomst kern = Rekenkern.bereken(c, keuzes, uf, cellen);
        Verdelingsuitkomst algemeen = Verdeling.algemeen(c, keuzes, uf, cellen);
        Statistics.collect(kern != null ? "over longs" : "algemeen");
        if (kern != null) {
            zelfdeCijfers(kern, algemeen);
        }
        assertThat(Verdeling.bereken(c, keuzes, uf)).isEqualTo(algemeen);
        Statistics.coverage(dekking -> {
            dekking.check("over longs").percentage(p -> p >= 10);
            dekking.check("algemeen").percentage(p -> p >= 10);
        });
    }

    private static void zelfdeCijfers(Verdelingsuitkomst kern, Verdelingsuitkomst algemeen) {
        assertThat(kern.specificaties()).isEqualTo(algemeen.specificaties());
        for (int i = 0; i < kern.specificaties().size(); i++) {
            assertThat(new ArrayList<>(kern.specificaties().get(i).perCluster()))
                    .isEqualTo(algemeen.specificaties().get(i).perCluster());
        }
        assertThat(kern).isEqualTo(algemeen);
    }

    @Provide
    Arbitrary<Circulaire> circulaires() {
        Arbitrary<BigDecimal> waarde = Combinators.combine(Arbitraries.oneOf(
                Arbitraries.longs().between(-999_999, 999_999).map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(15).negate(), BigInteger.TEN.pow(22)),
                Arbitraries.just(BigInteger.ZERO)), Arbitraries.integers().between(-8, 12))
                .as(BigDecimal::new);
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(1, 5), waarde.list().ofSize(4 * 6 + 5 * 6 + 5 * 4))
                .as(RekenkernProperties::circulaire);
    }

    private static Circulaire circulaire(int k, int n, int g, List<BigDecimal> w) {
        List<String> clusters = new ArrayList<>();
        for (int cl = 0; cl < k - 1; cl++) {
            clusters.add("cluster " + cl);
        }
        clusters.add(AuKeuzes.OVERIGE_EIGEN_MIDDELEN);
        int i = 0;
        List<Maatstaf> maatstaven = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            List<BigDecimal> bedragen = new ArrayList<>(w.subList(i, i + k));
            i += 4;
            maatstaven.add(new Maatstaf("m" + m, "maatstaf " + m, Maatstaf.Soort.values()[m % 3], bedragen));
        }
        i = 4 * 6;
        List<Gemeente> gemeenten = new ArrayList<>();
        for (int j = 0; j < g; j++) {
            List<BigDecimal> volumes = new ArrayList<>(w.subList(i, i + n));
            i += 6;
            List<BigDecimal> uitkeringen = new ArrayList<>();
            uitkeringen.add(j % 2 == 0 ? null : w.get(4 * 6 + 5 * 6 + j));
            gemeenten.add(new Gemeente(j + 1, "gemeente " + j, "provincie", "klasse", "stedelijk", BigDecimal.ONE, volumes,
                    uitkeringen));
        }
        return new Circulaire("proef", "P", 2025, clusters, maatstaven, List.of(new Uitkering("iu", 0, "iu")), gemeenten,
                new BigDecimal("1.457"), "proef", List.of());
    }
}
