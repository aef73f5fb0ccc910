package nl.fvw.normering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import nl.fvw.FvwException;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The spending aggregates of one computation by name and stand: as given, or summed from the
 * spending items less the items the rules excluded (normering.md §1).
 */
final class Aggregaten {
    private final Map<String, NavigableMap<Stand, Uitgavenaggregaat>> byName = new HashMap<>();

    Aggregaten(Normeringsinvoer in, List<Uitsluiting> uitsluitingen) {
        for (Uitgavenaggregaat a : in.aggregaten()) {
            byName.computeIfAbsent(a.getNaam(), n -> new TreeMap<>()).put(a.getStand(), a);
        }
        Map<String, List<Uitgavenpost>> groups = new LinkedHashMap<>();
        for (Uitgavenpost p : in.posten()) {
            groups.computeIfAbsent(p.getAggregaat() + "\u0000" + p.getStand(), k -> new ArrayList<>()).add(p);
        }
        for (List<Uitgavenpost> group : groups.values()) {
            Uitgavenpost first = group.get(0);
            NavigableMap<Stand, Uitgavenaggregaat> byStand = byName.computeIfAbsent(first.getAggregaat(), n -> new TreeMap<>());
            if (byStand.containsKey(first.getStand())) {
                throw new FvwException(first.getAggregaat() + " at stand " + first.getStand()
                        + " is given both as an aggregate and as items");
            }
            byStand.put(first.getStand(), Uitgavenaggregaat.fromPosten(first.getAggregaat(), first.getStand(), group,
                    uitsluitingen));
        }
    }

    /**
     * The aggregate {@code naam} of the latest stand at or before {@code s} that gives both {@code y}
     * and the year before, so that both years come from one stand.
     *
     * @throws FvwException naming the rule, aggregate, year and stand when there is none
     */
    Uitgavenaggregaat voorGroei(String naam, BudgetYear y, Stand s, String rule) {
        NavigableMap<Stand, Uitgavenaggregaat> byStand = byName.get(naam);
        if (byStand != null) {
            for (Uitgavenaggregaat a : byStand.headMap(s, true).descendingMap().values()) {
                if (a.getWaarden().contains(y) && a.getWaarden().contains(y.previous())) {
                    return a;
                }
            }
        }
        throw new FvwException("Rule " + rule + " computes the accres " + y + " at stand " + s + " from the " + naam
                + ", but no " + naam + " for " + y.previous() + " and " + y + " is known at that stand"
                + (byStand == null ? " (no " + naam + " is given)" : " (given at: " + byStand.keySet() + ")"));
    }

    /** Every aggregate, each name's in stand order. */
    List<Uitgavenaggregaat> all() {
        List<Uitgavenaggregaat> out = new ArrayList<>();
        byName.values().forEach(m -> out.addAll(m.values()));
        return out;
    }
}
