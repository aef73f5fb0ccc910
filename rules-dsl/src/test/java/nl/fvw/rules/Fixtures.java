package nl.fvw.rules;

import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.money.Amounts;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/** Published figures used by the rule tests; ../shared/reference/ngru-miljoenennota-2012.csv. */
final class Fixtures {
    static final Stand MN2012 = Stand.parse("Miljoenennota 2012");
    static final String BRON = "Miljoenennota 2012, bijlage, tabel 9.1";

    private Fixtures() {
    }

    /** NGRU 2011-2015 as printed (€ mln). */
    static Uitgavenaggregaat ngruPrinted() {
        return Uitgavenaggregaat.of("NGRU", MN2012, BRON, mln(2011, "91965", "91490", "92280", "94509", "95019"));
    }

    /** NGRU from its printed parts A (totaal netto uitgaven) and B (correcties). */
    static Uitgavenaggregaat ngruFromParts() {
        return Uitgavenaggregaat.fromParts("NGRU", MN2012, BRON,
                mln(2011, "137926", "139015", "141578", "145629", "146920"),
                mln(2011, "-45961", "-47525", "-49298", "-51121", "-51901"));
    }

    static YearSeries mln(int first, String... values) {
        Map<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(BudgetYear.of(first + i), Amounts.mln(values[i]));
        }
        return YearSeries.of(m);
    }
}
