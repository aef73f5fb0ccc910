package nl.fvw.param;

import java.util.Locale;

/**
 * What a parameter's values are: an amount (in the file's unit), a percentage, or a plain number.
 *
 * <pre>{@code
 * boolean bedrag = parameters.get("opschalingskorting.gemeentefonds").kind() == ParameterKind.BEDRAG;
 * }</pre>
 */
public enum ParameterKind {
    /** An amount in euro; written in the file's declared unit. */
    BEDRAG,
    /** A percentage; written as percent (10 for 10 %), held as the fraction 0.10. */
    PERCENTAGE,
    /** A plain number (a factor, a count). */
    GETAL;

    /**
     * The word in parameter files.
     *
     * @return bedrag, percentage or getal
     */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
