package nl.fvw.normering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Input;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.param.Parameter;
import nl.fvw.param.ParameterValue;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The kortingen on a fund per year as known at a stand: the sum of what the rules apply to that
 * year, each the rule's own amount or the value of a dated parameter decided at or before the stand
 * (normering.md §3: the opschalingskorting).
 */
final class Kortingen {
    private final Normeringsinvoer in;
    /** The rules' kortingen by fund and year, in the order the rules gave them. */
    private final Map<FondsJaarStand, List<Kortingsbesluit>> besluiten = new HashMap<>();
    private final boolean explain;
    /** Without explanations, the kortingen per fund and stand once worked out: the same for every input it is shared with. */
    private final Map<Map.Entry<Fonds, Stand>, Map<BudgetYear, Bedragfiguur>> bekend = new ConcurrentHashMap<>();

    Kortingen(Normeringsinvoer in, List<Kortingsbesluit> besluiten, boolean explain) {
        this.in = in;
        for (Kortingsbesluit k : besluiten) {
            this.besluiten.computeIfAbsent(FondsJaarStand.of(k.fonds(), k.jaar()), x -> new ArrayList<>()).add(k);
        }
        this.explain = explain;
    }

    private Kortingen(Normeringsinvoer in, Map<FondsJaarStand, List<Kortingsbesluit>> besluiten, boolean explain) {
        this.in = in;
        this.besluiten.putAll(besluiten);
        this.explain = explain;
    }

    /**
     * These kortingen for another input: the same, shared, when that input has the same parameters and
     * ranges (all {@link #van} reads of it); else its own.
     */
    Kortingen voor(Normeringsinvoer other) {
        return other.parameters() == in.parameters() && other.zelfdeBereik(in) ? this : new Kortingen(other, this.besluiten, explain);
    }

    /** Per year of the stand's range with a korting, the total as a figure. */
    Map<BudgetYear, Bedragfiguur> van(Fonds f, Stand s) {
        if (explain) {
            return bereken(f, s);
        }
        Map.Entry<Fonds, Stand> k = Map.entry(f, s);
        Map<BudgetYear, Bedragfiguur> known = bekend.get(k);
        if (known == null) {
            known = Collections.unmodifiableMap(bereken(f, s));
            bekend.putIfAbsent(k, known);
        }
        return known;
    }

    private Map<BudgetYear, Bedragfiguur> bereken(Fonds f, Stand s) {
        Standbereik scope = in.bereik(s);
        Map<BudgetYear, Bedragfiguur> out = new LinkedHashMap<>();
        for (BudgetYear y = scope.van(); !y.isAfter(scope.tot()); y = y.next()) {
            BigDecimal total = BigDecimal.ZERO;
            Explanation.Builder kb = explain ? Explanation.builder(f.code() + " korting " + y + " stand " + s)
                    .formula("som van de kortingen die regels op dit jaar toepassen") : Explanation.off();
            boolean any = false;
            for (Kortingsbesluit k : besluiten.getOrDefault(FondsJaarStand.of(f, y), List.of())) {
                BigDecimal a;
                MonetaryAmount bedrag = null;   // made for the explanation only
                Input bron = null;
                if (k.bedrag() != null) {
                    Amounts.requireSameCurrency(Amounts.EUR, k.bedrag().getCurrency(), "addition");
                    a = Amounts.value(k.bedrag());
                    if (explain) {
                        bedrag = k.bedrag();
                        bron = new Input(k.naam() + " " + y, Value.mln(bedrag), null,
                                "regel " + k.regel().id() + ": " + k.regel().source());
                    }
                } else {
                    if (!in.parameters().has(k.naam())) {
                        throw new FvwException("Rule " + k.regel().id() + " applies the korting '" + k.naam() + "' to the "
                                + f.naam() + " " + y + ", but no parameter '" + k.naam() + "' is given (not shipped with"
                                + " the rules, not in the scenario's parameter files)");
                    }
                    Parameter p = in.parameters().get(k.naam());
                    if (!p.knows(y, s)) {
                        continue; // not yet decided at s
                    }
                    a = p.amountValueFor(y, s);
                    if (explain) {
                        ParameterValue v = p.decisionFor(y, s);
                        bedrag = Amounts.eur(a);
                        bron = new Input(k.naam() + " " + y, Value.mln(bedrag), v.decidedAt(), v.source());
                    }
                }
                total = Amounts.addValues(total, a);
                any = true;
                kb.child(explain ? Explanation.builder(k.naam() + " " + y).rule(k.regel()).value(Value.mln(bedrag))
                        .input(bron).build() : Explanation.none());
            }
            if (any) {
                Explanation e = explain ? kb.value(Value.mln(Amounts.eur(total))).build() : Explanation.none();
                out.put(y, new Bedragfiguur(new FigureName(f.code(), "korting", y, s), total, Amounts.EUR, e));
            }
        }
        return out;
    }
}
