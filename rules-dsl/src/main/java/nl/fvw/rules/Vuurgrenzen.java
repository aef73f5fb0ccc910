package nl.fvw.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of one rule session: how many rules may fire, and for how long, before the session is
 * stopped with an error naming the rule that fired most (a rule that refires itself never ends).
 * The defaults, 200.000 firings and 30 seconds, are far above what the shipped scenarios need (the
 * history replay fires about 2.000 times); the command line takes them from the system properties
 * {@code fvw.regels.max-vuren} and {@code fvw.regels.max-seconden}.
 *
 * <pre>{@code
 * FvwEngine e = FvwEngine.builder().regels(files).grenzen(new Vuurgrenzen(10_000, Duration.ofSeconds(5))).build();
 * }</pre>
 *
 * @param maxVuren the most firings a session may make
 * @param maxDuur the longest a session may fire
 */
public record Vuurgrenzen(int maxVuren, Duration maxDuur) {
    /**
     * Checks the limits.
     *
     * @param maxVuren at least 1
     * @param maxDuur positive
     */
    public Vuurgrenzen {
        Objects.requireNonNull(maxDuur, "maxDuur");
        if (maxVuren < 1 || maxDuur.isNegative() || maxDuur.isZero()) {
            throw new nl.fvw.FvwException("Rule session limits must be positive, got " + maxVuren + " firings and " + maxDuur);
        }
    }

    /**
     * The defaults, or the system properties {@code fvw.regels.max-vuren} and {@code fvw.regels.max-seconden}.
     *
     * @return the limits
     */
    public static Vuurgrenzen standaard() {
        return new Vuurgrenzen(Integer.getInteger("fvw.regels.max-vuren", 200_000),
                Duration.ofSeconds(Long.getLong("fvw.regels.max-seconden", 30L)));
    }
}
