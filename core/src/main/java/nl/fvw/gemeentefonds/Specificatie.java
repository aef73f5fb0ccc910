package nl.fvw.gemeentefonds;

import java.math.BigDecimal;
import java.util.List;

/**
 * One gemeente's algemene uitkering, exact, in the parts its begroting prints: onderdeel A (the
 * inkomstenmaatstaven, without the uitkeringsfactor), the part outside the factor by a named choice
 * ({@link AuKeuzes}), the uitkeringsbasis (onderdeel B before the factor), per cluster the
 * algemene uitkering, the total exact and to the cent, and the integratie- and
 * decentralisatie-uitkeringen (outside the factor).
 *
 * @param gemeente the gemeente
 * @param onderdeelA Σ inkomstenmaatstaven × rekentarief (euro, exact, zero or negative)
 * @param buitenFactor the vaste bedragen and Overige eigen middelen that a choice puts outside the factor (euro, exact)
 * @param uitkeringsbasis Σ the other maatstaven × bedrag per eenheid (euro, exact)
 * @param perCluster the algemene uitkering per cluster (euro, exact), in the circulaire's cluster order
 * @param exact the algemene uitkering, exact
 * @param bedrag the algemene uitkering to the cent ({@link Verdeling#OP_DE_CENT})
 * @param iuDu the integratie- and decentralisatie-uitkeringen (euro)
 */
public record Specificatie(Gemeente gemeente, BigDecimal onderdeelA, BigDecimal buitenFactor, BigDecimal uitkeringsbasis,
        List<BigDecimal> perCluster, BigDecimal exact, BigDecimal bedrag, BigDecimal iuDu) {
    /**
     * Copies the list (unless it is the kernel's own, immutable and computed when read).
     *
     * @param gemeente the gemeente
     * @param onderdeelA onderdeel A
     * @param buitenFactor outside the factor by choice
     * @param uitkeringsbasis the uitkeringsbasis
     * @param perCluster per cluster
     * @param exact the exact total
     * @param bedrag the total to the cent
     * @param iuDu the IU/DU
     */
    public Specificatie {
        perCluster = perCluster instanceof Rekenkern.Clusters ? perCluster : List.copyOf(perCluster);
    }
}
