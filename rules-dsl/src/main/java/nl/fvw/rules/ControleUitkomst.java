package nl.fvw.rules;

import java.math.BigDecimal;

import nl.fvw.scenario.Controle;

/**
 * A published figure against what fvw computed, both as printed, and whether they agree within the tolerance.
 *
 * <pre>{@code
 * for (ControleUitkomst c : ScenarioRunner.run(scenario, false).controles()) {
 *     System.out.println(c.controle().figuur() + (c.klopt() ? " klopt" : " wijkt af: " + c.verschil()));
 * }
 * }</pre>
 *
 * @param controle the published figure with its tolerance and source
 * @param berekend what fvw computed, as printed
 * @param klopt whether they agree within the tolerance
 */
public record ControleUitkomst(Controle controle, BigDecimal berekend, boolean klopt) {
    /**
     * How far the computed figure is from the published one.
     *
     * @return berekend − gepubliceerd
     */
    public BigDecimal verschil() {
        return berekend.subtract(controle.gepubliceerd());
    }
}
