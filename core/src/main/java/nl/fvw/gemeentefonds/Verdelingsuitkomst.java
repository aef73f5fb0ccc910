package nl.fvw.gemeentefonds;

import java.math.BigDecimal;
import java.util.List;

/**
 * The algemene uitkering of every gemeente of one circulaire: the specifications, the factor
 * applied, the choices, and the totals (the total to the cent is the sum of the gemeenten's amounts
 * to the cent, as paid).
 *
 * @param circulaire the data
 * @param keuzes the named choices
 * @param uitkeringsfactor the factor applied
 * @param specificaties one per gemeente, in the data's order
 * @param totaalA Σ onderdeel A (exact)
 * @param totaalBuitenFactor Σ outside the factor by choice (exact)
 * @param totaalBasis Σ uitkeringsbases (exact)
 * @param totaalPerCluster per cluster Σ over gemeenten (exact)
 * @param totaal Σ of the amounts to the cent
 * @param totaalIuDu Σ integratie- and decentralisatie-uitkeringen
 */
public record Verdelingsuitkomst(Circulaire circulaire, AuKeuzes keuzes, BigDecimal uitkeringsfactor,
        List<Specificatie> specificaties, BigDecimal totaalA, BigDecimal totaalBuitenFactor, BigDecimal totaalBasis,
        List<BigDecimal> totaalPerCluster, BigDecimal totaal, BigDecimal totaalIuDu) {
    /**
     * Copies the lists.
     *
     * @param circulaire the data
     * @param keuzes the choices
     * @param uitkeringsfactor the factor
     * @param specificaties the specifications
     * @param totaalA Σ onderdeel A
     * @param totaalBuitenFactor Σ outside the factor
     * @param totaalBasis Σ bases
     * @param totaalPerCluster per cluster
     * @param totaal the total to the cent
     * @param totaalIuDu Σ IU/DU
     */
    public Verdelingsuitkomst {
        specificaties = List.copyOf(specificaties);
        totaalPerCluster = List.copyOf(totaalPerCluster);
    }

    /**
     * The specification of a gemeente.
     *
     * @param naam its name or code (GM0014 or 14), case-insensitive
     * @return the specification, or null
     */
    public Specificatie van(String naam) {
        for (Specificatie s : specificaties) {
            Gemeente g = s.gemeente();
            if (g.naam().equalsIgnoreCase(naam) || g.code().equalsIgnoreCase(naam) || String.valueOf(g.cbs()).equals(naam)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The AU budget this factor implies: Σ onderdeel A + Σ outside the factor + UF × Σ uitkeringsbases.
     *
     * @return the budget (exact)
     */
    public BigDecimal budget() {
        return Verdeling.budget(totaalA.add(totaalBuitenFactor), totaalBasis, uitkeringsfactor);
    }
}
