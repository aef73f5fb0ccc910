package nl.fvw.normering;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Input;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The level of a fund per year at a stand (normering.md §1):
 * niveau_t = basis + Σ_{u≤t} tranche_u(t) + taakmutaties_t − kortingen_t + afrekening_t + BCF_t, each
 * earlier tranche as it counts in t ({@link Profielopbouw}: its own amount unless a profile or its
 * looptijd says otherwise), the tranche of a settled year as paid (its difference follows as the
 * afrekening of the year after) and the BCF-ruimte incidental. Also the afrekeningen it books and the cumulative accres.
 */
final class Niveauopbouw {
    private final Normeringsinvoer in;
    private final Accresberekening accres;
    private final Vaststellingen vaststellingen;
    private final Afrekeningen afrekeningen;
    private final BcfBoeking bcf;
    private final Profielopbouw profielen;
    private final boolean explain;

    Niveauopbouw(Normeringsinvoer in, Accresberekening accres, Vaststellingen vaststellingen, Afrekeningen afrekeningen,
            BcfBoeking bcf, Profielopbouw profielen, boolean explain) {
        this.in = in;
        this.profielen = profielen;
        this.accres = accres;
        this.vaststellingen = vaststellingen;
        this.afrekeningen = afrekeningen;
        this.bcf = bcf;
        this.explain = explain;
    }

    /** The afrekeningen, cumulative accres and levels of fund f at stand s, given its kortingen per year. */
    List<Bedrag> figuren(Fonds f, Stand s, Map<BudgetYear, Bedragfiguur> kortingen) {
        List<Bedrag> out = new ArrayList<>();
        opbouw(f, s, kortingen, out, null);
        return out;
    }

    /**
     * The levels of fund f at stand s as values, each the value of the level {@link #figuren} gives
     * ({@link Amounts#normalize}), without making any figure: for a run that reports only levels.
     */
    SortedMap<BudgetYear, BigDecimal> waarden(Fonds f, Stand s, Map<BudgetYear, Bedragfiguur> kortingen) {
        TreeMap<BudgetYear, BigDecimal> waarden = new TreeMap<>();
        opbouw(f, s, kortingen, null, waarden);
        return waarden;
    }

    /** The levels of fund f at stand s: their figures into {@code out}, or only their values into {@code waarden}. */
    private void opbouw(Fonds f, Stand s, Map<BudgetYear, Bedragfiguur> kortingen, List<Bedrag> out,
            Map<BudgetYear, BigDecimal> waarden) {
        boolean figuren = out != null;
        Standbereik scope = in.bereik(s);
        Map<BudgetYear, Bedragfiguur> afrekening = new TreeMap<>();
        Map<BudgetYear, Bedragfiguur> bcfAfrekening = new TreeMap<>();
        for (BudgetYear y = scope.van(); !y.isAfter(scope.tot()); y = y.next()) {
            Bedragfiguur a = afrekeningen.afrekening(f, y, s);
            if (a != null) {
                afrekening.put(y.next(), a);
                if (figuren) {
                    out.add(a);
                }
            }
            Bedragfiguur b = bcf.afrekening(f, y, s);
            if (b != null) {
                bcfAfrekening.put(y.next(), b);
                if (figuren) {
                    out.add(b);
                }
            }
        }
        if (figuren && !afrekening.isEmpty()) {
            // up to the last year an afrekening is booked in, which may be the year after the stand's years
            BudgetYear tot = ((TreeMap<BudgetYear, Bedragfiguur>) afrekening).lastKey();
            tot = tot.isAfter(scope.tot()) ? tot : scope.tot();
            List<Tranche> eerder = new ArrayList<>();
            for (BudgetYear y = scope.van(); !y.isAfter(tot); y = y.next()) {
                structureel(f, y, s, eerder, afrekening, out);
                Tranche t = scope.covers(y) ? accres.tranche(f, y, s) : null;
                if (t != null) {
                    eerder.add(t);
                }
            }
        }
        Fondsinvoer fi = in.fondsen().get(f);
        if (!fi.heeftNiveau() || (fi.grondslag() == null && fi.grondslagBasis() == null
                && fi.gepubliceerdeTranches() == null)) {
            return;
        }
        boolean anyTranche = false;
        for (BudgetYear y = scope.van(); !y.isAfter(scope.tot()); y = y.next()) {
            anyTranche |= accres.tranche(f, y, s) != null;
        }
        if (!anyTranche) {
            // nothing at this stand to build a level from (only a % is known): no level, not a partial one
            return;
        }
        // sums as decimals at the amounts' precision; an amount is made only for what is reported
        MathContext mc = Amounts.MATH_CONTEXT;
        List<Eerder> eerder = new ArrayList<>();
        for (BudgetYear y = scope.van(); !y.isAfter(scope.tot()); y = y.next()) {
            Tranche t = accres.tranche(f, y, s);
            if (t == null) {
                throw new FvwException(f.naam() + ": no tranche for " + y + " at stand " + s + ", while other years of that"
                        + " stand have one, so no level");
            }
            MonetaryAmount basisBedrag = fi.niveauBasis(y, s);
            BigDecimal basis = Amounts.value(basisBedrag);
            CurrencyUnit valuta = basisBedrag.getCurrency();
            BudgetYear jaar = y;
            Amounts.requireSameCurrency(valuta, t.valuta(), () -> f.naam() + " niveau " + jaar);
            Tranche paid = null;
            if (afrekening.containsKey(y.next())) {
                paid = accres.tranche(f, y, vaststellingen.betaald(f, y));
            }
            Tranche usedT = paid == null ? t : paid;
            // the earlier tranches as they count in y (their profile), then this year's as paid or as known; each
            // less the behoedzaamheidsreserve held back while its year is not settled
            BigDecimal uit = BigDecimal.ONE.subtract(vaststellingen.reserve(f, y, paid == null ? s : paid.stand()), mc);
            BigDecimal tranchesUsedValue = maal(usedT.bedragWaarde(), uit, mc);
            boolean split = figuren && usedT.prijsWaarde() != null;   // the split is reported with the figures only
            BigDecimal cumPrijs = split ? maal(usedT.prijsWaarde(), uit, mc) : BigDecimal.ZERO;
            BigDecimal cumVolume = split ? maal(usedT.volumeWaarde(), uit, mc) : BigDecimal.ZERO;
            boolean profiel = false;
            boolean reserve = uit.compareTo(BigDecimal.ONE) != 0;
            for (Eerder er : eerder) {
                Tranche e = er.tranche();
                Profielopbouw.Jaar j = profielen.in(e, y, s, er.looptijd());
                BigDecimal eUit = er.uit();
                reserve |= eUit.compareTo(BigDecimal.ONE) != 0;
                tranchesUsedValue = tranchesUsedValue.add(maal(j.waarde(), eUit, mc), mc);
                profiel |= !j.eigen();
                if (!figuren) {
                    continue;
                }
                if (j.eigen() && e.prijsWaarde() != null) {
                    cumPrijs = cumPrijs.add(maal(e.prijsWaarde(), eUit, mc), mc);
                    cumVolume = cumVolume.add(maal(e.volumeWaarde(), eUit, mc), mc);
                } else if (j.eigen() || j.waarde().signum() != 0) {
                    split = false;   // not split, or a printed profile the source does not split; an ended tranche adds nothing to either
                }
            }
            BigDecimal tUit = paid == null ? uit : BigDecimal.ONE.subtract(vaststellingen.reserve(f, y, s), mc);
            eerder.add(new Eerder(t, profielen.looptijd(t, s), tUit));
            BigDecimal levelValue = basis.add(tranchesUsedValue, mc);
            MonetaryAmount tranchesUsed = figuren ? Amounts.of(tranchesUsedValue, valuta) : null;
            MonetaryAmount taak = Amounts.zeroEur();
            MonetaryAmount kort = Amounts.zeroEur();
            MonetaryAmount afr = Amounts.zeroEur();
            Explanation.Builder nb = figuren && explain ? Explanation.builder(f.code() + " niveau " + y + " stand " + s)
                    .formula("niveau = basis + Σ tranches t/m " + y + " + taakmutaties − kortingen + afrekening")
                    .input(new Input("basis", Value.mln(basisBedrag), fi.niveauBasisPerStand() == null ? null
                            : fi.niveauBasisPerStand().bronstand(y, s), fi.bron()))
                    .input(new Input("Σ tranches " + scope.van() + "-" + y, Value.mln(tranchesUsed), s,
                            (paid == null ? "tranches op deze stand" : "tranche " + y + " zoals betaald (stand "
                                    + paid.stand() + "); het verschil volgt als afrekening in " + y.next())
                                    + (profiel ? "; eerdere tranches zoals ze in " + y + " meetellen (profiel)" : "")
                                    + (reserve ? "; zonder de behoedzaamheidsreserve van de jaren die nog niet zijn"
                                            + " vastgesteld" : "")))
                    : Explanation.off();
            if (fi.taakmutaties() != null && fi.taakmutaties().contains(y)) {
                taak = fi.taakmutaties().get(y);
                levelValue = levelValue.add(Amounts.value(taak), mc);
                if (explain) {
                    nb.input(new Input("taakmutaties " + y, Value.mln(taak), null, fi.bron()));
                }
            }
            Bedragfiguur k = kortingen.get(y);
            if (k != null) {
                levelValue = levelValue.subtract(k.waarde(), mc);
                kort = figuren ? k.bedrag() : kort;
                nb.child(k.explanation());
            }
            Bedragfiguur a = afrekening.get(y);
            if (a != null) {
                levelValue = levelValue.add(a.waarde(), mc);
                afr = figuren ? a.bedrag() : afr;
                nb.child(a.explanation());
            }
            MonetaryAmount bcfBedrag = bcf.inLevel(f, y, s);
            if (bcfAfrekening.containsKey(y)) {
                bcfBedrag = Amounts.add(bcfBedrag, bcfAfrekening.get(y).bedrag());
                nb.child(bcfAfrekening.get(y).explanation());
            }
            if (bcf.books(y)) {
                levelValue = levelValue.add(Amounts.value(bcfBedrag), mc);
                if (explain) {
                    nb.input(new Input("BCF-ruimte " + y + " (incidenteel)", Value.mln(bcfBedrag), s, in.bcf().bron()));
                }
            } else if (fi.bcfRuimte() != null && fi.bcfRuimte().sourceStand(y, s) != null) {
                bcfBedrag = fi.bcfRuimte().knownAt(y, s);
                levelValue = levelValue.add(Amounts.value(bcfBedrag), mc);
                if (explain) {
                    nb.input(new Input("BCF-ruimte " + y + " (incidenteel, zoals gedrukt)", Value.mln(bcfBedrag),
                            fi.bcfRuimte().sourceStand(y, s), fi.bron()));
                }
            }
            if (!figuren) {
                waarden.put(y, Amounts.normalize(levelValue));
                continue;
            }
            MonetaryAmount level = Amounts.of(levelValue, valuta);
            MonetaryAmount prijsUsed = split ? Amounts.of(cumPrijs, valuta) : null;
            MonetaryAmount volumeUsed = split ? Amounts.of(cumVolume, valuta) : null;
            out.add(new Bedragfiguur(new FigureName(f.code(), "cumulatief", y, s), tranchesUsed, explain
                    ? Explanation.builder(f.code() + " cumulatief " + y + " stand " + s)
                            .formula("Σ tranches " + scope.van() + " t/m " + y + " (het cumulatieve accres)")
                            .value(Value.mln(tranchesUsed)).build() : Explanation.none()));
            out.add(new Fondsniveau(f, y, s, level, basisBedrag, tranchesUsed, prijsUsed, volumeUsed, taak, kort, afr,
                    bcfBedrag, explain ? nb.value(Value.mln(level)).build() : Explanation.none()));
        }
    }

    /**
     * The structural correction in year y of the settled earlier years: each settled tranche as it
     * counts in y now, less as it counted in y when paid (normering.md §2: the afrekening is booked
     * once incidentally and once structurally). Only where an earlier year is settled.
     */
    private void structureel(Fonds f, BudgetYear y, Stand s, List<Tranche> eerder, Map<BudgetYear, Bedragfiguur> afrekening,
            List<Bedrag> out) {
        // summed as decimals at the amounts' precision: an amount is made only for the correction
        MathContext mc = Amounts.MATH_CONTEXT;
        BigDecimal som = null;
        CurrencyUnit valuta = null;
        Explanation.Builder b = explain ? Explanation.builder(f.code() + " structurele correctie " + y + " stand " + s)
                .formula("Σ over de vastgestelde jaren u < " + y + ": tranche u in " + y + " definitief − zoals betaald")
                : Explanation.off();
        for (Tranche e : eerder) {
            if (!afrekening.containsKey(e.jaar().next())) {
                continue;
            }
            Stand paidAt = vaststellingen.betaald(f, e.jaar());
            Tranche paid = accres.tranche(f, e.jaar(), paidAt);
            Profielopbouw.Jaar nu = profielen.in(e, y, s);
            Profielopbouw.Jaar toenVoor = profielen.in(paid, y, paidAt);
            Amounts.requireSameCurrency(nu.valuta(), toenVoor.valuta(), () -> f.naam() + " structurele correctie " + y);
            BigDecimal uit = BigDecimal.ONE.subtract(vaststellingen.reserve(f, e.jaar(), paidAt));
            BigDecimal toen = toenVoor.waarde().multiply(uit, mc);
            BigDecimal d = nu.waarde().subtract(toen, mc);
            som = som == null ? d : som.add(d, mc);
            valuta = nu.valuta();
            if (b.isOn()) {
                b.input(new Input("tranche " + e.jaar() + " in " + y + " definitief", Value.mln(nu.bedrag()), s,
                        "deze stand"));
                b.input(new Input("tranche " + e.jaar() + " in " + y + " betaald", Value.mln(Amounts.of(toen, valuta)), paidAt,
                        "zoals betaald"));
            }
        }
        if (som != null) {
            MonetaryAmount correctie = Amounts.of(som, valuta);
            out.add(new Bedragfiguur(new FigureName(f.code(), "structurele correctie", y, s), correctie,
                    b.isOn() ? b.value(Value.mln(correctie)).build() : Explanation.none()));
        }
    }

    /** An earlier tranche at the stand, with its looptijd and the part of it paid out (1 − behoedzaamheidsreserve). */
    private record Eerder(Tranche tranche, Besluit<Besluit.Looptijd> looptijd, BigDecimal uit) {
    }

    /**
     * {@code x × factor} at {@code mc}; a factor of exactly 1 (no behoedzaamheidsreserve) gives the same
     * value and scale as the product, without multiplying.
     */
    private static BigDecimal maal(BigDecimal x, BigDecimal factor, MathContext mc) {
        return factor.scale() == 0 && BigDecimal.ONE.equals(factor) ? x.round(mc) : x.multiply(factor, mc);
    }
}
