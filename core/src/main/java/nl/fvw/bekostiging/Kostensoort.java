package nl.fvw.bekostiging;

import java.util.Locale;

import nl.fvw.FvwException;

/**
 * The kinds of cost in a task estimate (bekostiging.md): one-off invoeringskosten, structural
 * costs, uitvoeringskosten; besparingen and the bestaand budget reduce the net claim.
 *
 * <pre>{@code
 * Kostensoort s = Kostensoort.parse("besparing");   // BESPARING
 * int teken = s.teken();                           // -1: reduces the claim
 * }</pre>
 */
public enum Kostensoort {
    /** One-off invoeringskosten. */
    INVOERING(1),
    /** Structural costs of the task. */
    STRUCTUREEL(1),
    /** Uitvoeringskosten (e.g. hours at an integraal uurtarief). */
    UITVOERING(1),
    /** A saving the task brings: reduces the claim. */
    BESPARING(-1),
    /** A budget the governments already have for it: reduces the claim. */
    BESTAAND_BUDGET(-1);

    private final int teken;

    Kostensoort(int teken) {
        this.teken = teken;
    }

    /**
     * The sign in the claim.
     *
     * @return +1 for a cost, −1 for what reduces the claim
     */
    public int teken() {
        return teken;
    }

    /**
     * A kind by its word.
     *
     * @param text invoering, structureel, uitvoering, besparing or bestaand_budget
     * @return the kind
     * @throws FvwException naming what is known
     */
    public static Kostensoort parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new FvwException("'" + text + "' is not a kind of cost; expected invoering, structureel, uitvoering,"
                    + " besparing or bestaand_budget");
        }
    }

    /**
     * The word in scenario files and reports.
     *
     * @return the kind in lower case
     */
    public String woord() {
        return name().toLowerCase(Locale.ROOT);
    }
}
