package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;

import nl.fvw.money.Amounts;
import nl.fvw.onzekerheid.MonteCarlo;
import nl.fvw.onzekerheid.Trekkingen;
import nl.fvw.onzekerheid.Voorspelfout;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandRates;
import nl.fvw.time.YearSeries;

/** Two inputs part at the earliest stand whose series differ; a draw of a Monte Carlo parts from its input at its stand. */
class InvoerverschilTest {
    private static final Stand MN = Stand.parse("Miljoenennota 2023");
    private static final Stand VJN = Stand.parse("Voorjaarsnota 2024");
    private static final StandRates VOLUME = StandRates.empty("reële bbp-groei", "test")
            .with(MN, rates("0.015", "0.014", "0.013")).with(VJN, rates("0.010", "0.012", "0.013"));
    private static final Normeringsinvoer INVOER = Normeringsinvoer.builder()
            .aggregaten(List.of(aru(MN, "200000", "206000", "212000", "218000"), aru(VJN, "200000", "207000", "213000", "219000")))
            .bbp(VOLUME, VOLUME, BbpKeuzes.STANDAARD).standen(List.of(MN, VJN)).jaren(BudgetYear.of(2024), BudgetYear.of(2026)).build();

    private static Map<BudgetYear, BigDecimal> rates(String... r) {
        Map<BudgetYear, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < r.length; i++) {
            m.put(BudgetYear.of(2024 + i), new BigDecimal(r[i]));
        }
        return m;
    }

    private static Uitgavenaggregaat aru(Stand stand, String... mln) {
        Map<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (int i = 0; i < mln.length; i++) {
            m.put(BudgetYear.of(2023 + i), Amounts.mln(mln[i]));
        }
        return Uitgavenaggregaat.of("ARU", stand, "test", YearSeries.of(m));
    }

    private static Normeringsinvoer trekking(Voorspelfout.Reeks reeks, Stand stand) {
        MonteCarlo mc = new MonteCarlo(10, 7L, stand, List.of(new Voorspelfout(reeks, BudgetYear.of(2025), new BigDecimal("1"))));
        Trekkingen t = mc.trekkingen(INVOER);
        return t.trekking(3);
    }

    @Test
    void anInputDoesNotPartFromItself() {
        Invoerverschil v = Invoerverschil.van(INVOER, INVOER.withParameters(INVOER.parameters()));
        assertThat(v.zelfdeOpzet()).isTrue();
        assertThat(v.vanaf()).isNull();
        assertThat(v.zelfdeOp(VJN)).isTrue();
    }

    @Test
    void aDrawPartsFromItsInputAtTheStandItPerturbs() {
        for (Voorspelfout.Reeks reeks : List.of(Voorspelfout.Reeks.ARU, Voorspelfout.Reeks.BBP_VOLUME)) {
            Invoerverschil laat = Invoerverschil.van(INVOER, trekking(reeks, VJN));
            assertThat(laat.vanaf()).as(reeks.spelling()).isEqualTo(VJN);
            assertThat(laat.zelfdeOp(MN)).isTrue();
            assertThat(laat.zelfdeOp(Stand.parse("Najaarsnota 2023"))).as("a stand between, not computed").isTrue();
            assertThat(laat.zelfdeOp(VJN)).isFalse();
            Invoerverschil vroeg = Invoerverschil.van(INVOER, trekking(reeks, MN));
            assertThat(vroeg.vanaf()).as(reeks.spelling()).isEqualTo(MN);
            assertThat(vroeg.zelfdeOp(MN)).isFalse();
        }
    }

    @Test
    void inputsOfAnotherSetUpShareNothing() {
        Normeringsinvoer anders = Normeringsinvoer.builder().aggregaten(INVOER.aggregaten()).bbp(VOLUME, VOLUME, BbpKeuzes.STANDAARD)
                .standen(List.of(VJN)).jaren(BudgetYear.of(2024), BudgetYear.of(2026)).build();
        assertThat(Invoerverschil.van(INVOER, anders).zelfdeOpzet()).isFalse();
        assertThat(Invoerverschil.van(INVOER, anders).zelfdeOp(MN)).isFalse();
        Normeringsinvoer andereParameters = INVOER.withParameters(nl.fvw.param.ParameterSet.of(List.of()));
        assertThat(Invoerverschil.van(INVOER, andereParameters).zelfdeOp(MN)).isFalse();
        StandRates ander = StandRates.empty("prijs bbp", "test").with(MN, rates("0.02", "0.02", "0.02"))
                .with(VJN, rates("0.03", "0.02", "0.02"));
        Normeringsinvoer anderePrijs = Normeringsinvoer.builder().aggregaten(INVOER.aggregaten()).bbp(VOLUME, ander, BbpKeuzes.STANDAARD)
                .standen(INVOER.standen()).jaren(BudgetYear.of(2024), BudgetYear.of(2026)).build();
        assertThat(Invoerverschil.van(INVOER, anderePrijs).zelfdeOp(MN)).as("another series, not a variant of it").isFalse();
    }
}
