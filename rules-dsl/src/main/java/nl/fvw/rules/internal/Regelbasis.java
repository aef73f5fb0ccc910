package nl.fvw.rules.internal;

import java.util.Objects;
import java.util.function.Supplier;

import org.kie.api.KieBase;

/**
 * A rule base and the index of its rules, built when the rules first fire: a run whose normering
 * decisions are kept ({@link Besluitgeheugen}) and that has nothing else for the rules never builds
 * it. Thread-safe; built once.
 *
 * <pre>{@code
 * Regelbasis b = Regelbasis.shipped();
 * KieSession s = b.kieBase().newKieSession();   // the shipped model is built here, once per JVM
 * }</pre>
 */
public final class Regelbasis {
    private static final Regelbasis SHIPPED = new Regelbasis(ShippedModel::kieBase);
    private final Supplier<KieBase> maak;
    private volatile Gebouwd gebouwd;

    private record Gebouwd(KieBase kieBase, RegelInfo.Index regels) {
    }

    private Regelbasis(Supplier<KieBase> maak) {
        this.maak = maak;
    }

    /**
     * The shipped rules, prebuilt as an executable model: one rule base per JVM, built when first used.
     *
     * @return the shipped rule base
     */
    public static Regelbasis shipped() {
        return SHIPPED;
    }

    /**
     * A rule base made when first used (analysts' rules from the cache).
     *
     * @param maak makes it, once
     * @return the rule base, not yet made
     */
    public static Regelbasis later(Supplier<KieBase> maak) {
        return new Regelbasis(Objects.requireNonNull(maak, "maak"));
    }

    /**
     * A rule base built already (analysts' rules, compiled or from the cache).
     *
     * @param kieBase the rule base
     * @return it, with the index of its rules
     */
    public static Regelbasis van(KieBase kieBase) {
        Objects.requireNonNull(kieBase, "kieBase");
        Regelbasis b = new Regelbasis(() -> kieBase);
        b.gebouwd();
        return b;
    }

    /**
     * The rule base, built now when it was not yet.
     *
     * @return the rule base
     */
    public KieBase kieBase() {
        return gebouwd().kieBase();
    }

    /**
     * What each rule of the base is: id, name, source, decision stand.
     *
     * @return the index
     */
    public RegelInfo.Index regels() {
        return gebouwd().regels();
    }

    private Gebouwd gebouwd() {
        Gebouwd g = gebouwd;
        if (g == null) {
            synchronized (this) {
                g = gebouwd;
                if (g == null) {
                    KieBase k = maak.get();
                    g = new Gebouwd(k, RegelInfo.Index.of(k));
                    gebouwd = g;
                }
            }
        }
        return g;
    }
}
