package nl.fvw.param;

import java.math.BigDecimal;
import java.util.Objects;

import nl.fvw.input.Location;
import nl.fvw.time.Stand;

/**
 * One decided value of a parameter: valid for some years, decided at a stand, with its
 * source. Amounts are in euro, percentages as fractions.
 *
 * <pre>{@code
 * ParameterValue v = parameter.decisionFor(BudgetYear.of(2025), Stand.parse("Voorjaarsnota 2024"));
 * System.out.println(v.value() + " decided at " + v.decidedAt() + " (" + v.source() + ")");
 * }</pre>
 */
public record ParameterValue(Validity validity, Stand decidedAt, BigDecimal value, String source, Location location) {
    /**
     * Checks the components.
     *
     * @param validity the years it is valid for
     * @param decidedAt the stand of the decision
     * @param value the value (euro, or a fraction)
     * @param source the decision's source
     * @param location where in the file it is written
     */
    public ParameterValue {
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
