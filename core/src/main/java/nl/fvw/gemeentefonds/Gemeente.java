package nl.fvw.gemeentefonds;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A gemeente in one circulaire's data: its CBS code, name and provincie, its classes (size and
 * urbanity, from gemeenteklassen), the volume of every maatstaf (in the circulaire's maatstaf order)
 * and the amount of every integratie- and decentralisatie-uitkering (in the circulaire's order; null
 * where the data gives none).
 *
 * @param cbs the gemeentecode without prefix, such as 14
 * @param naam the name as in the data
 * @param provincie the provincie's name
 * @param grootteklasse the size class, such as "100.000 tot 150.000 inwoners"
 * @param stedelijkheid the urbanity class, such as "Sterkstedelijk"
 * @param inwoners the volume of the maatstaf inwoners
 * @param volumes the volume of each maatstaf
 * @param uitkeringen the amount (euro) of each integratie- and decentralisatie-uitkering, null where none is given
 */
public record Gemeente(int cbs, String naam, String provincie, String grootteklasse, String stedelijkheid,
        BigDecimal inwoners, List<BigDecimal> volumes, List<BigDecimal> uitkeringen) {
    /**
     * Checks the components and copies the lists.
     *
     * @param cbs the code
     * @param naam the name
     * @param provincie the provincie
     * @param grootteklasse the size class
     * @param stedelijkheid the urbanity class
     * @param inwoners the inwoners
     * @param volumes the volumes
     * @param uitkeringen the IU/DU amounts
     */
    public Gemeente {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(inwoners, "inwoners");
        volumes.forEach(v -> Objects.requireNonNull(v, "volume"));
        volumes = DecimalRow.of(volumes);
        uitkeringen = DecimalRow.of(uitkeringen);
    }

    /**
     * The code as CBS writes it.
     *
     * @return such as {@code GM0014}
     */
    public String code() {
        return code(cbs);
    }

    /**
     * The code as CBS writes it.
     *
     * @param cbs the number
     * @return such as {@code GM0014}
     */
    public static String code(int cbs) {
        return String.format("GM%04d", cbs);
    }
}
