package nl.fvw.rules;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntUnaryOperator;

import org.kie.api.runtime.KieSession;

import nl.fvw.FvwException;

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
    /** Halts a session that fires too long; made when a session first fires. */
    private static final class Wachter {
        static final ScheduledExecutorService WACHTER = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fvw-regelwachter");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Checks the limits.
     *
     * @param maxVuren at least 1
     * @param maxDuur positive
     */
    public Vuurgrenzen {
        Objects.requireNonNull(maxDuur, "maxDuur");
        if (maxVuren < 1 || maxDuur.isNegative() || maxDuur.isZero()) {
            throw new FvwException("Rule session limits must be positive, got " + maxVuren + " firings and " + maxDuur);
        }
    }

    /**
     * Equal limits: the same firings and duration. Written out, as are {@link #hashCode} and {@link #toString}: a
     * record's own are made at their first call, which costs a command line's start some milliseconds.
     *
     * @param o the other
     * @return whether both limits are the same
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Vuurgrenzen v && v.maxVuren == maxVuren && v.maxDuur.equals(maxDuur);
    }

    @Override
    public int hashCode() {
        return 31 * maxVuren + maxDuur.hashCode();
    }

    @Override
    public String toString() {
        return "Vuurgrenzen[maxVuren=" + maxVuren + ", maxDuur=" + maxDuur + "]";
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

    /**
     * Fires a session within these limits: {@code vuren} is given the most firings and fires; after
     * {@link #maxDuur} the session is halted. Beyond either limit the error names the rules that fired most.
     *
     * @param session the session, its facts inserted
     * @param gevuurd per rule id how often it fired, kept by the session's listener
     * @param vuren fires the session at most the given number of times and says how often it fired
     */
    void vuur(KieSession session, Map<String, Integer> gevuurd, IntUnaryOperator vuren) {
        AtomicBoolean teLang = new AtomicBoolean();
        ScheduledFuture<?> wachter = Wachter.WACHTER.schedule(() -> {
            teLang.set(true);
            session.halt();
        }, maxDuur.toMillis(), TimeUnit.MILLISECONDS);
        try {
            int n = vuren.applyAsInt(maxVuren);
            if (teLang.get() || n >= maxVuren) {
                String meest = String.join(", ", gevuurd.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(3).map(e -> e.getKey() + " " + e.getValue() + " times").toList());
                throw new FvwException("The rules were stopped after " + n + " firings" + (teLang.get() ? " and "
                        + maxDuur.toSeconds() + " s" : "") + " (limits: " + maxVuren + " firings, "
                        + maxDuur.toSeconds() + " s; system properties fvw.regels.max-vuren and"
                        + " fvw.regels.max-seconden); fired most: " + (meest.isEmpty() ? "(none)" : meest)
                        + "; a rule that changes the facts it matches fires again and again");
            }
        } finally {
            wachter.cancel(false);
        }
    }
}
