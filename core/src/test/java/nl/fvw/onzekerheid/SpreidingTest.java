package nl.fvw.onzekerheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.fvw.present.SpreidingTabel;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

class SpreidingTest {
    private static final Stand VJN = Stand.parse("Voorjaarsnota 2024");
    private static final Spreiding.Cel GF = new Spreiding.Cel("GF", BudgetYear.of(2025));

    private static Spreiding spreiding(long... accres) {
        MonteCarlo mc = new MonteCarlo(accres.length, 1L, VJN,
                List.of(new Voorspelfout(Voorspelfout.Reeks.ARU, BudgetYear.of(2025), BigDecimal.ONE)));
        long[] niveau = new long[accres.length];
        for (int i = 0; i < accres.length; i++) {
            niveau[i] = 100 * accres[i];
        }
        return new Spreiding(mc, VJN, List.of(GF), new long[][] {accres}, List.of(GF), new long[][] {niveau});
    }

    /** Nearest rank: the smallest value with at least p % of the draws at or below it. */
    @Test
    void percentilesAreNearestRankOverTheDrawsInAnyOrder() {
        Spreiding s = spreiding(50_000, 10_000, 40_000, 30_000, 20_000, 60_000, 90_000, 80_000, 70_000, 100_000);
        assertThat(s.accresPercentiel(GF, 0)).isEqualByComparingTo("0.01");
        assertThat(s.accresPercentiel(GF, 10)).isEqualByComparingTo("0.01");
        assertThat(s.accresPercentiel(GF, 11)).isEqualByComparingTo("0.02");
        assertThat(s.accresPercentiel(GF, 50)).isEqualByComparingTo("0.05");
        assertThat(s.accresPercentiel(GF, 95)).isEqualByComparingTo("0.10");
        assertThat(s.accresPercentiel(GF, 100)).isEqualByComparingTo("0.10");
        assertThat(s.niveauPercentiel(GF, 50)).isEqualByComparingTo("50000.00");
        assertThatThrownBy(() -> s.accresPercentiel(GF, 101)).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> s.niveauPercentiel(new Spreiding.Cel("PF", BudgetYear.of(2025)), 50))
                .hasMessageContaining("no figures for PF 2025");
    }

    @Test
    void valuesAreRankedAtNamedPrecision() {
        assertThat(Spreiding.accresEenheden(new BigDecimal("0.03456749"))).isEqualTo(34_567);
        assertThat(Spreiding.accresEenheden(new BigDecimal("0.0345675"))).isEqualTo(34_568);
        assertThat(Spreiding.accresEenheden(new BigDecimal("0.0345665"))).isEqualTo(34_566);
        assertThat(Spreiding.centen(new BigDecimal("1234.565"))).isEqualTo(123_456);
        assertThat(Spreiding.centen(new BigDecimal("1234.575"))).isEqualTo(123_458);
        assertThat(Spreiding.centen(new BigDecimal("-1234.565"))).isEqualTo(-123_456);
        assertThat(Spreiding.centen(new BigDecimal("-1234.5651"))).isEqualTo(-123_457);
        assertThat(Spreiding.centen(new BigDecimal("1E+3"))).isEqualTo(100_000);
        assertThat(Spreiding.centen(new BigDecimal("31250000000.123456789012345678901234"))).isEqualTo(3_125_000_000_012L);
        assertThat(Spreiding.accresEenheden(new BigDecimal("-0.0345665"))).isEqualTo(-34_566);
        assertThat(Spreiding.accresEenheden(new BigDecimal("1E-7"))).isEqualTo(0);
        assertThat(Spreiding.accresEenheden(BigDecimal.ONE)).isEqualTo(1_000_000);
    }

    @Test
    void tableAndCsvShowThePercentiles() {
        Spreiding s = spreiding(50_000, 10_000, 40_000, 30_000, 20_000, 60_000, 90_000, 80_000, 70_000, 100_000);
        assertThat(SpreidingTabel.text(s)).contains("Monte Carlo: 10 trekkingen, zaad 1, stand Voorjaarsnota 2024")
                .contains("voorspelfout ARU vanaf 2025: normaal (Irwin-Hall), sd 1 procentpunt per jaar")
                .contains("GF        2025        1,00      1,00      3,00      5,00      8,00      9,00     10,00");
        assertThat(SpreidingTabel.csv(s)).startsWith("fonds;jaar;grootheid;P5;P10;P25;P50;P75;P90;P95\n")
                .contains("GF;2025;accres %;1,0000;1,0000;3,0000;5,0000;8,0000;9,0000;10,0000\n")
                .contains("GF;2025;niveau €;10000,00;");
    }

    @Test
    void jsonHoldsThePercentilesAsExactDecimals() {
        Spreiding s = spreiding(50_000, 10_000, 40_000, 30_000, 20_000, 60_000, 90_000, 80_000, 70_000, 100_000);
        assertThat(SpreidingTabel.json(s)).contains("\"trekkingen\" : 10").contains("\"reeks\" : \"ARU\"")
                .contains("\"P50\" : \"5.0000\"").contains("\"P95\" : \"10.0000\"")
                .contains("\"niveau_euro\" : [ {").contains("\"P50\" : \"50000.00\"");
    }

    @Test
    void everyCellHasEveryDraw() {
        MonteCarlo mc = new MonteCarlo(3, 1L, VJN,
                List.of(new Voorspelfout(Voorspelfout.Reeks.ARU, BudgetYear.of(2025), BigDecimal.ONE)));
        assertThatThrownBy(() -> new Spreiding(mc, VJN, List.of(GF), new long[][] {{1, 2}}, List.of(), new long[0][]))
                .hasMessageContaining("needs 3 draws per cell, got 2");
    }
}
