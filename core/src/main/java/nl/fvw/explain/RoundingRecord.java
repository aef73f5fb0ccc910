package nl.fvw.explain;

import java.math.BigDecimal;
import java.util.Objects;

import nl.fvw.money.RoundingStep;

/**
 * A rounding that was applied: the named step (unit, mode, source), from and to.
 *
 * <pre>{@code
 * for (RoundingRecord r : explanation.roundings()) {
 *     System.out.println(r.step().name() + ": " + r.before() + " -> " + r.after() + " (" + r.step().mode() + ")");
 * }
 * }</pre>
 *
 * @param step the rounding step
 * @param before the exact value
 * @param after the rounded value
 */
public record RoundingRecord(RoundingStep step, BigDecimal before, BigDecimal after) {
    /**
     * Checks the components.
     *
     * @param step the rounding step
     * @param before the exact value
     * @param after the rounded value
     */
    public RoundingRecord {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
