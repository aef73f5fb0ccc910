package nl.fvw.normering;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.fvw.time.BudgetYear;

/**
 * A fact for the rules: one year t of an aggregate for which year t − 1 is known at the same
 * stand, so that the growth g_t can be computed.
 */
public final class AggregaatJaar {
    private final Uitgavenaggregaat aggregaat;
    private final BudgetYear jaar;

    public AggregaatJaar(Uitgavenaggregaat aggregaat, BudgetYear jaar) {
        this.aggregaat = Objects.requireNonNull(aggregaat, "aggregaat");
        this.jaar = Objects.requireNonNull(jaar, "jaar");
    }

    /** Every year of the aggregate that has a previous year. */
    public static List<AggregaatJaar> all(Uitgavenaggregaat aggregaat) {
        List<AggregaatJaar> out = new ArrayList<>();
        for (BudgetYear y = aggregaat.getWaarden().firstYear().next(); !y.isAfter(aggregaat.getWaarden().lastYear());
                y = y.next()) {
            out.add(new AggregaatJaar(aggregaat, y));
        }
        return out;
    }

    public Uitgavenaggregaat getAggregaat() {
        return aggregaat;
    }

    public String getAggregaatNaam() {
        return aggregaat.getNaam();
    }

    public BudgetYear getJaar() {
        return jaar;
    }

    public int getJaartal() {
        return jaar.value();
    }

    @Override
    public String toString() {
        return aggregaat.getNaam() + " " + jaar + " stand " + aggregaat.getStand();
    }
}
