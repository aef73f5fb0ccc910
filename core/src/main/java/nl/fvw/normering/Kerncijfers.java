package nl.fvw.normering;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The accres % and the levels of one stand as values, without figures or explanations: what a run
 * that reports only these needs, such as a Monte Carlo draw. Each value is that of the figure
 * {@link Normeringsrekening#bereken(Stand)} gives, to the scale.
 *
 * @param stand the stand
 * @param accressen the accres % of the stand, one for both funds where they are computed the same way
 *                  (its fund is then null), as the outcome has them
 * @param niveaus per fund the level per year, the value of its amount in euro
 */
public record Kerncijfers(Stand stand, List<AccresPercentage> accressen, Map<Fonds, SortedMap<BudgetYear, BigDecimal>> niveaus) {
    /**
     * Checks and copies the components.
     *
     * @param stand the stand
     * @param accressen the accres % of the stand
     * @param niveaus per fund the level per year
     */
    public Kerncijfers {
        Objects.requireNonNull(stand, "stand");
        accressen = List.copyOf(accressen);
        EnumMap<Fonds, SortedMap<BudgetYear, BigDecimal>> n = new EnumMap<>(Fonds.class);
        niveaus.forEach((f, m) -> n.put(f, Collections.unmodifiableSortedMap(new TreeMap<>(m))));
        niveaus = Collections.unmodifiableMap(n);
    }
}
