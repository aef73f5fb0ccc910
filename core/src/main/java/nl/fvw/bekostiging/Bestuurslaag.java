package nl.fvw.bekostiging;

import java.util.Locale;

import nl.fvw.FvwException;

/**
 * A tier of decentral government.
 *
 * <pre>{@code
 * Bestuurslaag laag = Bestuurslaag.parse("provincies");   // PROVINCIES
 * String woord = laag.woord();                             // "provincies"
 * }</pre>
 */
public enum Bestuurslaag {
    /** The gemeenten (Gemeentefonds). */
    GEMEENTEN,
    /** The provincies (Provinciefonds). */
    PROVINCIES,
    /** The waterschappen (no fund: their own taxes). */
    WATERSCHAPPEN;

    /**
     * A tier by its word.
     *
     * @param text gemeenten, provincies or waterschappen (any case)
     * @return the tier
     * @throws FvwException naming what is known
     */
    public static Bestuurslaag parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FvwException("'" + text + "' is not a bestuurslaag; expected gemeenten, provincies or waterschappen");
        }
    }

    /**
     * The word in scenario files and reports.
     *
     * @return gemeenten, provincies or waterschappen
     */
    public String woord() {
        return name().toLowerCase(Locale.ROOT);
    }
}
