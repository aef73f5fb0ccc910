package nl.fvw.param;

import java.math.BigDecimal;
import java.util.Objects;

import nl.fvw.input.Location;
import nl.fvw.time.Stand;

/**
 * One decided value of a parameter: valid for some years, decided at a stand, with its
 * source. Amounts are in euro, percentages as fractions.
 */
public record ParameterValue(Validity validity, Stand decidedAt, BigDecimal value, String source, Location location) {
    public ParameterValue {
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
