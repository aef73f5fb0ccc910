package nl.fvw.bekostiging;

import java.util.Locale;

import nl.fvw.FvwException;

/**
 * What a task is to the bestuurslaag (artikel 2 Fvw: nieuwe of gewijzigde taken, and the ones the Rijk ends):
 * an ended task is written as the costs that fall away (besparing) and the means the Rijk takes back (a
 * negative compensation, an uitname).
 */
public enum Wijziging {
    /** A new task. */
    NIEUW,
    /** A task whose content or scope changes. */
    GEWIJZIGD,
    /** A task that ends. */
    BEEINDIGD;

    /**
     * A kind by its word.
     *
     * @param text nieuw, gewijzigd, beëindigd (or beeindigd)
     * @return the kind
     * @throws FvwException naming the kinds
     */
    public static Wijziging parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('ë', 'e');
        for (Wijziging w : values()) {
            if (w.name().toLowerCase(Locale.ROOT).equals(t)) {
                return w;
            }
        }
        throw new FvwException("'" + text + "' is not a kind of task change; expected nieuw, gewijzigd or beëindigd");
    }

    /** @return the kind as a word: nieuw, gewijzigd, beëindigd */
    public String woord() {
        return this == BEEINDIGD ? "beëindigd" : name().toLowerCase(Locale.ROOT);
    }
}
