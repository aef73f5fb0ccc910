package nl.fvw.bekostiging;

import java.util.Locale;

import nl.fvw.FvwException;

/**
 * The kinds of cost in a task estimate (bekostiging.md): one-off invoeringskosten, structural
 * costs, uitvoeringskosten; besparingen and the bestaand budget reduce the net claim.
 */
public enum Kostensoort {
    INVOERING(1), STRUCTUREEL(1), UITVOERING(1), BESPARING(-1), BESTAAND_BUDGET(-1);

    private final int teken;

    Kostensoort(int teken) {
        this.teken = teken;
    }

    /** +1 for a cost, −1 for what reduces the claim. */
    public int teken() {
        return teken;
    }

    public static Kostensoort parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new FvwException("'" + text + "' is not a kind of cost; expected invoering, structureel, uitvoering,"
                    + " besparing or bestaand_budget");
        }
    }

    public String woord() {
        return name().toLowerCase(Locale.ROOT);
    }
}
