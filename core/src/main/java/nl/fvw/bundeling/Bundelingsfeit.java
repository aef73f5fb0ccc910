package nl.fvw.bundeling;

import java.util.Objects;

/** A fact for the rules: a bundling decision, about which the rules say how its effects phase in. */
public final class Bundelingsfeit {
    private final Bundeling bundeling;

    public Bundelingsfeit(Bundeling bundeling) {
        this.bundeling = Objects.requireNonNull(bundeling, "bundeling");
    }

    public Bundeling getBundeling() {
        return bundeling;
    }

    public String getNaam() {
        return bundeling.naam();
    }

    public String getDoel() {
        return bundeling.doel().name();
    }

    public boolean isIngefaseerd() {
        return bundeling.ingefaseerd();
    }

    @Override
    public String toString() {
        return "bundeling " + bundeling.naam();
    }
}
