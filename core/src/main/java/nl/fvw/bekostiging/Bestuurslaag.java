package nl.fvw.bekostiging;

import java.util.Locale;

import nl.fvw.FvwException;

/** A tier of decentral government. */
public enum Bestuurslaag {
    GEMEENTEN, PROVINCIES, WATERSCHAPPEN;

    public static Bestuurslaag parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FvwException("'" + text + "' is not a bestuurslaag; expected gemeenten, provincies or waterschappen");
        }
    }

    public String woord() {
        return name().toLowerCase(Locale.ROOT);
    }
}
