package nl.fvw.scenario;

import java.math.BigDecimal;
import java.util.Objects;

import nl.fvw.explain.FigureName;

/**
 * A published figure a scenario must reproduce: the figure's name, the value as published
 * (in the unit the figure is printed in: percent for an accres %), the tolerance and why that
 * tolerance is right, and the source.
 *
 * <pre>{@code
 * Controle c = new Controle(FigureName.parse("accres 2014 stand Miljoenennota 2012"), new BigDecimal("2.42"),
 *         new BigDecimal("0.01"), "de bron telt onafgeronde delen op", "Miljoenennota 2012, tabel 9.1");
 * boolean klopt = c.accepts(new BigDecimal("2.41"));   // true
 * }</pre>
 */
public record Controle(FigureName figuur, BigDecimal gepubliceerd, BigDecimal tolerantie, String reden, String bron) {
    /**
     * Checks the components.
     *
     * @param figuur the figure checked
     * @param gepubliceerd the figure as published (an accres % in percent, an amount in the file's unit)
     * @param tolerantie the largest difference accepted
     * @param reden why that tolerance is honest
     * @param bron where the figure is published
     */
    public Controle {
        Objects.requireNonNull(figuur, "figuur");
        Objects.requireNonNull(gepubliceerd, "gepubliceerd");
        Objects.requireNonNull(tolerantie, "tolerantie");
        Objects.requireNonNull(reden, "reden");
        Objects.requireNonNull(bron, "bron");
    }

    /**
     * Whether a computed figure reproduces the published one.
     *
     * @param computed the figure as fvw prints it
     * @return true when |computed − gepubliceerd| ≤ tolerantie
     */
    public boolean accepts(BigDecimal computed) {
        return computed.subtract(gepubliceerd).abs().compareTo(tolerantie) <= 0;
    }
}
