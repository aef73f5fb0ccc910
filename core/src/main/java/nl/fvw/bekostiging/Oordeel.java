package nl.fvw.bekostiging;

import java.util.Objects;

import nl.fvw.explain.RuleRef;

/**
 * The verdict on the funding of a task (artikel 2 Fvw): what the rule says ("adequaat bekostigd",
 * "onvoldoende bekostigd") and the rule that gave it, with its source and its tolerance.
 *
 * <pre>{@code
 * Oordeel o = engine.beoordeel(taak, false).oordeel();
 * System.out.println(o.tekst() + " (" + o.regel().id() + ")");
 * }</pre>
 *
 * @param tekst the verdict
 * @param regel the rule that gave it
 */
public record Oordeel(String tekst, RuleRef regel) {
    /**
     * Checks the components.
     *
     * @param tekst the verdict
     * @param regel the rule that gave it
     */
    public Oordeel {
        Objects.requireNonNull(tekst, "tekst");
        Objects.requireNonNull(regel, "regel");
    }

    /**
     * The verdict with its rule and source, as reports print it.
     *
     * @return like "onvoldoende bekostigd (BKS-OORDEEL-ONVOLDOENDE: Artikel 2 …)"
     */
    @Override
    public String toString() {
        return tekst + " (" + regel.id() + ": " + regel.source() + ")";
    }
}
