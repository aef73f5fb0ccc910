package nl.fvw.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.fvw.FvwException;

class StandRatesTest {
    private static final Stand MN = Stand.parse("Miljoenennota 2024");
    private static final Stand VJN = Stand.parse("Voorjaarsnota 2024");
    private static final BudgetYear J2024 = BudgetYear.of(2024);
    private static final BudgetYear J2025 = BudgetYear.of(2025);

    private static final StandRates BBP = StandRates.empty("reële bbp-groei", "CPB")
            .with(MN, Map.of(J2024, new BigDecimal("0.015"), J2025, new BigDecimal("0.014")))
            .with(VJN, Map.of(J2024, new BigDecimal("0.010")));

    /** A replaced stand answers with its new rates, from its own stand on; the other stands are untouched. */
    @Test
    void replacingAStandChangesOnlyWhatItGives() {
        assertThat(BBP.knownAt(J2024, VJN)).isEqualByComparingTo("0.010");   // the index is made before the variant
        StandRates variant = BBP.replacing(VJN, Map.of(J2024, new BigDecimal("0.012"), J2025, new BigDecimal("0.011")));
        assertThat(variant.knownAt(J2024, VJN)).isEqualByComparingTo("0.012");
        assertThat(variant.knownAt(J2025, VJN)).isEqualByComparingTo("0.011");
        assertThat(variant.knownAt(J2025, MN)).isEqualByComparingTo("0.014");
        assertThat(variant.sourceStand(J2025, VJN)).isEqualTo(VJN);
        assertThat(BBP.knownAt(J2024, VJN)).isEqualByComparingTo("0.010");
        assertThat(BBP.sourceStand(J2025, VJN)).isEqualTo(MN);
    }

    @Test
    void aStandThatIsNotGivenCannotBeReplaced() {
        assertThatThrownBy(() -> BBP.replacing(Stand.parse("Najaarsnota 2024"), Map.of()))
                .isInstanceOf(FvwException.class)
                .hasMessage("reële bbp-groei: stand Najaarsnota 2024 is not given, so its rates cannot be replaced");
    }

    @Test
    void aYearNoStandGivesIsAClearError() {
        assertThatThrownBy(() -> BBP.knownAt(BudgetYear.of(2026), VJN)).isInstanceOf(FvwException.class)
                .hasMessageStartingWith("reële bbp-groei: no figure for 2026 is known at stand Voorjaarsnota 2024");
    }
}
