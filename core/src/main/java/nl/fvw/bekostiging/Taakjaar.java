package nl.fvw.bekostiging;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;

import javax.money.MonetaryAmount;

import nl.fvw.explain.Explanation;
import nl.fvw.time.BudgetYear;

/**
 * One year of a task: the nominal costs per kind, the net claim, its split over the tiers and
 * within them, the compensation, and the gap (claim − compensation), also cumulative and as a
 * fraction of the claim (null where the claim is zero).
 *
 * <pre>{@code
 * for (Taakjaar j : FvwEngine.shipped().beoordeel(taak, false).jaren()) {
 *     System.out.println(j.jaar() + ": gat " + Value.mln(j.gat()));
 * }
 * }</pre>
 */
public record Taakjaar(BudgetYear jaar, BigDecimal indexfactor, Map<Kostensoort, MonetaryAmount> kosten,
        MonetaryAmount claim, Map<Bestuurslaag, MonetaryAmount> perLaag,
        Map<Bestuurslaag, SortedMap<String, MonetaryAmount>> perOntvanger, MonetaryAmount compensatie,
        MonetaryAmount gat, MonetaryAmount gatCumulatief, BigDecimal gatFractie, Explanation explanation) {
}
