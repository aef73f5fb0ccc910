package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import nl.fvw.explain.Explanation;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/** A tranche split from prijsdeel % and grondslag holds the parts a split made at once holds, whenever they are read. */
class TrancheTest {
    private static final Stand VJN24 = Stand.parse("Voorjaarsnota 2024");
    private static final BigDecimal BEDRAG = new BigDecimal("1234567.891");
    private static final BigDecimal GRONDSLAG = new BigDecimal("30123456789.12");
    private static final BigDecimal PRIJS = new BigDecimal("0.0213333333333333333333333333333333");

    private static Tranche gesplitst() {
        return Tranche.gesplitst(Fonds.GEMEENTEFONDS, BudgetYear.of(2024), VJN24, Amounts.EUR, BEDRAG, GRONDSLAG, PRIJS, null,
                Explanation.none());
    }

    private static Tranche opEens() {
        BigDecimal prijs = Amounts.multiplyValue(GRONDSLAG, PRIJS);
        return new Tranche(Fonds.GEMEENTEFONDS, BudgetYear.of(2024), VJN24, Amounts.EUR, BEDRAG, prijs,
                Amounts.subtractValues(BEDRAG, prijs), null, Explanation.none());
    }

    @Test
    void thePartsArePrijsdeelTimesGrondslagAndTheRest() {
        Tranche t = gesplitst();
        assertThat(t.volumeWaarde()).isEqualTo(opEens().volumeWaarde());   // the volume part first: it needs the price part
        assertThat(t.prijsWaarde()).isEqualTo(opEens().prijsWaarde());
        assertThat(t.prijsDeel()).isEqualTo(opEens().prijsDeel());
        assertThat(t.volumeDeel()).isEqualTo(opEens().volumeDeel());
        assertThat(Amounts.value(t.prijsDeel()).add(Amounts.value(t.volumeDeel()))).isEqualByComparingTo(BEDRAG);
    }

    @Test
    void carriedToALaterStandBeforeItsPartsAreReadItHoldsTheSame() {
        Tranche later = gesplitst().op(Stand.parse("Miljoenennota 2025"), Explanation.none());
        Tranche opEensLater = opEens().op(Stand.parse("Miljoenennota 2025"), Explanation.none());
        assertThat(later).isEqualTo(opEensLater).hasSameHashCodeAs(opEensLater).hasToString(opEensLater.toString());
    }

    @Test
    void aTrancheWithoutSplitHasNoParts() {
        Tranche t = new Tranche(Fonds.PROVINCIEFONDS, BudgetYear.of(2024), VJN24, Amounts.EUR, BEDRAG, null, null, null,
                Explanation.none());
        assertThat(t.prijsDeel()).isNull();
        assertThat(t.volumeDeel()).isNull();
    }
}
