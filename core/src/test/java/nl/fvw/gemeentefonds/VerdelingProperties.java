package nl.fvw.gemeentefonds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;

/** The invariants of the verdeling, on the real 342 gemeenten of the meicirculaire 2024. */
class VerdelingProperties {
    private static final Circulaire MEI = Gegevens.mei2024();

    @Property(tries = 30)
    void aHigherFactorNeverLowersAnyOnderdeelB(@ForAll @BigRange(min = "0.5", max = "3") BigDecimal uf,
            @ForAll @BigRange(min = "0", max = "0.5") BigDecimal meer) {
        Verdelingsuitkomst laag = Verdeling.bereken(MEI, AuKeuzes.CIRCULAIRE, uf);
        Verdelingsuitkomst hoog = Verdeling.bereken(MEI, AuKeuzes.CIRCULAIRE, uf.add(meer));
        for (int i = 0; i < laag.specificaties().size(); i++) {
            Specificatie l = laag.specificaties().get(i);
            Specificatie h = hoog.specificaties().get(i);
            assertThat(uf.add(meer).multiply(h.uitkeringsbasis())).isGreaterThanOrEqualTo(uf.multiply(l.uitkeringsbasis()));
            assertThat(h.exact()).isGreaterThanOrEqualTo(l.exact());
        }
    }

    @Property(tries = 30)
    void movingVolumeBetweenGemeentenLeavesTheTotalWhenTheFactorIsHeld(@ForAll @IntRange(min = 0, max = 341) int van,
            @ForAll @IntRange(min = 0, max = 341) int naar, @ForAll @IntRange(min = 0, max = 48) int maatstaf,
            @ForAll @BigRange(min = "0", max = "1") BigDecimal deel) {
        BigDecimal volume = MEI.gemeenten().get(van).volumes().get(maatstaf).multiply(deel);
        List<Gemeente> gemeenten = new ArrayList<>(MEI.gemeenten());
        gemeenten.set(van, met(gemeenten.get(van), maatstaf, volume.negate()));
        gemeenten.set(naar, met(gemeenten.get(naar), maatstaf, volume));
        Circulaire moved = new Circulaire(MEI.naam(), MEI.code(), MEI.uitkeringsjaar(), MEI.clusters(), MEI.maatstaven(),
                MEI.uitkeringen(), gemeenten, MEI.uitkeringsfactor(), MEI.bron(), List.of());
        assertThat(exact(Verdeling.bereken(moved, AuKeuzes.CIRCULAIRE)))
                .isEqualByComparingTo(exact(Verdeling.bereken(MEI, AuKeuzes.CIRCULAIRE)));
    }

    private static Gemeente met(Gemeente g, int maatstaf, BigDecimal erbij) {
        List<BigDecimal> v = new ArrayList<>(g.volumes());
        v.set(maatstaf, v.get(maatstaf).add(erbij));
        return new Gemeente(g.cbs(), g.naam(), g.provincie(), g.grootteklasse(), g.stedelijkheid(), g.inwoners(), v,
                g.uitkeringen());
    }

    private static BigDecimal exact(Verdelingsuitkomst v) {
        return v.specificaties().stream().map(Specificatie::exact).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Property(tries = 20)
    void theThreeWayDecompositionAddsUpExactly(@ForAll @BigRange(min = "0.5", max = "3") BigDecimal uf0,
            @ForAll @BigRange(min = "0.5", max = "3") BigDecimal uf1, @ForAll @IntRange(min = 0, max = 48) int maatstaf,
            @ForAll @BigRange(min = "0", max = "2") BigDecimal schaal) {
        // a later circulaire with another factor, one maatstaf's volumes scaled and one bedrag changed
        List<Gemeente> gemeenten = new ArrayList<>();
        for (Gemeente g : MEI.gemeenten()) {
            gemeenten.add(met(g, maatstaf, g.volumes().get(maatstaf).multiply(schaal).subtract(g.volumes().get(maatstaf))));
        }
        List<Maatstaf> maatstaven = new ArrayList<>(MEI.maatstaven());
        Maatstaf m = maatstaven.get((maatstaf + 7) % maatstaven.size());
        List<BigDecimal> bedragen = new ArrayList<>(m.bedragen());
        bedragen.set(0, bedragen.get(0).add(schaal));
        maatstaven.set((maatstaf + 7) % maatstaven.size(), new Maatstaf(m.code(), m.naam(), m.soort(), bedragen));
        Circulaire van = MEI.withUitkeringsfactor(uf0);
        Circulaire naar = new Circulaire("later", "X", 2025, MEI.clusters(), maatstaven, MEI.uitkeringen(), gemeenten, uf1,
                "test", List.of());
        Circulairevergelijking v = Circulairevergelijking.van(van, naar, AuKeuzes.CIRCULAIRE, Herindelingen.GEEN);
        for (Circulairevergelijking.Verschil x : v.verschillen()) {
            BigDecimal verschil = v.naar().van(x.gemeente().code()).exact().subtract(v.van().van(x.gemeente().code()).exact());
            assertThat(x.volume().add(x.bedragen()).add(x.factor())).isEqualByComparingTo(verschil);
        }
    }
}
