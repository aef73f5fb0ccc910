package nl.fvw.rules;

import java.util.List;

import nl.fvw.FvwException;
import nl.fvw.normering.Uitgavenaggregaat;

/**
 * What the normering rules work on: the spending aggregates (NGRU, ARU) at their stands.
 *
 * <pre>{@code
 * NormeringInput in = NormeringInput.of(List.of(Uitgavenaggregaat.of("NGRU", stand, bron, series)));
 * }</pre>
 */
public record NormeringInput(List<Uitgavenaggregaat> aggregaten) {
    public NormeringInput {
        aggregaten = List.copyOf(aggregaten);
        for (int i = 0; i < aggregaten.size(); i++) {
            for (int j = 0; j < i; j++) {
                Uitgavenaggregaat a = aggregaten.get(i);
                Uitgavenaggregaat b = aggregaten.get(j);
                if (a.getNaam().equals(b.getNaam()) && a.getStand().equals(b.getStand())) {
                    throw new FvwException("Aggregate " + a.getNaam() + " is given twice at stand " + a.getStand());
                }
            }
        }
    }

    public static NormeringInput of(List<Uitgavenaggregaat> aggregaten) {
        return new NormeringInput(aggregaten);
    }
}
