package nl.fvw.scenario;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.input.Node;
import nl.fvw.money.AmountUnit;
import nl.fvw.normering.Trancheprofielen;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandRates;
import nl.fvw.time.StandSeries;
import nl.fvw.time.YearSeries;

/**
 * The mappings a scenario writes its figures in: years to amounts, stands to such series, stands
 * to rates in percent, years to counts. Single values are read by {@link Node.Scalar}.
 */
final class Reeksen {
    private Reeksen() {
    }

    /** A year → amount mapping in the file's unit; the years must be contiguous. */
    static YearSeries series(Node node, AmountUnit unit) {
        Node.Map m = node.asMap();
        if (m.keys().isEmpty()) {
            throw m.error("no years; expected a mapping of years to amounts, like {2024: 100.5}");
        }
        TreeMap<BudgetYear, MonetaryAmount> values = yearAmounts(m, unit);
        BudgetYear expected = values.firstKey();
        for (BudgetYear y : values.keySet()) {
            if (!y.equals(expected)) {
                throw m.error("year " + expected + " is missing (the years run " + values.firstKey() + "-"
                        + values.lastKey() + "; every year in between needs an amount)");
            }
            expected = expected.next();
        }
        return YearSeries.of(values);
    }

    /** A stand → series mapping; at least one stand. */
    static StandSeries standSeries(Node node, AmountUnit unit) {
        StandSeries s = StandSeries.empty();
        for (Map.Entry<String, Node> e : node.asMap().entries().entrySet()) {
            s = s.with(standKey(e.getKey(), e.getValue()), series(e.getValue(), unit));
        }
        if (s.stands().isEmpty()) {
            throw node.error("no stands; expected a mapping of stands to series, like {\"Miljoenennota 2024\": {2024: 100}}");
        }
        return s;
    }

    /**
     * Printed tranches (or bijstellingen of them) per stand: {stand: {tranche year: amount}}, where an
     * amount may also be the tranche's profile over the years, {tranche year: {year: amount}},
     * starting in its own year: the own-year amounts per stand, and {@code profielen} with the profiles added.
     */
    static Gedrukt tranches(Node node, AmountUnit unit, Trancheprofielen.Soort soort, Trancheprofielen profielen) {
        StandSeries s = StandSeries.empty();
        for (Map.Entry<String, Node> e : node.asMap().entries().entrySet()) {
            Stand stand = standKey(e.getKey(), e.getValue());
            Node.Map perTranche = e.getValue().asMap();
            if (perTranche.keys().isEmpty()) {
                throw perTranche.error("no years; expected a mapping of tranche years to amounts, like {2024: 100.5}");
            }
            TreeMap<BudgetYear, MonetaryAmount> eigen = new TreeMap<>();
            for (Map.Entry<String, Node> t : perTranche.entries().entrySet()) {
                BudgetYear u = yearKey(t.getKey(), t.getValue());
                if (t.getValue() instanceof Node.Map) {
                    YearSeries profiel = series(t.getValue(), unit);
                    if (!profiel.firstYear().equals(u)) {
                        throw t.getValue().error("the profile of tranche " + u + " starts in " + profiel.firstYear()
                                + "; a tranche's profile starts in its own year (" + u + ")");
                    }
                    eigen.put(u, profiel.get(u));
                    profielen = profielen.with(soort, stand, u, profiel);
                } else {
                    eigen.put(u, t.getValue().asScalar().asAmount(unit));
                }
            }
            BudgetYear expected = eigen.firstKey();
            for (BudgetYear y : eigen.keySet()) {
                if (!y.equals(expected)) {
                    throw perTranche.error("year " + expected + " is missing (the tranches run " + eigen.firstKey() + "-"
                            + eigen.lastKey() + "; every year in between needs an amount)");
                }
                expected = expected.next();
            }
            s = s.with(stand, YearSeries.of(eigen));
        }
        if (s.stands().isEmpty()) {
            throw node.error("no stands; expected a mapping of stands to tranches, like {\"Miljoenennota 2024\": {2024: 100}}");
        }
        return new Gedrukt(s, profielen);
    }

    /** Printed tranches: the own-year amounts per stand, and the profiles read so far. */
    record Gedrukt(StandSeries bedragen, Trancheprofielen profielen) {
    }

    /** Rates in percent per stand and year: {bron: "…", standen: {"Miljoenennota 2024": {2024: 2.5}}}. */
    static StandRates rates(Node node, String naam) {
        Node.Map m = node.asMap().allowOnly("bron", "standen");
        StandRates r = StandRates.empty(naam, m.get("bron").asScalar().asText());
        for (Map.Entry<String, Node> e : m.get("standen").asMap().entries().entrySet()) {
            Stand stand = standKey(e.getKey(), e.getValue());
            TreeMap<BudgetYear, BigDecimal> values = new TreeMap<>();
            for (Map.Entry<String, Node> y : e.getValue().asMap().entries().entrySet()) {
                values.put(yearKey(y.getKey(), y.getValue()), y.getValue().asScalar().asPercentage());
            }
            r = r.with(stand, values);
        }
        return r;
    }

    /** A year → amount mapping in the file's unit, any years. */
    /** Amounts per year, none negative: a negative one is refused at its own key, saying {@code why}. */
    static TreeMap<BudgetYear, MonetaryAmount> nonNegativeYearAmounts(Node node, AmountUnit unit, String why) {
        return yearAmounts(node, unit, why);
    }

    static TreeMap<BudgetYear, MonetaryAmount> yearAmounts(Node node, AmountUnit unit) {
        return yearAmounts(node, unit, null);
    }

    /** Amounts per year; with {@code whyNotNegative}, a negative one is refused at its own key saying why. */
    private static TreeMap<BudgetYear, MonetaryAmount> yearAmounts(Node node, AmountUnit unit, String whyNotNegative) {
        TreeMap<BudgetYear, MonetaryAmount> out = new TreeMap<>();
        for (Map.Entry<String, Node> e : node.asMap().entries().entrySet()) {
            BudgetYear y = yearKey(e.getKey(), e.getValue());
            MonetaryAmount a = e.getValue().asScalar().asAmount(unit);
            if (whyNotNegative != null && a.isNegative()) {
                throw e.getValue().error("'" + e.getValue().asScalar().text() + "' is negative: " + whyNotNegative);
            }
            out.put(y, a);
        }
        return out;
    }

    /** A year → count mapping (volumes, hours, shares); a negative count is an error. */
    static TreeMap<BudgetYear, BigDecimal> yearNumbers(Node node) {
        TreeMap<BudgetYear, BigDecimal> out = new TreeMap<>();
        for (Map.Entry<String, Node> e : node.asMap().entries().entrySet()) {
            BudgetYear y = yearKey(e.getKey(), e.getValue());
            BigDecimal v = e.getValue().asScalar().asDecimal();
            if (v.signum() < 0) {
                throw e.getValue().error("'" + e.getValue().asScalar().text() + "' is negative; a volume counts cases");
            }
            out.put(y, v);
        }
        return out;
    }

    /** A year → rate mapping in percent. */
    static TreeMap<BudgetYear, BigDecimal> yearRates(Node node) {
        TreeMap<BudgetYear, BigDecimal> out = new TreeMap<>();
        for (Map.Entry<String, Node> e : node.asMap().entries().entrySet()) {
            out.put(yearKey(e.getKey(), e.getValue()), e.getValue().asScalar().asPercentage());
        }
        return out;
    }

    /** A mapping key that must be a budget year; an error at the value's place when it is not. */
    static BudgetYear yearKey(String key, Node value) {
        try {
            return BudgetYear.parse(key);
        } catch (FvwException e) {
            throw value.error("'" + key + "' is not a budget year (four digits, like 2024)");
        }
    }

    /** A mapping key that must be a stand; an error at the value's place when it is not. */
    static Stand standKey(String key, Node value) {
        return value.locate(() -> Stand.parse(key));
    }
}
