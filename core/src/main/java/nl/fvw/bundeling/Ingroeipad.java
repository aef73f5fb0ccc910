package nl.fvw.bundeling;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;

/**
 * A phase-in (bundeling.md): the change per inwoner is capped at a cumulative amount
 * C(t) = Σ_{s≤t} c_s, the last step repeating until the full effect is reached (herijking
 * gemeentefonds 2023: € 7,50, then € 15 a year). {@code ookVoordeel}: gains are capped too, not
 * only losses. The capping is financed budget-neutrally (gains, or losses, scaled pro rata so the
 * allocations still add up) or from a separate overgangsbudget whose size is reported.
 *
 * <pre>{@code
 * Ingroeipad pad = new Ingroeipad(List.of(Amounts.eur("7.50"), Amounts.eur("15")), false,
 *         Ingroeipad.Financiering.BUDGETNEUTRAAL);
 * BigDecimal capJaar2 = pad.cap(1);   // 22.50 euro per inwoner
 * }</pre>
 */
public record Ingroeipad(List<MonetaryAmount> stappen, boolean ookVoordeel, Financiering financiering) {
    /** How capping is paid for. */
    public enum Financiering {
        /** From the gains (or losses), scaled pro rata so the allocations still add up. */
        BUDGETNEUTRAAL,
        /** From a separate overgangsbudget, whose size is reported. */
        OVERGANGSBUDGET
    }

    /**
     * Checks the components.
     *
     * @param stappen the cap per inwoner added each year (the last repeats)
     * @param ookVoordeel whether gains are capped too
     * @param financiering how the capping is paid for
     */
    public Ingroeipad {
        stappen = List.copyOf(stappen);
        Objects.requireNonNull(financiering, "financiering");
        if (stappen.isEmpty()) {
            throw new FvwException("An ingroeipad needs at least one step");
        }
        for (MonetaryAmount s : stappen) {
            if (Amounts.value(s).signum() <= 0) {
                throw new FvwException("A step of an ingroeipad must be positive, got " + Amounts.format(s));
            }
        }
    }

    /**
     * C(i): the cumulative cap per inwoner in year index i (0 for the first year).
     *
     * @param i the year's index from the start
     * @return the cap in euro per inwoner
     */
    public BigDecimal cap(int i) {
        BigDecimal c = BigDecimal.ZERO;
        for (int s = 0; s <= i; s++) {
            c = c.add(Amounts.value(stappen.get(Math.min(s, stappen.size() - 1))));
        }
        return c;
    }
}
