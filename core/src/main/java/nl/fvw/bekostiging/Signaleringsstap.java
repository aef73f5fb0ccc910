package nl.fvw.bekostiging;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.fvw.FvwException;

/**
 * The steps of the vroegtijdige signalering, in order (Studiegroep Interbestuurlijke Verhoudingen, "Samen
 * bouwen aan resultaten" (2025), bouwsteen 5: een stapsgewijze aanpak onder regie van BZK): a signal of a
 * shortfall, a joint analysis, a bestuurlijk overleg, a decision.
 */
public enum Signaleringsstap {
    /** A bestuurslaag or a fondsbeheerder signals that a task and its means are out of balance. */
    SIGNAAL,
    /** Rijk and the koepels analyse the shortfall together (an onderzoek, an artikel 2-onderzoek). */
    GEZAMENLIJKE_ANALYSE,
    /** The bestuurlijk overleg on the analysis (including an arbitration such as a Commissie van Wijzen). */
    BESTUURLIJK_OVERLEG,
    /** The decision: compensation, a change of the task, or neither, with its reasons. */
    BESLUIT;

    /**
     * A step by its words.
     *
     * @param text such as "gezamenlijke analyse" or "gezamenlijke_analyse"
     * @return the step
     * @throws FvwException naming the steps
     */
    public static Signaleringsstap parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new FvwException("'" + text + "' is not a step of the signalering; expected " + String.join(", ",
                    spellings()));
        }
    }

    /** @return the steps as words, in order */
    public static List<String> spellings() {
        return Arrays.stream(values()).map(Signaleringsstap::woord).toList();
    }

    /** @return the step as a word, such as "gezamenlijke analyse" */
    public String woord() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
