package nl.fvw.bundeling;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.money.MonetaryAmount;

import nl.fvw.explain.Explanation;
import nl.fvw.time.BudgetYear;

/**
 * One year of a bundling: the SPUK budgets, the amount transferred after the korting, the
 * overgangsbudget (zero when the ingroeipad is budget-neutral), every recipient's effect, and the
 * summaries: by size class, winners and losers, percentiles of the effect per inwoner.
 *
 * <pre>{@code
 * Bundelingsjaar j = FvwEngine.shipped().bundel(bundeling, false).jaar(BudgetYear.of(2027));
 * System.out.println(j.winnaars() + " winnaars, " + j.verliezers() + " verliezers, P50 " + j.percentielen().get(50));
 * }</pre>
 */
public record Bundelingsjaar(BudgetYear jaar, MonetaryAmount spukBudget, MonetaryAmount overgeheveld,
        MonetaryAmount overgangsbudget, BigDecimal cap, List<Herverdeeleffect> effecten,
        Map<String, MonetaryAmount> perGrootteklasse, int winnaars, int verliezers, Map<Integer, BigDecimal> percentielen,
        Explanation explanation) {
}
