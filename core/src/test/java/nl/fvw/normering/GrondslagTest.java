package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.fvw.explain.FigureName;
import nl.fvw.explain.RuleRef;
import nl.fvw.money.Amounts;
import nl.fvw.present.ExplanationText;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandRates;

/**
 * The grondslag as an input series against the grondslag rolled forward from a base with the
 * tranches, on ../shared/reference/gf-accres-startnota-2017.csv (VNG, stand Startnota Rutte III).
 * The implied grondslag is tranche / %; rolled forward from 2017 it grows only by the tranches.
 * The two part ways in 2020, when the integratie-uitkering sociaal domein joined the algemene
 * uitkering (about € 16,7 bn in 2017, € 25,7 bn in 2020): the roll-forward misses that taakmutatie.
 */
class GrondslagTest {
    private static final Stand SN = Stand.parse("Startnota 2017 (2017-12-01)");
    private static final String[] PCT = {"1.14", "6.75", "6.09", "4.43", "3.50", "4.23"};
    private static final String[] TRANCHE = {"190", "1124", "1063", "1139", "937", "1170"};
    private static final RuleRef PUBLISHED = new RuleRef("TST-GEPUBLICEERD", "gepubliceerd %", "VNG, Startnota 2017");

    @Test
    void inputAndRolledForwardGrondslagDifferFrom2020() {
        Map<BudgetYear, BigDecimal> pct = new TreeMap<>();
        List<String> implied = new ArrayList<>();
        for (int i = 0; i < PCT.length; i++) {
            pct.put(BudgetYear.of(2017 + i), new BigDecimal(PCT[i]).movePointLeft(2));
            implied.add(new BigDecimal(TRANCHE[i]).divide(new BigDecimal(PCT[i]).movePointLeft(2), new MathContext(34))
                    .toPlainString());
        }
        StandRates published = StandRates.empty("accres % GF", "VNG, Startnota 2017").with(SN, pct);
        List<Besluit<?>> besluiten = new ArrayList<>();
        for (Fonds f : Fonds.values()) {
            for (int y = 2017; y <= 2022; y++) {
                besluiten.add(new Besluit<>(f, BudgetYear.of(y), null, new Besluit.GepubliceerdPercentage(), PUBLISHED));
            }
        }
        // the grondslag as input: the implied one, which gives back the printed tranches
        Normeringsinvoer given = Normeringsinvoer.builder().gepubliceerdAccres(published)
                .fonds(NormeringFixture.given(Fonds.GEMEENTEFONDS, SN, NormeringFixture.mln(2017, implied.toArray(String[]::new))))
                .standen(List.of(SN)).jaren(BudgetYear.of(2017), BudgetYear.of(2022)).build();
        // the grondslag rolled forward from the implied 2017 base
        Normeringsinvoer rolled = Normeringsinvoer.builder().gepubliceerdAccres(published)
                .fonds(NormeringFixture.rolled(Fonds.GEMEENTEFONDS, 2017, Amounts.mln(implied.get(0))))
                .standen(List.of(SN)).jaren(BudgetYear.of(2017), BudgetYear.of(2022)).build();
        Normeringsuitkomst a = NormeringFixture.bereken(given, besluiten);
        Normeringsuitkomst b = NormeringFixture.bereken(rolled, besluiten);
        Integer firstBigGap = null;
        for (int y = 2017; y <= 2022; y++) {
            BigDecimal t1 = tranche(a, y);
            BigDecimal t2 = tranche(b, y);
            assertThat(t1).isEqualByComparingTo(TRANCHE[y - 2017]);
            if (firstBigGap == null && t1.subtract(t2).abs().compareTo(new BigDecimal("250")) > 0) {
                firstBigGap = y;
            }
        }
        assertThat(firstBigGap).isEqualTo(2020);
        // 2020: implied grondslag € 25.711 mln against € 19.044 mln rolled forward: € 6,7 bn of taakmutatie
        BigDecimal gap2020 = new BigDecimal(implied.get(3)).subtract(new BigDecimal(implied.get(0))
                .add(new BigDecimal("190")).add(new BigDecimal("1124")).add(new BigDecimal("1063")));
        assertThat(gap2020).isBetween(new BigDecimal("6600"), new BigDecimal("6700"));
        assertThat(ExplanationText.of(b.figuur(FigureName.parse("GF tranche 2020 stand " + SN)).explanation()))
                .contains("doorgerold vanaf 2017 met tranches en taakmutaties");
    }

    private static BigDecimal tranche(Normeringsuitkomst u, int y) {
        return Amounts.value(((Tranche) u.figuur(FigureName.parse("GF tranche " + y + " stand " + SN))).bedrag())
                .movePointLeft(6).setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
