package nl.fvw.scenario;

import java.math.BigDecimal;
import java.util.Objects;

import nl.fvw.explain.FigureName;

/**
 * A published figure a scenario must reproduce: the figure's name, the value as published
 * (in the unit the figure is printed in: percent for an accres %), the tolerance and why that
 * tolerance is right, and the source.
 */
public record Controle(FigureName figuur, BigDecimal gepubliceerd, BigDecimal tolerantie, String reden, String bron) {
    public Controle {
        Objects.requireNonNull(figuur, "figuur");
        Objects.requireNonNull(gepubliceerd, "gepubliceerd");
        Objects.requireNonNull(tolerantie, "tolerantie");
        Objects.requireNonNull(reden, "reden");
        Objects.requireNonNull(bron, "bron");
    }

    /** Whether {@code computed} is within the tolerance of the published figure. */
    public boolean accepts(BigDecimal computed) {
        return computed.subtract(gepubliceerd).abs().compareTo(tolerantie) <= 0;
    }
}
