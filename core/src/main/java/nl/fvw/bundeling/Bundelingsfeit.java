package nl.fvw.bundeling;

import java.util.Objects;

/**
 * A fact for the rules: a bundling decision, about which the rules say how its effects phase in.
 *
 * <pre>{@code
 * // the rules see: voor elke bundeling / de bundeling wordt ingefaseerd
 * boolean ingroei = new Bundelingsfeit(bundeling).isIngefaseerd();
 * }</pre>
 */
public final class Bundelingsfeit {
    private final Bundeling bundeling;

    /**
     * A bundling, for the rules.
     *
     * @param bundeling the decision
     */
    public Bundelingsfeit(Bundeling bundeling) {
        this.bundeling = Objects.requireNonNull(bundeling, "bundeling");
    }

    /**
     * The bundling.
     *
     * @return the decision
     */
    public Bundeling getBundeling() {
        return bundeling;
    }

    /**
     * The bundling's name, for the rules' conditions.
     *
     * @return the name
     */
    public String getNaam() {
        return bundeling.naam();
    }

    /**
     * Where the SPUKs go, for the rules' conditions.
     *
     * @return the target's constant name
     */
    public String getDoel() {
        return bundeling.doel().name();
    }

    /**
     * Whether the scenario asks for an ingroeipad.
     *
     * @return true when the effects phase in
     */
    public boolean isIngefaseerd() {
        return bundeling.ingefaseerd();
    }

    @Override
    public String toString() {
        return "bundeling " + bundeling.naam();
    }
}
