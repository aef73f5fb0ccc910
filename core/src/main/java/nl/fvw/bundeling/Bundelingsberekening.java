package nl.fvw.bundeling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.Input;
import nl.fvw.explain.Value;
import nl.fvw.money.Allocation;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;
import nl.fvw.money.RoundingUnit;
import nl.fvw.money.SumPreservingRounding;
import nl.fvw.time.BudgetYear;

/**
 * The arithmetic of a bundling (bundeling.md), per year t:
 * <pre>
 * overgeheveld_t = (1 − efficiencykorting) × Σ budget_spuk,t                       (to the cent)
 * oud_g,t        = Σ_spuk budget_spuk,t split by the historic allocation, herindelingen applied
 * historisch_g   = overgeheveld_t split by oud_g,t  (the historic amount after the korting)
 * nieuw_g        = overgeheveld_t split by the new key: (1 − h) objective (Σ eenheden × bedrag) + h historic
 * volledig_g     = nieuw_g − historisch_g                                           (Σ = 0)
 * toegepast_g    = volledig_g capped at C(t) × inwoners_g by the ingroeipad, financed budget-neutrally
 *                  (Σ = 0) or from an overgangsbudget (Σ = the budget)
 * allocatie_g    = historisch_g + toegepast_g
 * </pre>
 * Every split is sum-preserving to the cent ({@link Allocation}); nothing is lost or created.
 * Recipients are taken in CBS-code order, so the result does not depend on the order given.
 */
public final class Bundelingsberekening {
    /** The amount transferred is booked in whole cents. */
    public static final RoundingStep OP_DE_CENT = new RoundingStep("overgeheveld op de cent", RoundingUnit.CENT,
            RoundingMode.HALF_UP, "bundeling.md: overgeheveld_t = (1 − efficiencykorting) × Σ budget; bedragen in centen");

    /** Size classes of gemeenten by inwoners, for the summaries. */
    static final int[] KLASSEN = {20_000, 50_000, 100_000, 250_000};

    private Bundelingsberekening() {
    }

    /**
     * Computes a bundling: per year the budget, the transfer after korting, the new allocation,
     * every recipient's effect against its historic amount, the ingroeipad, and the summaries.
     *
     * @param b the bundling
     * @param ingroeipad the phase-in the rules decided, or null for the full effect at once
     * @param regel the rule that decided the ingroeipad (null when there is none), for the explanation
     * @param explain false for bulk runs
     * @return the outcome per year
     */
    public static Bundelingsuitkomst bereken(Bundeling b, Ingroeipad ingroeipad, nl.fvw.explain.RuleRef regel,
            boolean explain) {
        Map<String, Ontvanger> byCode = new TreeMap<>();
        b.ontvangers().forEach(o -> byCode.put(o.code(), o));
        List<Bundelingsjaar> jaren = new ArrayList<>();
        for (BudgetYear t = b.startjaar(); !t.isAfter(b.totJaar()); t = t.next()) {
            jaren.add(year(b, ingroeipad, regel, byCode, t, explain));
        }
        return new Bundelingsuitkomst(b, ingroeipad, jaren, nl.fvw.explain.Provenance.of(java.util.Map.of()));
    }

    private static Bundelingsjaar year(Bundeling b, Ingroeipad pad, nl.fvw.explain.RuleRef regel,
            Map<String, Ontvanger> byCode, BudgetYear t, boolean explain) {
        MonetaryAmount spukBudget = Amounts.zeroEur();
        Map<String, BigDecimal> oud = new TreeMap<>();
        for (Spuk s : b.spuks()) {
            MonetaryAmount budget = s.budget(t);
            spukBudget = Amounts.add(spukBudget, budget);
            Map<String, BigDecimal> weights = herindeel(s, b, byCode, t);
            for (Map.Entry<String, MonetaryAmount> e : Allocation.split(budget, weights, RoundingUnit.CENT).entrySet()) {
                oud.merge(e.getKey(), Amounts.value(e.getValue()), BigDecimal::add);
            }
        }
        for (String code : byCode.keySet()) {
            oud.putIfAbsent(code, BigDecimal.ZERO);
        }
        Explanation.Builder eb = explain ? Explanation.builder("bundeling " + b.naam() + " " + t) : Explanation.off();
        if (regel != null) {
            eb.rule(regel);
        }
        MonetaryAmount overgeheveld = eb.round(OP_DE_CENT, Amounts.multiply(spukBudget,
                BigDecimal.ONE.subtract(b.efficiencykorting())));
        SortedMap<String, MonetaryAmount> historisch = Allocation.split(overgeheveld, oud, RoundingUnit.CENT);
        SortedMap<String, MonetaryAmount> nieuw = nieuw(b, byCode, oud, overgeheveld);
        Map<String, BigDecimal> volledig = new LinkedHashMap<>();
        Map<String, BigDecimal> cap = new HashMap<>();
        BigDecimal c = pad == null ? null : pad.cap(t.value() - b.startjaar().value());
        for (String code : byCode.keySet()) {
            volledig.put(code, Amounts.value(nieuw.get(code)).subtract(Amounts.value(historisch.get(code))));
            if (pad != null) {
                cap.put(code, c.multiply(byCode.get(code).inwoners(t)));
            } else {
                byCode.get(code).inwoners(t);
            }
        }
        Map<String, BigDecimal> toegepast = pad == null ? volledig : ingroei(volledig, cap, pad);
        List<String> codes = new ArrayList<>(toegepast.keySet());
        BigDecimal target = pad == null || pad.financiering() == Ingroeipad.Financiering.BUDGETNEUTRAAL ? BigDecimal.ZERO
                : toegepast.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        List<BigDecimal> rounded = SumPreservingRounding.roundTo(codes.stream().map(toegepast::get).toList(), target,
                RoundingUnit.CENT.quantum());
        List<Herverdeeleffect> effects = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Ontvanger o = byCode.get(codes.get(i));
            BigDecimal inw = o.inwoners(t);
            MonetaryAmount applied = Amounts.eur(rounded.get(i));
            MonetaryAmount full = Amounts.eur(volledig.get(o.code()));
            effects.add(new Herverdeeleffect(o.code(), o.naam(), inw, historisch.get(o.code()), nieuw.get(o.code()), full,
                    volledig.get(o.code()).divide(inw, Amounts.MATH_CONTEXT), applied,
                    rounded.get(i).divide(inw, Amounts.MATH_CONTEXT), Amounts.add(historisch.get(o.code()), applied)));
        }
        MonetaryAmount overgang = Amounts.eur(target);
        if (eb.isOn()) {
            eb.formula(Value.phrase("overgeheveld = (1 − efficiencykorting) × Σ budget SPUKs; nieuw per ontvanger naar de"
                    + " sleutel (", Value.decimal(b.sleutel().aandeelHistorisch().movePointRight(2).stripTrailingZeros()),
                    " % historisch); effect = nieuw − historisch na korting",
                    pad == null ? "" : Value.phrase("; ingroeipad: ten hoogste ", Value.euro(Amounts.eur(c)),
                            " per inwoner (cumulatief), " + (pad.ookVoordeel() ? "voor- en nadeel" : "alleen nadeel") + ", "
                            + pad.financiering().name().toLowerCase(java.util.Locale.ROOT))))
                    .input(new Input("Σ budget SPUKs " + t, Value.mln(spukBudget), null,
                            String.join("; ", b.spuks().stream().map(s -> s.naam() + ": " + s.bron()).toList())))
                    .input(new Input("efficiencykorting", Value.rate(b.efficiencykorting()), null, b.bron()))
                    .value(Value.phrase(Value.mln(overgeheveld), " overgeheveld", target.signum() == 0 ? ""
                            : Value.phrase(", overgangsbudget ", Value.mln(overgang))));
        }
        return summarize(t, spukBudget, overgeheveld, overgang, c, effects, eb.build());
    }

    /** The historic weights of one SPUK mapped onto the recipients of year t through the herindelingen. */
    private static Map<String, BigDecimal> herindeel(Spuk s, Bundeling b, Map<String, Ontvanger> byCode, BudgetYear t) {
        Map<String, String> to = new HashMap<>();
        List<Herindeling> sorted = new ArrayList<>(b.herindelingen());
        sorted.sort(Comparator.comparing(Herindeling::jaar));
        for (Herindeling h : sorted) {
            if (!h.jaar().isAfter(t)) {
                for (String v : h.van()) {
                    to.put(v, h.naar());
                }
            }
        }
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> e : s.historisch().entrySet()) {
            String code = e.getKey();
            while (to.containsKey(code)) {
                code = to.get(code);
            }
            if (!byCode.containsKey(code)) {
                throw new FvwException("SPUK '" + s.naam() + "': historic recipient " + e.getKey()
                        + (code.equals(e.getKey()) ? "" : " (now " + code + ")") + " is not a recipient in " + t
                        + "; add it, or a herindeling that merges it");
            }
            out.merge(code, e.getValue(), BigDecimal::add);
        }
        return out;
    }

    private static SortedMap<String, MonetaryAmount> nieuw(Bundeling b, Map<String, Ontvanger> byCode,
            Map<String, BigDecimal> oud, MonetaryAmount overgeheveld) {
        BigDecimal h = b.sleutel().aandeelHistorisch();
        SortedMap<String, MonetaryAmount> parts = Allocation.split(overgeheveld,
                Map.of("objectief", BigDecimal.ONE.subtract(h), "historisch", h), RoundingUnit.CENT);
        SortedMap<String, MonetaryAmount> out = new TreeMap<>();
        if (h.signum() > 0) {
            Allocation.split(parts.get("historisch"), oud, RoundingUnit.CENT).forEach((k, v) -> out.merge(k, v, Amounts::add));
        }
        if (h.compareTo(BigDecimal.ONE) < 0) {
            Map<String, BigDecimal> objective = new TreeMap<>();
            for (Ontvanger o : byCode.values()) {
                BigDecimal w = BigDecimal.ZERO;
                for (Map.Entry<String, MonetaryAmount> m : b.sleutel().bedragPerEenheid().entrySet()) {
                    BigDecimal units = o.eenheden().get(m.getKey());
                    if (units == null) {
                        throw new FvwException("Recipient " + o.code() + " has no eenheden for maatstaf '" + m.getKey() + "'");
                    }
                    w = w.add(units.multiply(Amounts.value(m.getValue())));
                }
                objective.put(o.code(), w);
            }
            Allocation.split(parts.get("objectief"), objective, RoundingUnit.CENT).forEach((k, v) -> out.merge(k, v, Amounts::add));
        }
        for (String code : byCode.keySet()) {
            out.putIfAbsent(code, Amounts.zeroEur());
        }
        return out;
    }

    /**
     * Caps the effects at the cap per recipient and finances the capping: budget-neutral scales the
     * uncapped side pro rata so the effects sum to zero; an overgangsbudget leaves the sum positive.
     */
    static Map<String, BigDecimal> ingroei(Map<String, BigDecimal> full, Map<String, BigDecimal> cap, Ingroeipad pad) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : full.entrySet()) {
            BigDecimal v = e.getValue();
            BigDecimal limit = cap.get(e.getKey());
            if (v.signum() < 0 && v.negate().compareTo(limit) > 0) {
                v = limit.negate();
            } else if (v.signum() > 0 && pad.ookVoordeel() && v.compareTo(limit) > 0) {
                v = limit;
            }
            out.put(e.getKey(), v);
        }
        if (pad.financiering() == Ingroeipad.Financiering.OVERGANGSBUDGET) {
            return out;
        }
        BigDecimal gains = out.values().stream().filter(v -> v.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal losses = out.values().stream().filter(v -> v.signum() < 0).reduce(BigDecimal.ZERO, BigDecimal::add).negate();
        if (gains.compareTo(losses) == 0) {
            return out;
        }
        boolean scaleGains = gains.compareTo(losses) > 0;
        BigDecimal factor = scaleGains ? losses.divide(gains, Amounts.MATH_CONTEXT) : gains.divide(losses, Amounts.MATH_CONTEXT);
        out.replaceAll((k, v) -> (scaleGains ? v.signum() > 0 : v.signum() < 0) ? v.multiply(factor, Amounts.MATH_CONTEXT) : v);
        return out;
    }

    private static Bundelingsjaar summarize(BudgetYear t, MonetaryAmount spukBudget, MonetaryAmount overgeheveld,
            MonetaryAmount overgang, BigDecimal cap, List<Herverdeeleffect> effects, Explanation e) {
        Map<String, MonetaryAmount> perKlasse = new LinkedHashMap<>();
        for (String k : klassen()) {
            perKlasse.put(k, Amounts.zeroEur());
        }
        int winners = 0;
        int losers = 0;
        List<BigDecimal> perInwoner = new ArrayList<>();
        for (Herverdeeleffect h : effects) {
            perKlasse.merge(klasse(h.inwoners()), h.toegepast(), Amounts::add);
            int sign = Amounts.value(h.toegepast()).signum();
            winners += sign > 0 ? 1 : 0;
            losers += sign < 0 ? 1 : 0;
            perInwoner.add(h.toegepastPerInwoner());
        }
        perInwoner.sort(null);
        Map<Integer, BigDecimal> pct = new LinkedHashMap<>();
        for (int p : new int[] {10, 25, 50, 75, 90}) {
            int rank = (p * perInwoner.size() + 99) / 100;
            pct.put(p, perInwoner.get(Math.max(0, rank - 1)));
        }
        return new Bundelingsjaar(t, spukBudget, overgeheveld, overgang, cap, effects, perKlasse, winners, losers, pct, e);
    }

    static List<String> klassen() {
        List<String> out = new ArrayList<>();
        out.add("< 20.000");
        out.add("20.000-50.000");
        out.add("50.000-100.000");
        out.add("100.000-250.000");
        out.add(">= 250.000");
        return out;
    }

    static String klasse(BigDecimal inwoners) {
        for (int i = 0; i < KLASSEN.length; i++) {
            if (inwoners.compareTo(BigDecimal.valueOf(KLASSEN[i])) < 0) {
                return klassen().get(i);
            }
        }
        return klassen().get(KLASSEN.length);
    }
}
