package nl.fvw.normering;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.fvw.time.BudgetYear;

/**
 * A fact for the rules: one year t of an aggregate for which year t − 1 is known at the same
 * stand, so that the growth g_t can be computed.
 *
 * <pre>{@code
 * // the rules see every year of an aggregate: voor elk fondsjaar … het accres volgt de groei van de NGRU
 * List<AggregaatJaar> jaren = AggregaatJaar.all(ngru);
 * }</pre>
 */
public final class AggregaatJaar {
    private final Uitgavenaggregaat aggregaat;
    private final BudgetYear jaar;

    /**
     * A year of an aggregate, for the rules.
     *
     * @param aggregaat the aggregate
     * @param jaar the year
     */
    public AggregaatJaar(Uitgavenaggregaat aggregaat, BudgetYear jaar) {
        this.aggregaat = Objects.requireNonNull(aggregaat, "aggregaat");
        this.jaar = Objects.requireNonNull(jaar, "jaar");
    }

    /**
     * Every year of an aggregate that has a year before it, so a growth can be computed.
     *
     * @param aggregaat the aggregate
     * @return a fact per year from the second year on
     */
    public static List<AggregaatJaar> all(Uitgavenaggregaat aggregaat) {
        List<AggregaatJaar> out = new ArrayList<>();
        for (BudgetYear y = aggregaat.getWaarden().firstYear().next(); !y.isAfter(aggregaat.getWaarden().lastYear());
                y = y.next()) {
            out.add(new AggregaatJaar(aggregaat, y));
        }
        return out;
    }

    /**
     * The aggregate.
     *
     * @return the aggregate
     */
    public Uitgavenaggregaat getAggregaat() {
        return aggregaat;
    }

    /**
     * NGRU or ARU, for the rules' conditions.
     *
     * @return the aggregate's name
     */
    public String getAggregaatNaam() {
        return aggregaat.getNaam();
    }

    /**
     * The year.
     *
     * @return the year
     */
    public BudgetYear getJaar() {
        return jaar;
    }

    /**
     * The year as a number, for the rules' conditions.
     *
     * @return the year
     */
    public int getJaartal() {
        return jaar.value();
    }

    @Override
    public String toString() {
        return aggregaat.getNaam() + " " + jaar + " stand " + aggregaat.getStand();
    }
}
