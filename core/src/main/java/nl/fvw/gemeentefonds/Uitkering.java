package nl.fvw.gemeentefonds;

import java.util.Objects;

/**
 * An integratie- or decentralisatie-uitkering as the circulaire's Gewichten name it, with the cluster
 * it belongs to. Its amounts per gemeente come from the SIUDU file; they are outside the
 * uitkeringsfactor (Fvw art. 13).
 *
 * @param naam its name in Gewichten
 * @param cluster the index of its cluster in the circulaire, or -1 when Gewichten puts it in none
 * @param kolom its column in SIUDU, or null when the data gives no amounts per gemeente for it
 */
public record Uitkering(String naam, int cluster, String kolom) {
    /**
     * Checks the name.
     *
     * @param naam the name
     * @param cluster the cluster index, or -1
     * @param kolom the SIUDU column, or null
     */
    public Uitkering {
        Objects.requireNonNull(naam, "naam");
    }
}
