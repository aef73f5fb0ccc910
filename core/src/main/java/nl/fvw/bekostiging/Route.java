package nl.fvw.bekostiging;

import java.util.Locale;

import nl.fvw.FvwException;

/** The route by which a task is funded (Financiële-verhoudingswet art. 13, 15-17). */
public enum Route {
    ALGEMENE_UITKERING, DECENTRALISATIE_UITKERING, SPECIFIEKE_UITKERING;

    public static Route parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new FvwException("'" + text + "' is not a route; expected algemene_uitkering, decentralisatie_uitkering"
                    + " or specifieke_uitkering");
        }
    }

    public String woord() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
