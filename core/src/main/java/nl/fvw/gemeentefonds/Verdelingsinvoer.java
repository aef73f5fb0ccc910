package nl.fvw.gemeentefonds;

import java.util.Objects;

/**
 * A scenario's algemene uitkering: the circulaire to compute, the earlier circulaire to compare it
 * with (or null), the named choices and the herindelingen between them.
 *
 * @param circulaire the circulaire
 * @param vorige the earlier circulaire, or null
 * @param keuzes the named choices
 * @param herindelingen the mergers between the two
 */
public record Verdelingsinvoer(Circulaire circulaire, Circulaire vorige, AuKeuzes keuzes, Herindelingen herindelingen) {
    /**
     * Checks the components.
     *
     * @param circulaire the circulaire
     * @param vorige the earlier one, or null
     * @param keuzes the choices
     * @param herindelingen the mergers
     */
    public Verdelingsinvoer {
        Objects.requireNonNull(circulaire, "circulaire");
        Objects.requireNonNull(keuzes, "keuzes");
        Objects.requireNonNull(herindelingen, "herindelingen");
    }
}
