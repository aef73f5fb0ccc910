package nl.fvw.bekostiging;

import java.util.List;
import java.util.Objects;

/**
 * A portfolio with the signals its rules gave (each with its rule and source).
 *
 * @param portefeuille the portfolio
 * @param signalen the signals, by text
 */
public record Portefeuilleuitkomst(Portefeuille portefeuille, List<Taakuitkomst.Signaal> signalen) {
    /**
     * Copies the list.
     *
     * @param portefeuille the portfolio
     * @param signalen the signals
     */
    public Portefeuilleuitkomst {
        Objects.requireNonNull(portefeuille, "portefeuille");
        signalen = List.copyOf(signalen);
    }
}
