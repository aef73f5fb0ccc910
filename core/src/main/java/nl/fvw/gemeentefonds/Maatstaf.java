package nl.fvw.gemeentefonds;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A maatstaf of the verdeling with its bedrag per eenheid in every cluster (the circulaire's
 * Gewichten). Its soort says which part of the algemene uitkering it belongs to (algemene-uitkering.md):
 * an inkomstenmaatstaf (WOZ-waarde × rekentarief, onderdeel A, without the uitkeringsfactor), a vast
 * bedrag, or an uitgavenmaatstaf (onderdeel B).
 *
 * @param code the code in the data, such as {@code inwo}
 * @param naam its name, such as "inwoners"
 * @param soort which part of the algemene uitkering it belongs to
 * @param bedragen the bedrag per eenheid in each cluster, in the circulaire's cluster order (euro)
 */
public record Maatstaf(String code, String naam, Soort soort, List<BigDecimal> bedragen) {
    /** Which part of the algemene uitkering a maatstaf belongs to. */
    public enum Soort {
        /** Onderdeel A: WOZ-waarde × a negative rekentarief; the uitkeringsfactor does not apply. */
        INKOMSTEN,
        /** A vast bedrag per gemeente (the vaste bedragen; those of Amsterdam, Rotterdam, Den Haag). */
        VAST,
        /** Onderdeel B: eenheden × bedrag per eenheid, part of the uitkeringsbasis. */
        UITGAVEN
    }

    /**
     * Checks the components and copies the amounts.
     *
     * @param code the code
     * @param naam the name
     * @param soort the part it belongs to
     * @param bedragen the bedrag per eenheid per cluster
     */
    public Maatstaf {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(soort, "soort");
        bedragen = List.copyOf(bedragen);
    }
}
