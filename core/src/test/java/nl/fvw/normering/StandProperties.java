package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.fvw.explain.Figuur;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandSeries;

/**
 * Laws of the stands (normering.md §2): a stand is the stand before it plus its mutations, exactly; a later decision
 * or a later printed profile changes later stands only, each stand being computed as known at its date.
 */
class StandProperties {
    private static final Stand MN22 = Stand.parse("Miljoenennota 2022");
    private static final List<Stand> LATER = List.of(Stand.parse("Voorjaarsnota 2022"), Stand.parse("Ontwerpbegroting 2023"),
            Stand.parse("Voorjaarsnota 2023"), Stand.parse("Ontwerpbegroting 2024"), Stand.parse("Voorjaarsnota 2024"));
    private static final Stand MN23 = Stand.parse("Miljoenennota 2023");
    private static final Stand VJN24 = Stand.parse("Voorjaarsnota 2024");
    private static final Standbereik PF = new Standbereik(BudgetYear.of(2022), BudgetYear.of(2027), Set.of(Fonds.PROVINCIEFONDS));
    private static final Standbereik GF = new Standbereik(BudgetYear.of(2023), BudgetYear.of(2027), Set.of(Fonds.GEMEENTEFONDS));

    /** An amount in € mln with up to six decimals: printed figures are at most to the euro. */
    @Provide
    Arbitrary<BigDecimal> mln() {
        return Arbitraries.integers().between(0, 6).flatMap(scale -> Arbitraries.bigDecimals()
                .between(new BigDecimal("-900"), new BigDecimal("900")).ofScale(scale));
    }

    @Provide
    Arbitrary<List<BigDecimal>> mutaties() {
        return mln().list().ofMinSize(1).ofMaxSize(LATER.size());
    }

    private static BigDecimal mln(javax.money.MonetaryAmount a) {
        return Amounts.value(a).movePointLeft(6);
    }

    /**
     * A tranche printed at the Miljoenennota 2022 and bijgesteld at any sequence of later stands: at each stand the
     * tranche is the printed amount plus the bijstellingen up to that stand, and the level moves by exactly the
     * stand's bijstelling, to the last digit.
     */
    @Property(tries = 300)
    void standArithmeticIsExactUnderAnySequenceOfMutations(@ForAll("mln") BigDecimal start,
            @ForAll("mutaties") List<BigDecimal> b) {
        StandSeries tranches = StandSeries.empty().with(MN22, NormeringFixture.mln(2022, start.toPlainString(), "0", "0",
                "0", "0", "0"));
        StandSeries bijstellingen = StandSeries.empty();
        List<Stand> standen = new ArrayList<>(List.of(MN22));
        Normeringsinvoer.Builder in = Normeringsinvoer.builder().bereik(MN22, PF);
        for (int i = 0; i < b.size(); i++) {
            bijstellingen = bijstellingen.with(LATER.get(i), NormeringFixture.mln(2022, b.get(i).toPlainString()));
            standen.add(LATER.get(i));
            in.bereik(LATER.get(i), PF);
        }
        Fondsinvoer pf = Fondsinvoer.builder(Fonds.PROVINCIEFONDS, "test").niveau(Amounts.mln("1000"), null)
                .gepubliceerdeTranches(tranches).trancheBijstellingen(bijstellingen).build();
        Normeringsuitkomst u = NormeringFixture.berekenZonderVaststelling(in.fonds(pf).standen(standen)
                .jaren(BudgetYear.of(2022), BudgetYear.of(2027)).build(), TrancheprofielTest.besluiten(false, false));
        BigDecimal expected = start;
        BudgetYear t = BudgetYear.of(2022);
        for (int i = 0; i < b.size(); i++) {
            expected = expected.add(b.get(i));
            Stand s = LATER.get(i);
            Stand before = i == 0 ? MN22 : LATER.get(i - 1);
            assertThat(mln(u.tranche(Fonds.PROVINCIEFONDS, t, s).bedrag())).isEqualByComparingTo(expected);
            for (int y = 2022; y <= 2027; y++) {
                BigDecimal step = mln(u.niveau(Fonds.PROVINCIEFONDS, BudgetYear.of(y), s).bedrag())
                        .subtract(mln(u.niveau(Fonds.PROVINCIEFONDS, BudgetYear.of(y), before).bedrag()));
                assertThat(step).as("level %d from %s to %s", y, before, s).isEqualByComparingTo(b.get(i));
            }
        }
    }

    /**
     * A tranche profile printed at the Miljoenennota 2023, redefined later (the looptijd lifted at the Voorjaarsnota
     * 2024, or a new profile printed there): every figure of the Miljoenennota 2023 stays as it was.
     */
    @Property(tries = 200)
    void aProfileRedefinedLaterLeavesEarlierStandsUnchanged(@ForAll("mln") BigDecimal t23,
            @ForAll("mutaties") List<BigDecimal> later, @ForAll boolean reprinted) {
        BigDecimal[] profiel = {t23, t23, t23, later.get(0), later.get(later.size() - 1)};
        Normeringsuitkomst alone = profileRun(profiel, null, false);
        BigDecimal[] nieuw = {t23, t23.add(later.get(0)), t23, t23, t23.subtract(later.get(later.size() - 1))};
        Normeringsuitkomst redefined = profileRun(profiel, reprinted ? nieuw : null, true);
        for (Figuur f : alone.figuren()) {
            if (f.name().stand().equals(MN23)) {
                assertThat(redefined.figuur(f.name()).value()).as(f.name().toString()).isEqualTo(f.value());
            }
        }
        if (reprinted) {
            assertThat(mln(redefined.trancheIn(Fonds.GEMEENTEFONDS, BudgetYear.of(2023), BudgetYear.of(2027), VJN24)))
                    .isEqualByComparingTo(nieuw[4]);
        }
    }

    private static Normeringsuitkomst profileRun(BigDecimal[] mn23, BigDecimal[] vjn24, boolean herstel) {
        StandSeries tranches = StandSeries.empty().with(MN23, NormeringFixture.mln(2023, mn23[0].toPlainString(), "0", "0",
                "0", "0"));
        Trancheprofielen profielen = Trancheprofielen.empty().with(Trancheprofielen.Soort.TRANCHE, MN23,
                BudgetYear.of(2023), NormeringFixture.mln(2023, text(mn23)));
        if (vjn24 != null) {
            tranches = tranches.with(VJN24, NormeringFixture.mln(2023, vjn24[0].toPlainString()));
            profielen = profielen.with(Trancheprofielen.Soort.TRANCHE, VJN24, BudgetYear.of(2023),
                    NormeringFixture.mln(2023, text(vjn24)));
        }
        Fondsinvoer gf = Fondsinvoer.builder(Fonds.GEMEENTEFONDS, "test").niveau(Amounts.mln("0"), null)
                .gepubliceerdeTranches(tranches).profielen(profielen).build();
        Normeringsinvoer in = Normeringsinvoer.builder().fonds(gf).standen(List.of(MN23, VJN24)).bereik(MN23, GF)
                .bereik(VJN24, GF).jaren(BudgetYear.of(2023), BudgetYear.of(2027)).build();
        return NormeringFixture.berekenZonderVaststelling(in, TrancheprofielTest.besluiten(true, herstel));
    }

    private static String[] text(BigDecimal[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].toPlainString();
        }
        return out;
    }
}
