package nl.fvw.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rounding that was applied: which step, to what unit, how, on whose authority, from and to.
 *
 * <pre>{@code
 * for (RoundingRecord r : explanation.roundings()) {
 *     System.out.println(r.step() + ": " + r.before() + " -> " + r.after() + " (" + r.mode() + ", " + r.source() + ")");
 * }
 * }</pre>
 */
public record RoundingRecord(String step, String unit, RoundingMode mode, String source, BigDecimal before,
        BigDecimal after) {
}
