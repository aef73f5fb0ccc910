package nl.fvw.bekostiging;

import java.util.Locale;

import nl.fvw.FvwException;

/**
 * The route by which a task is funded (Financiële-verhoudingswet art. 13, 15-17).
 *
 * <pre>{@code
 * Route r = Route.parse("specifieke_uitkering");   // SPECIFIEKE_UITKERING
 * }</pre>
 */
public enum Route {
    /** Through the algemene uitkering of the fund: free to spend. */
    ALGEMENE_UITKERING,
    /** Through a decentralisatie-uitkering of the fund. */
    DECENTRALISATIE_UITKERING,
    /** Through a specifieke uitkering (artikel 16 Fvw): with conditions and accountability. */
    SPECIFIEKE_UITKERING,
    /**
     * Not compensated: by agreement the bestuurslaag bears the cost from its own means (as the transitiekosten
     * of the Omgevingswet under the Hoofdlijnenakkoord of 2016); a compensation with this route is an error.
     */
    EIGEN_MIDDELEN;

    /**
     * A route by its word.
     *
     * @param text algemene_uitkering, decentralisatie_uitkering, specifieke_uitkering or eigen_middelen
     * @return the route
     * @throws FvwException naming what is known
     */
    public static Route parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new FvwException("'" + text + "' is not a route; expected algemene_uitkering, decentralisatie_uitkering,"
                    + " specifieke_uitkering or eigen_middelen");
        }
    }

    /**
     * The word in reports.
     *
     * @return the route in lower case, with spaces
     */
    public String woord() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
