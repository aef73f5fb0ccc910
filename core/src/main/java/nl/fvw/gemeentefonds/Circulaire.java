package nl.fvw.gemeentefonds;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The model data of one circulaire of the Gemeentefonds for one uitkeringsjaar: the clusters, the
 * maatstaven with their bedragen per eenheid, the integratie- and decentralisatie-uitkeringen, every
 * gemeente with its volumes and amounts, and the uitkeringsfactor as published. Read with
 * {@link CirculaireLezer}.
 *
 * @param naam such as "meicirculaire 2024"
 * @param code the data's name, such as {@code M2024_2025}
 * @param uitkeringsjaar the year the amounts are for
 * @param clusters the clusters, in the data's order
 * @param maatstaven the maatstaven
 * @param uitkeringen the integratie- and decentralisatie-uitkeringen
 * @param gemeenten every gemeente, in the data's order
 * @param uitkeringsfactor the published factor (three decimals)
 * @param bron where the data and the factor come from
 * @param exponenten the cells written with a power of ten (file:line:column, column name, text), read as written
 */
public record Circulaire(String naam, String code, int uitkeringsjaar, List<String> clusters, List<Maatstaf> maatstaven,
        List<Uitkering> uitkeringen, List<Gemeente> gemeenten, BigDecimal uitkeringsfactor, String bron,
        List<String> exponenten) {
    /**
     * Checks the components and copies the lists.
     *
     * @param naam the name
     * @param code the data's name
     * @param uitkeringsjaar the year
     * @param clusters the clusters
     * @param maatstaven the maatstaven
     * @param uitkeringen the IU/DU
     * @param gemeenten the gemeenten
     * @param uitkeringsfactor the factor
     * @param bron the source
     * @param exponenten the cells with a power of ten
     */
    public Circulaire {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(uitkeringsfactor, "uitkeringsfactor");
        clusters = List.copyOf(clusters);
        maatstaven = List.copyOf(maatstaven);
        uitkeringen = List.copyOf(uitkeringen);
        gemeenten = List.copyOf(gemeenten);
        exponenten = List.copyOf(exponenten);
    }

    /**
     * The gemeente with this code.
     *
     * @param cbs the CBS number
     * @return the gemeente, or null
     */
    public Gemeente gemeente(int cbs) {
        for (Gemeente g : gemeenten) {
            if (g.cbs() == cbs) {
                return g;
            }
        }
        return null;
    }

    /**
     * The gemeente with this name (as in the data, case-insensitive).
     *
     * @param naam the name
     * @return the gemeente, or null
     */
    public Gemeente gemeente(String naam) {
        for (Gemeente g : gemeenten) {
            if (g.naam().equalsIgnoreCase(naam)) {
                return g;
            }
        }
        return null;
    }

    /**
     * This circulaire with another uitkeringsfactor (for a what-if).
     *
     * @param uf the factor
     * @return the same data with that factor
     */
    public Circulaire withUitkeringsfactor(BigDecimal uf) {
        return new Circulaire(naam, code, uitkeringsjaar, clusters, maatstaven, uitkeringen, gemeenten, uf, bron, exponenten);
    }
}
