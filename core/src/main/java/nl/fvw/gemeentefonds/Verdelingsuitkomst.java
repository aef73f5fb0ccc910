package nl.fvw.gemeentefonds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.fvw.money.Amounts;
import nl.fvw.normering.Uitkeringsfactor;

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

    /**
     * The gemeenten as {@link Uitkeringsfactor} distributes a budget over them: each with its
     * uitkeringsbasis and, as its inkomsten, onderdeel A and what a choice puts outside the factor, to the cent
     * ({@link Verdeling#OP_DE_CENT}: amounts paid are in cents, and the rest is allocated by basis). So an accres
     * mutation of the AU budget gives the new factor and every real gemeente's change to the cent
     * ({@link Uitkeringsfactor#effect}).
     *
     * @return one per gemeente, by its CBS code (GM0014)
     * @throws nl.fvw.FvwException when what is outside the factor is positive for a gemeente (a vast bedrag
     *         outside the factor larger than its onderdeel A)
     */
    public List<Uitkeringsfactor.Gemeente> alsUitkeringsfactorgemeenten() {
        List<Uitkeringsfactor.Gemeente> out = new ArrayList<>(specificaties.size());
        for (Specificatie s : specificaties) {
            out.add(new Uitkeringsfactor.Gemeente(s.gemeente().code(), Amounts.eur(s.uitkeringsbasis()),
                    Amounts.eur(Verdeling.OP_DE_CENT.round(s.onderdeelA().add(s.buitenFactor())))));
        }
        return out;
    }
}
