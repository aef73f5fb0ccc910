package nl.fvw.param;

import java.util.Objects;

import nl.fvw.FvwException;
import nl.fvw.time.BudgetYear;

/**
 * The budget years a value is valid for: half-open [from, to), with {@code to} null for
 * "until further notice". Treat as a value type.
 */
public record Validity(BudgetYear from, BudgetYear to) {
    public Validity {
        Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new FvwException("Validity from " + from + " to " + to + " is empty: 'tot' must come after 'vanaf'"
                    + " (it is exclusive)");
        }
    }

    public static Validity from(BudgetYear from) {
        return new Validity(from, null);
    }

    /** Valid in {@code first..last}, both inclusive. */
    public static Validity years(BudgetYear first, BudgetYear last) {
        return new Validity(first, last.next());
    }

    public boolean isUnbounded() {
        return to == null;
    }

    public boolean contains(BudgetYear year) {
        return !year.isBefore(from) && (to == null || year.isBefore(to));
    }

    public boolean overlaps(Validity other) {
        boolean thisEndsBefore = to != null && !to.isAfter(other.from);
        boolean otherEndsBefore = other.to != null && !other.to.isAfter(from);
        return !thisEndsBefore && !otherEndsBefore;
    }

    /** True when this ends exactly where {@code other} starts. */
    public boolean abuts(Validity other) {
        return to != null && to.equals(other.from);
    }

    @Override
    public String toString() {
        return "[" + from + ", " + (to == null ? "∞" : to.toString()) + ")";
    }
}
