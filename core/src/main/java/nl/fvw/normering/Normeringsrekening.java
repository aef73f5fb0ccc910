package nl.fvw.normering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Input;
import nl.fvw.explain.Provenance;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The arithmetic of the normering, given what the rules decided (normering.md §1-§5): per stand,
 * fund and year the accres % and tranche ({@link Accresberekening}, with the grondslag of
 * {@link Grondslagopbouw}), the BCF-ruimte ({@link BcfBoeking}), the kortingen ({@link Kortingen}),
 * the afrekening ({@link Afrekeningen}) and the level ({@link Niveauopbouw}). Nothing here decides
 * policy: which method, fixing, settlement and korting apply comes from {@link Besluiten}.
 *
 * <pre>{@code
 * // what FvwEngine.bereken does after the rules have decided
 * Normeringsuitkomst u = new Normeringsrekening(invoer, besluiten, true).bereken();
 * }</pre>
 */
public final class Normeringsrekening {
    private final Normeringsinvoer in;
    private final Besluiten besluiten;
    private final boolean explain;
    private final Aggregaten aggregaten;
    private final Accresberekening accres;
    private final BcfBoeking bcf;
    private final Kortingen kortingen;
    private final Profielopbouw profielen;
    private final Vaststellingen vaststellingen;
    private final Niveauopbouw niveaus;

    /**
     * The arithmetic of one evaluation, with what the rules decided.
     *
     * @param in the input
     * @param besluiten what the rules decided for an input of this structure
     * @param explain false for bulk runs
     * @throws nl.fvw.FvwException when the input's structure differs from the one decided for
     */
    public Normeringsrekening(Normeringsinvoer in, Besluiten besluiten, boolean explain) {
        this(in, besluiten, explain, null);
    }

    private Normeringsrekening(Normeringsinvoer in, Besluiten besluiten, boolean explain, Normeringsrekening naast) {
        this.in = Objects.requireNonNull(in, "in");
        this.besluiten = Objects.requireNonNull(besluiten, "besluiten");
        besluiten.requireSameStructure(in);
        this.explain = explain;
        this.aggregaten = new Aggregaten(in, besluiten.uitsluitingen());
        this.vaststellingen = naast != null ? naast.vaststellingen.voor(in) : new Vaststellingen(in, besluiten);
        this.accres = naast != null ? new Accresberekening(in, besluiten, aggregaten, vaststellingen, naast.accres,
                Invoerverschil.van(naast.in, in)) : new Accresberekening(in, besluiten, aggregaten, vaststellingen, explain);
        this.bcf = new BcfBoeking(in, accres, vaststellingen, explain);
        this.kortingen = naast != null ? naast.kortingen.voor(in) : new Kortingen(in, besluiten.kortingen(), explain);
        this.profielen = new Profielopbouw(in, besluiten, explain);
        this.niveaus = new Niveauopbouw(in, accres, vaststellingen, new Afrekeningen(in, accres, vaststellingen, explain),
                bcf, profielen, explain);
    }

    /**
     * The arithmetic of an input without explanations, as {@code new Normeringsrekening(in, besluiten, false)}
     * gives it, sharing with {@code last} what only the decisions, parameters, stands and ranges decide (the
     * kortingen, the settlements) and the accres and tranches of the stands before the two inputs part
     * ({@link Invoerverschil}): for the draws of a Monte Carlo, which perturb only the series of one stand.
     *
     * @param last the arithmetic of the draw before, or null
     * @param in an input of the structure {@code besluiten} were decided for
     * @param besluiten what the rules decided
     * @return its arithmetic
     */
    public static Normeringsrekening naast(Normeringsrekening last, Normeringsinvoer in, Besluiten besluiten) {
        boolean deelt = last != null && !last.explain && last.besluiten == besluiten;
        return new Normeringsrekening(in, besluiten, false, deelt ? last : null);
    }

    /**
     * Computes every figure: accres %, tranches, levels, kortingen, afrekeningen, BCF.
     *
     * @return the outcome
     * @throws nl.fvw.FvwException naming the fund, year and stand of what cannot be computed
     */
    public Normeringsuitkomst bereken() {
        List<AccresPercentage> accressen = new ArrayList<>();
        List<Tranche> tranches = new ArrayList<>();
        List<Bedrag> bedragen = new ArrayList<>();
        for (Stand s : in.standen()) {
            stand(s, accressen, tranches, bedragen);
        }
        for (Uitgavenaggregaat a : aggregaten.all()) {
            aggregaat(a, bedragen);
        }
        return new Normeringsuitkomst(accressen, tranches, bedragen, besluiten, Provenance.of(Map.of()));
    }

    /**
     * Computes the figures of one stand: the same figures, to the last digit, as {@link #bereken()}
     * gives at that stand. What the stand reads of earlier stands (a fixing, a tranche as paid) is
     * computed as far as it needs; nothing else of them is. For a run that reports one stand, such as
     * a Monte Carlo over the forecasts of that stand.
     *
     * @param s one of the input's stands
     * @return the outcome with the figures at {@code s}: accres %, tranches, profiles, reserves, BCF,
     *         kortingen, afrekeningen, levels and the aggregates of that stand
     * @throws nl.fvw.FvwException when {@code s} is not one of the input's stands, or a figure cannot be computed
     */
    public Normeringsuitkomst bereken(Stand s) {
        requireStand(s);
        List<AccresPercentage> accressen = new ArrayList<>();
        List<Tranche> tranches = new ArrayList<>();
        List<Bedrag> bedragen = new ArrayList<>();
        stand(s, accressen, tranches, bedragen);
        for (Uitgavenaggregaat a : aggregaten.all()) {
            if (a.getStand().equals(s)) {
                aggregaat(a, bedragen);
            }
        }
        return new Normeringsuitkomst(accressen, tranches, bedragen, besluiten, Provenance.of(Map.of()));
    }

    /**
     * The accres % and the levels of one stand as values, each that of the figure {@link #bereken(Stand)}
     * gives, without making the figures: what a Monte Carlo draw reports.
     *
     * @param s one of the input's stands
     * @return the accres % and the levels at {@code s}
     * @throws FvwException when {@code s} is not one of the input's stands, or a figure cannot be computed
     */
    public Kerncijfers kerncijfers(Stand s) {
        requireStand(s);
        Standbereik scope = in.bereik(s);
        List<AccresPercentage> accressen = new ArrayList<>();
        for (BudgetYear y = scope.van(); !y.isAfter(scope.tot()); y = y.next()) {
            accresEnTranches(y, s, scope, accressen, new ArrayList<>());
        }
        Map<Fonds, SortedMap<BudgetYear, BigDecimal>> niveaus = new EnumMap<>(Fonds.class);
        for (Fonds f : in.fondsen().keySet()) {
            if (scope.fondsen().contains(f)) {
                niveaus.put(f, this.niveaus.waarden(f, s, kortingen.van(f, s)));
            }
        }
        return new Kerncijfers(s, accressen, niveaus);
    }

    private void requireStand(Stand s) {
        if (!in.standen().contains(s)) {
            throw new FvwException("Stand " + s + " is not one of the stands of the input " + in.standen());
        }
    }

    /** The figures of stand s. */
    private void stand(Stand s, List<AccresPercentage> accressen, List<Tranche> tranches, List<Bedrag> bedragen) {
        Standbereik scope = in.bereik(s);
        int eerste = tranches.size();
        for (BudgetYear y = scope.van(); !y.isAfter(scope.tot()); y = y.next()) {
            accresEnTranches(y, s, scope, accressen, tranches);
        }
        for (Tranche t : tranches.subList(eerste, tranches.size())) {
            profielen.figuren(t, in.laatsteJaar(), s, bedragen);
            reserve(t, bedragen);
        }
        if (in.bcf() != null && scope.fondsen().size() == 2) {
            bcf.figuren(s, bedragen);
        }
        for (Fonds f : in.fondsen().keySet()) {
            Map<BudgetYear, Bedragfiguur> korting = kortingen.van(f, s);
            bedragen.addAll(korting.values());
            if (scope.fondsen().contains(f)) {
                bedragen.addAll(niveaus.figuren(f, s, korting));
                gedrukteBcfRuimte(f, s, scope, bedragen);
            }
        }
    }

    /** The values of an aggregate, as figures at its stand. */
    private void aggregaat(Uitgavenaggregaat a, List<Bedrag> bedragen) {
        for (BudgetYear y : a.getWaarden().asMap().keySet()) {
            bedragen.add(new Bedragfiguur(new FigureName(null, a.getNaam(), y, a.getStand()), a.waarde(y),
                    explain ? a.explain(y) : Explanation.none()));
        }
    }

    /** The behoedzaamheidsreserve held back of a tranche at its stand, where a rule holds one back. */
    private void reserve(Tranche t, List<Bedrag> out) {
        BigDecimal r = vaststellingen.reserve(t.fonds(), t.jaar(), t.stand());
        if (r.signum() == 0) {
            return;
        }
        MonetaryAmount bedrag = Amounts.multiply(t.bedrag(), r);
        Besluit<Besluit.Behoedzaamheidsreserve> b = vaststellingen.reserveBesluit(t.fonds(), t.jaar(), t.stand());
        String naam = t.fonds().code() + " behoedzaamheidsreserve " + t.jaar() + " stand " + t.stand();
        out.add(new Bedragfiguur(new FigureName(t.fonds().code(), "behoedzaamheidsreserve", t.jaar(), t.stand()), bedrag,
                explain ? Explanation.builder(naam).rule(b.regel())
                        .formula("reserve = deel × tranche: achtergehouden tot het accres van " + t.jaar()
                                + " is vastgesteld, dan uitbetaald met de afrekening")
                        .input(new Input("deel", Value.rate(r), b.besloten(), b.regel().source()))
                        .value(Value.mln(bedrag)).child(t.explanation()).build() : Explanation.none()));
    }

    /** The BCF-ruimte of a fund as printed, where the input gives it instead of the plafond and the declaraties. */
    private void gedrukteBcfRuimte(Fonds f, Stand s, Standbereik scope, List<Bedrag> out) {
        Fondsinvoer fi = in.fondsen().get(f);
        if (fi.bcfRuimte() == null) {
            return;
        }
        for (BudgetYear y = scope.van(); !y.isAfter(scope.tot()); y = y.next()) {
            Stand bron = fi.bcfRuimte().sourceStand(y, s);
            if (bron != null) {
                MonetaryAmount r = fi.bcfRuimte().knownAt(y, s);
                out.add(new Bedragfiguur(new FigureName(f.code(), "bcf-ruimte", y, s), r, explain
                        ? Explanation.builder(f.code() + " bcf-ruimte " + y + " stand " + s)
                                .formula("ruimte onder het plafond BCF zoals gedrukt (incidenteel, in " + y + ")")
                                .input(new Input("BCF-ruimte " + y, Value.mln(r), bron, fi.bron())).value(Value.mln(r)).build()
                        : Explanation.none()));
            }
        }
    }

    /** The accres of both funds in a year: one % where they are computed the same way, else one per fund. */
    private void accresEnTranches(BudgetYear y, Stand s, Standbereik scope, List<AccresPercentage> accressen,
            List<Tranche> tranches) {
        List<Accresberekening.Berekend> both = new ArrayList<>();
        for (Fonds f : Fonds.values()) {
            if (scope.fondsen().contains(f)) {
                both.add(accres.compute(f, y, s));
            }
        }
        if (both.isEmpty()) {
            return;
        }
        Accresberekening.Berekend gf = both.get(0);
        Accresberekening.Berekend pf = both.size() == 2 ? both.get(1) : null;
        if (pf != null && gf.pct() != null && pf.pct() != null && gf.signature().equals(pf.signature())
                && gf.pct().fraction().compareTo(pf.pct().fraction()) == 0) {
            accressen.add(new AccresPercentage(null, y, s, gf.pct().fraction(),
                    gf.pct().explanation().relabel("accres " + y + " stand " + s)));
        } else {
            for (Accresberekening.Berekend b : both) {
                if (b.pct() != null) {
                    accressen.add(b.pct());
                }
            }
        }
        for (Accresberekening.Berekend b : both) {
            if (b.tranche() != null) {
                tranches.add(b.tranche());
            }
        }
    }
}
