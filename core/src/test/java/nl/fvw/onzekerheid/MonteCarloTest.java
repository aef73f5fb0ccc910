package nl.fvw.onzekerheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

class MonteCarloTest {
    private static final Stand MN = Stand.parse("Miljoenennota 2024");
    private static final Stand VJN = Stand.parse("Voorjaarsnota 2024");
    private static final Normeringsinvoer INVOER = Normeringsinvoer.vanAggregaten(List.of(
            aru(MN, "200000", "206000", "212000", "218000", "224000"),
            aru(VJN, "200000", "207000", "213000", "219000", "225000")));

    private static Uitgavenaggregaat aru(Stand stand, String... mln) {
        Map<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (int i = 0; i < mln.length; i++) {
            m.put(BudgetYear.of(2023 + i), Amounts.mln(mln[i]));
        }
        return Uitgavenaggregaat.of("ARU", stand, "test", YearSeries.of(m));
    }

    private static MonteCarlo mc(String sd, int vanaf) {
        return new MonteCarlo(1000, 42L, VJN,
                List.of(new Voorspelfout(Voorspelfout.Reeks.ARU, BudgetYear.of(vanaf), new BigDecimal(sd))));
    }

    private static BigDecimal waarde(Normeringsinvoer in, Stand stand, int jaar) {
        return in.aggregaten().stream().filter(a -> a.getStand().equals(stand)).findFirst().orElseThrow()
                .waarde(BudgetYear.of(jaar)).getNumber().numberValue(BigDecimal.class);
    }

    @Test
    void aDrawDependsOnlyOnTheSeedAndItsIndex() {
        MonteCarlo mc = mc("1.5", 2025);
        for (int i : new int[] {0, 1, 999}) {
            assertThat(waarde(mc.trekking(INVOER, i), VJN, 2027)).isEqualTo(waarde(mc.trekking(INVOER, i), VJN, 2027));
        }
        assertThat(waarde(mc.trekking(INVOER, 1), VJN, 2027)).isNotEqualTo(waarde(mc.trekking(INVOER, 2), VJN, 2027));
        MonteCarlo otherSeed = new MonteCarlo(1000, 43L, VJN, mc.fouten());
        assertThat(waarde(otherSeed.trekking(INVOER, 1), VJN, 2027)).isNotEqualTo(waarde(mc.trekking(INVOER, 1), VJN, 2027));
    }

    @Test
    void onlyTheForecastsOfTheStandFromTheFirstUncertainYearMove() {
        Normeringsinvoer d = mc("1.5", 2025).trekking(INVOER, 7);
        assertThat(waarde(d, VJN, 2023)).isEqualByComparingTo(waarde(INVOER, VJN, 2023));
        assertThat(waarde(d, VJN, 2024)).isEqualByComparingTo(waarde(INVOER, VJN, 2024));
        assertThat(waarde(d, VJN, 2025)).isNotEqualByComparingTo(waarde(INVOER, VJN, 2025));
        for (int y = 2023; y <= 2027; y++) {
            assertThat(waarde(d, MN, y)).isEqualByComparingTo(waarde(INVOER, MN, y));
        }
        assertThat(waarde(d, VJN, 2026).scale()).isLessThanOrEqualTo(2);
    }

    @Test
    void withoutErrorTheDrawIsTheForecast() {
        Normeringsinvoer d = mc("0", 2024).trekking(INVOER, 3);
        for (int y = 2023; y <= 2027; y++) {
            assertThat(waarde(d, VJN, y)).isEqualByComparingTo(waarde(INVOER, VJN, y));
        }
    }

    /**
     * The growth deviations of 20.000 draws have mean about 0 and standard deviation about the one
     * declared. The seed is fixed, so this is the same computation every run: the bounds (0,03 and
     * 3 %, about three standard errors) say how close a correct generator must come.
     */
    @Test
    void theDeviationsHaveTheDeclaredSpread() {
        MonteCarlo mc = new MonteCarlo(20_000, 2026L, VJN,
                List.of(new Voorspelfout(Voorspelfout.Reeks.ARU, BudgetYear.of(2024), new BigDecimal("1.5"))));
        BigDecimal groei = waarde(INVOER, VJN, 2024).divide(waarde(INVOER, VJN, 2023), MathContext.DECIMAL128);
        BigDecimal som = BigDecimal.ZERO;
        BigDecimal kwadraten = BigDecimal.ZERO;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            Normeringsinvoer d = mc.trekking(INVOER, i);
            BigDecimal eps = waarde(d, VJN, 2024).divide(waarde(INVOER, VJN, 2023), MathContext.DECIMAL128).subtract(groei)
                    .movePointRight(2);
            som = som.add(eps);
            kwadraten = kwadraten.add(eps.multiply(eps));
        }
        BigDecimal gemiddelde = som.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64);
        BigDecimal variantie = kwadraten.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64)
                .subtract(gemiddelde.multiply(gemiddelde));
        assertThat(gemiddelde.abs()).isLessThan(new BigDecimal("0.03"));
        assertThat(variantie.sqrt(MathContext.DECIMAL64).subtract(new BigDecimal("1.5")).abs())
                .isLessThan(new BigDecimal("0.045"));
    }

    @Test
    void whatCannotBeDrawnIsRefusedBeforeAnyDraw() {
        assertThatThrownBy(() -> mc("1", 2025).controleer(Normeringsinvoer.vanAggregaten(List.of(aru(MN, "1", "2", "3")))))
                .isInstanceOf(FvwException.class).hasMessageContaining("Voorjaarsnota 2024, which is not computed");
        assertThatThrownBy(() -> mc("1", 2023).controleer(INVOER)).hasMessageContaining("the error can start from 2024");
        assertThatThrownBy(() -> mc("1", 2030).controleer(INVOER)).hasMessageContaining("covers 2023-2027");
        MonteCarlo ngru = new MonteCarlo(10, 1L, VJN,
                List.of(new Voorspelfout(Voorspelfout.Reeks.NGRU, BudgetYear.of(2025), BigDecimal.ONE)));
        assertThatThrownBy(() -> ngru.controleer(INVOER)).hasMessageContaining("gives no NGRU");
        MonteCarlo bbp = new MonteCarlo(10, 1L, VJN,
                List.of(new Voorspelfout(Voorspelfout.Reeks.BBP_VOLUME, BudgetYear.of(2025), BigDecimal.ONE)));
        assertThatThrownBy(() -> bbp.controleer(INVOER)).hasMessageContaining("gives no bbp.volume at that stand");
        assertThatThrownBy(() -> new Voorspelfout(Voorspelfout.Reeks.ARU, BudgetYear.of(2025), new BigDecimal("-1")))
                .hasMessageContaining("negative standard deviation");
        assertThatThrownBy(() -> new MonteCarlo(0, 1L, VJN, mc("1", 2025).fouten())).hasMessageContaining("1 to 1000000");
        assertThatThrownBy(() -> new MonteCarlo(10, 1L, VJN, List.of())).hasMessageContaining("at least one forecast error");
        assertThatThrownBy(() -> new MonteCarlo(10, 1L, VJN, List.of(mc("1", 2025).fouten().get(0), mc("2", 2026).fouten().get(0))))
                .hasMessageContaining("ARU is given twice");
        assertThatThrownBy(() -> Voorspelfout.Reeks.parse("BBP")).hasMessageContaining("expected NGRU, ARU, bbp.volume");
    }
}
