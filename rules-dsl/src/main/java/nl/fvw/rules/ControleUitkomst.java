package nl.fvw.rules;

import java.math.BigDecimal;

import nl.fvw.scenario.Controle;

/** A published figure against what fvw computed, both as printed, and whether they agree within the tolerance. */
public record ControleUitkomst(Controle controle, BigDecimal berekend, boolean klopt) {
    public BigDecimal verschil() {
        return berekend.subtract(controle.gepubliceerd());
    }
}
