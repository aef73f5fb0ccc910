package nl.fvw.param;

import java.util.Objects;

import nl.fvw.FvwException;
import nl.fvw.time.BudgetYear;

/**
 * The budget years a value is valid for: half-open [from, to), with {@code to} null for
 * "until further notice". Treat as a value type.
 *
 * <pre>{@code
 * Validity tot2026 = Validity.years(BudgetYear.of(2020), BudgetYear.of(2025));   // vanaf 2020, tot 2026
 * boolean geldt = tot2026.contains(BudgetYear.of(2025));                         // true
 * }</pre>
 */
public record Validity(BudgetYear from, BudgetYear to) {
    /**
     * Checks the components.
     *
     * @param from the first year
     * @param to the first year no longer valid, or null: open
     */
    public Validity {
        Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new FvwException("Validity from " + from + " to " + to + " is empty: 'tot' must come after 'vanaf'"
                    + " (it is exclusive)");
        }
    }

    /**
     * Valid from a year on, without end.
     *
     * @param from the first year
     * @return the validity
     */
    public static Validity from(BudgetYear from) {
        return new Validity(from, null);
    }

    /**
     * Valid in {@code first..last}, both inclusive.
     *
     * @param first the first year
     * @param last the last year
     * @return the validity
     */
    public static Validity years(BudgetYear first, BudgetYear last) {
        return new Validity(first, last.next());
    }

    /**
     * Whether it has no end.
     *
     * @return true when open
     */
    public boolean isUnbounded() {
        return to == null;
    }

    /**
     * Whether a year is valid.
     *
     * @param year the year
     * @return true when in the period
     */
    public boolean contains(BudgetYear year) {
        return !year.isBefore(from) && (to == null || year.isBefore(to));
    }

    /**
     * Whether two periods share a year.
     *
     * @param other another period
     * @return true when they overlap
     */
    public boolean overlaps(Validity other) {
        boolean thisEndsBefore = to != null && !to.isAfter(other.from);
        boolean otherEndsBefore = other.to != null && !other.to.isAfter(from);
        return !thisEndsBefore && !otherEndsBefore;
    }

    /**
     * Whether this ends exactly where {@code other} starts.
     *
     * @param other the next period
     * @return true when there is neither gap nor overlap
     */
    public boolean abuts(Validity other) {
        return to != null && to.equals(other.from);
    }

    @Override
    public String toString() {
        return "[" + from + ", " + (to == null ? "∞" : to.toString()) + ")";
    }
}
