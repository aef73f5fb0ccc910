package nl.fvw.normering;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Input;
import nl.fvw.explain.RuleRef;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.param.Parameter;
import nl.fvw.param.ParameterValue;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Ijkmoment;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/**
 * The arithmetic of the normering, given what the rules decided (normering.md §1-§3): per stand,
 * fund and year the accres %, the tranche = % × grondslag (split into LPO and volume part), the
 * fixings at earlier stands, the definitive figure at the Financieel Jaarverslag Rijk and its
 * afrekening, the kortingen, and the level
 * niveau_t = basis + Σ_{s≤t} tranche_s + taakmutaties_t − kortingen_t + afrekening_t + BCF-ruimte_t,
 * the BCF-ruimte being incidental (normering.md §5).
 * Nothing here decides policy: which method, which fixing, which korting come from {@link Besluiten}.
 *
 * <pre>{@code
 * // what FvwEngine.evaluate does after the rules have decided
 * Normeringsuitkomst u = new Normeringsrekening(invoer, besluiten, uitsluitingen, kortingen, true).bereken();
 * }</pre>
 */
public final class Normeringsrekening {
    private static final RuleRef DEFINITIEF = new RuleRef("FVW-DEFINITIEF", "Vaststelling bij het Financieel Jaarverslag",
            "normering.md §2: het Financieel Jaarverslag Rijk van jaar t stelt het accres van t definitief vast");

    private final Normeringsinvoer in;
    private final Besluiten besluiten;
    private final List<Kortingsbesluit> kortingen;
    private final boolean explain;
    private final Map<String, NavigableMap<Stand, Uitgavenaggregaat>> aggregaten = new HashMap<>();
    private final Map<Key, Berekend> memo = new HashMap<>();
    private final Map<Key, MonetaryAmount> grondslagMemo = new HashMap<>();
    private final Map<Stand, Map<BudgetYear, BcfPlafond.Ruimte>> bcfMemo = new HashMap<>();

    private record Key(Fonds fonds, BudgetYear jaar, Stand stand) {
    }

    /** The accres % and (when the fund's inputs allow) the tranche of one fund, year and stand. */
    /**
     * {@code signature}: the decisions that made the figure (rule ids and contents, compared by
     * equality), so funds computed the same way can share one %.
     */
    private record Berekend(AccresPercentage pct, Tranche tranche, List<Object> signature) {
    }

    /**
     * The arithmetic of one evaluation, with what the rules decided.
     *
     * @param in the input
     * @param besluiten the computations and fixings the rules decided
     * @param uitsluitingen the items the rules excluded from the aggregates
     * @param kortingen the kortingen the rules applied
     * @param explain false for bulk runs
     */
    public Normeringsrekening(Normeringsinvoer in, Besluiten besluiten, List<Uitsluiting> uitsluitingen,
            List<Kortingsbesluit> kortingen, boolean explain) {
        this.in = Objects.requireNonNull(in, "in");
        this.besluiten = Objects.requireNonNull(besluiten, "besluiten");
        this.kortingen = List.copyOf(kortingen);
        this.explain = explain;
        for (Uitgavenaggregaat a : in.aggregaten()) {
            aggregaten.computeIfAbsent(a.getNaam(), n -> new TreeMap<>()).put(a.getStand(), a);
        }
        Map<String, List<Uitgavenpost>> groups = new LinkedHashMap<>();
        for (Uitgavenpost p : in.posten()) {
            groups.computeIfAbsent(p.getAggregaat() + "\u0000" + p.getStand(), k -> new ArrayList<>()).add(p);
        }
        for (List<Uitgavenpost> group : groups.values()) {
            Uitgavenpost first = group.get(0);
            NavigableMap<Stand, Uitgavenaggregaat> byStand = aggregaten.computeIfAbsent(first.getAggregaat(),
                    n -> new TreeMap<>());
            if (byStand.containsKey(first.getStand())) {
                throw new FvwException(first.getAggregaat() + " at stand " + first.getStand()
                        + " is given both as an aggregate and as items");
            }
            byStand.put(first.getStand(), Uitgavenaggregaat.fromPosten(first.getAggregaat(), first.getStand(), group,
                    uitsluitingen));
        }
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
            Standbereik scope = in.bereik(s);
            for (BudgetYear y = scope.van(); !y.isAfter(scope.tot()); y = y.next()) {
                List<Berekend> both = new ArrayList<>();
                for (Fonds f : Fonds.values()) {
                    if (scope.fondsen().contains(f)) {
                        both.add(compute(f, y, s));
                    }
                }
                if (both.isEmpty()) {
                    continue;
                }
                Berekend gf = both.get(0);
                Berekend pf = both.size() == 2 ? both.get(1) : null;
                if (pf != null && gf.pct() != null && pf.pct() != null && gf.signature().equals(pf.signature())
                        && gf.pct().fraction().compareTo(pf.pct().fraction()) == 0) {
                    accressen.add(new AccresPercentage(null, y, s, gf.pct().fraction(),
                            gf.pct().explanation().relabel("accres " + y + " stand " + s)));
                } else {
                    for (Berekend b : both) {
                        if (b.pct() != null) {
                            accressen.add(b.pct());
                        }
                    }
                }
                for (Berekend b : both) {
                    if (b.tranche() != null) {
                        tranches.add(b.tranche());
                    }
                }
            }
            if (in.bcf() != null && scope.fondsen().size() == 2) {
                for (BcfPlafond.Ruimte r : bcf(s).values()) {
                    bedragen.add(new Bedragfiguur(new FigureName(null, "bcf-ruimte", r.jaar(), s), r.totaal(), r.explanation()));
                    bedragen.add(new Bedragfiguur(new FigureName("GF", "bcf-ruimte", r.jaar(), s), r.gf(), r.explanation()));
                    bedragen.add(new Bedragfiguur(new FigureName("PF", "bcf-ruimte", r.jaar(), s), r.pf(), r.explanation()));
                }
            }
            for (Fonds f : in.fondsen().keySet()) {
                bedragen.addAll(kortingenEnNiveau(f, s));
            }
        }
        for (NavigableMap<Stand, Uitgavenaggregaat> byStand : aggregaten.values()) {
            for (Uitgavenaggregaat a : byStand.values()) {
                for (BudgetYear y : a.getWaarden().asMap().keySet()) {
                    bedragen.add(new Bedragfiguur(new FigureName(null, a.getNaam(), y, a.getStand()), a.waarde(y),
                            explain ? a.explain(y) : Explanation.none()));
                }
            }
        }
        return new Normeringsuitkomst(accressen, tranches, bedragen, besluiten);
    }

    // ---- accres % and tranche of one fund, year, stand ----

    private Berekend compute(Fonds f, BudgetYear y, Stand s) {
        Key key = new Key(f, y, s);
        Berekend done = memo.get(key);
        if (done == null) {
            done = computeFresh(f, y, s);
            memo.put(key, done);
        }
        return done;
    }

    private Berekend computeFresh(Fonds f, BudgetYear y, Stand s) {
        Stand definitive = definitiveStand(y);
        if (definitive != null && s.isAfter(definitive)) {
            Berekend d = compute(f, y, definitive);
            return carried(d, f, y, s, "definitief vastgesteld bij " + definitive, DEFINITIEF, null);
        }
        Besluit vast = besluiten.vastzetting(f, y, s);
        if (vast != null && vast.inhoud() instanceof Besluit.GeheelVast g && g.stand().isBefore(s)) {
            Berekend d = compute(f, y, g.stand());
            return carried(d, f, y, s, "vastgezet op stand " + g.stand(), vast.regel(), vast);
        }
        Besluit calc = besluiten.berekening(f, y, s);
        Explanation.Builder b = explain ? Explanation.builder(f.code() + " accres " + y + " stand " + s).rule(calc.regel())
                : Explanation.off();
        Besluit.Berekening how = (Besluit.Berekening) calc.inhoud();
        BigDecimal pct = null;
        if (how instanceof Besluit.TrapOpTrapAf t) {
            pct = trapOpTrapAf(t.aggregaat(), y, s, calc.regel(), b);
        } else if (how instanceof Besluit.BbpSystematiek) {
            BbpSystematiek.Uitkomst u = BbpSystematiek.accres(y, s, in.bbpVolume(), in.bbpPrijs(), in.bbpKeuzes(), explain);
            b.absorb(u.explanation());
            pct = u.accres();
        } else if (how instanceof Besluit.GepubliceerdPercentage) {
            pct = in.gepubliceerdAccres().knownAt(y, s);
            b.formula("accres % zoals gepubliceerd (de bron geeft geen aggregaat)")
                    .input(new Input("accres % " + y, Value.rate(pct), in.gepubliceerdAccres().sourceStand(y, s),
                            in.gepubliceerdAccres().bron()));
        }
        Fondsinvoer fi = in.fondsen().get(f);
        Tranche tranche = null;
        boolean hasBase = fi != null && (fi.grondslag() != null || fi.grondslagBasis() != null);
        if (calc.inhoud() instanceof Besluit.GepubliceerdeTranche) {
            if (fi == null) {
                return new Berekend(null, null, signature(calc, vast));
            }
            if (fi.gepubliceerdeTranches() == null) {
                throw new FvwException("Rule " + calc.regel().id() + " takes the published " + f.naam() + " tranche " + y
                        + ", but no tranches are given for " + f.naam());
            }
            Explanation.Builder tb = explain ? Explanation.builder(f.code() + " tranche " + y + " stand " + s)
                    .rule(calc.regel()) : Explanation.off();
            MonetaryAmount published = gepubliceerdeTranche(fi, y, s, tb);
            tranche = split(f, y, s, published, hasBase ? grondslag(f, y, s) : null, tb);
            if (hasBase) {
                pct = Amounts.ratio(published, grondslag(f, y, s), "accres % from the published tranche");
                b.formula("accres % = gepubliceerde tranche / grondslag").child(tranche.explanation());
            }
        } else if (hasBase) {
            MonetaryAmount grondslag = grondslag(f, y, s);
            MonetaryAmount bedrag = Amounts.multiply(grondslag, pct);
            Explanation.Builder tb = explain ? Explanation.builder(f.code() + " tranche " + y + " stand " + s)
                    .rule(calc.regel()).formula("tranche = accres % × grondslag")
                    .input(new Input("accres % " + y, Value.rate(pct), s, calc.regel().source()))
                    .input(new Input(f.code() + " grondslag " + y, Value.mln(grondslag), s, grondslagBron(f)))
                    : Explanation.off();
            tranche = split(f, y, s, bedrag, grondslag, tb);
        }
        if (vast != null && vast.inhoud() instanceof Besluit.VolumedeelVast v && v.stand().isBefore(s) && tranche == null) {
            throw new FvwException("Rule " + vast.regel().id() + " fixes the volume part of the " + f.naam() + " accres " + y
                    + " at " + v.stand() + "; that needs the " + f.naam() + " grondslag and the lpo %, which are not given"
                    + " (or leave the " + f.naam() + " out of stand " + s + ")");
        }
        if (vast != null && vast.inhoud() instanceof Besluit.VolumedeelVast v && v.stand().isBefore(s)) {
            Berekend atFix = compute(f, y, v.stand());
            if (atFix.tranche() == null || atFix.tranche().volumeDeel() == null) {
                throw new FvwException("Rule " + vast.regel().id() + " fixes the volume part of the " + f.naam() + " accres "
                        + y + " at " + v.stand() + ", but that stand has no LPO % to split the tranche (give 'lpo')");
            }
            MonetaryAmount grondslag = grondslag(f, y, s);
            BigDecimal lpoPct = in.lpo().knownAt(y, s);
            MonetaryAmount lpo = Amounts.multiply(grondslag, lpoPct);
            MonetaryAmount volume = atFix.tranche().volumeDeel();
            MonetaryAmount bedrag = Amounts.add(volume, lpo);
            Explanation.Builder tb = explain ? Explanation.builder(f.code() + " tranche " + y + " stand " + s)
                    .rule(vast.regel()).formula("tranche = volumedeel vastgezet op stand " + v.stand() + " + lpo % × grondslag")
                    .input(new Input("volumedeel " + y, Value.mln(volume), v.stand(), "berekend op die stand"))
                    .input(new Input("lpo % " + y, Value.rate(lpoPct), in.lpo().sourceStand(y, s), in.lpo().bron()))
                    .input(new Input(f.code() + " grondslag " + y, Value.mln(grondslag), s, grondslagBron(f)))
                    .child(atFix.tranche().explanation()) : Explanation.off();
            if (explain) {
                tb.value(Value.phrase(Value.mln(bedrag), " (lpo ", Value.mln(lpo), " + volume ", Value.mln(volume), ")"));
            }
            tranche = new Tranche(f, y, s, bedrag, lpo, volume, tb.build());
            pct = Amounts.ratio(bedrag, grondslag, "accres % with a fixed volume part");
            b = explain ? Explanation.builder(f.code() + " accres " + y + " stand " + s).rule(vast.regel())
                    .formula("accres % = tranche / grondslag (volumedeel vast)").child(tranche.explanation())
                    : Explanation.off();
        }
        if (pct == null) {
            return new Berekend(null, tranche, signature(calc, vast));
        }
        if (b.isOn()) {
            b.round(AccresPercentage.PUBLICATIE, pct);
            b.value(Value.exactRate(pct));
            for (Besluit o : besluiten.overruled(calc, s)) {
                b.input(new Input("overruled: " + o.regel().id(), Value.text(o.inhoud().toString()), o.besloten(),
                        o.regel().source()));
            }
        }
        return new Berekend(new AccresPercentage(f, y, s, pct, b.build()), tranche, signature(calc, vast));
    }

    /**
     * The tranche of {@code y} as published at or before {@code s}: the amount of the latest stand
     * that prints it, plus every bijstelling published after that stand (normering.md §2: stand_new =
     * stand_old + mutaties). {@link Fondsinvoer} already refused a bijstelling with no tranche before it.
     */
    private MonetaryAmount gepubliceerdeTranche(Fondsinvoer fi, BudgetYear y, Stand s, Explanation.Builder tb) {
        Stand baseStand = fi.gepubliceerdeTranches().sourceStand(y, s);
        if (baseStand == null) {
            throw new FvwException("No " + fi.fonds().naam() + " tranche " + y + " is published at or before stand " + s
                    + (fi.gepubliceerdeTranches().stands().isEmpty() ? ""
                            : " (tranches are given at: " + fi.gepubliceerdeTranches().stands().keySet() + ")"));
        }
        MonetaryAmount total = fi.gepubliceerdeTranches().value(y, baseStand);
        if (tb.isOn()) {
            tb.input(new Input("tranche " + y, Value.mln(total), baseStand, fi.bron()));
        }
        boolean changed = false;
        NavigableMap<Stand, YearSeries> changes = fi.trancheBijstellingen() == null ? new TreeMap<>()
                : fi.trancheBijstellingen().stands().subMap(baseStand, false, s, true);
        for (Map.Entry<Stand, YearSeries> e : changes.entrySet()) {
            if (e.getValue().contains(y)) {
                MonetaryAmount b = e.getValue().get(y);
                total = Amounts.add(total, b);
                changed = true;
                if (tb.isOn()) {
                    tb.input(new Input("bijstelling tranche " + y, Value.mln(b), e.getKey(), fi.bron()));
                }
            }
        }
        tb.formula(changed ? "tranche = gepubliceerde tranche + gepubliceerde bijstellingen (de bron geeft geen %)"
                : "tranche zoals gepubliceerd (de bron geeft geen %)");
        return total;
    }

    private Berekend carried(Berekend d, Fonds f, BudgetYear y, Stand s, String why, RuleRef rule, Besluit vast) {
        AccresPercentage pct = null;
        if (d.pct() != null) {
            Explanation e = explain ? Explanation.builder(f.code() + " accres " + y + " stand " + s).rule(rule)
                    .formula("gelijk aan stand " + d.pct().stand() + ": " + why).value(d.pct().value())
                    .child(d.pct().explanation()).build() : Explanation.none();
            pct = new AccresPercentage(f, y, s, d.pct().fraction(), e);
        }
        Tranche t = null;
        if (d.tranche() != null) {
            Explanation e = explain ? Explanation.builder(f.code() + " tranche " + y + " stand " + s).rule(rule)
                    .formula("gelijk aan stand " + d.tranche().stand() + ": " + why).value(d.tranche().value())
                    .child(d.tranche().explanation()).build() : Explanation.none();
            t = new Tranche(f, y, s, d.tranche().bedrag(), d.tranche().lpoDeel(), d.tranche().volumeDeel(), e);
        }
        List<Object> sig = new ArrayList<>(d.signature());
        sig.add(rule.id());
        sig.add(vast == null ? "" : vast.inhoud());
        return new Berekend(pct, t, sig);
    }

    private static List<Object> signature(Besluit calc, Besluit vast) {
        return vast == null ? List.of(calc.regel().id(), calc.inhoud())
                : List.of(calc.regel().id(), calc.inhoud(), vast.regel().id(), vast.inhoud());
    }

    private BigDecimal trapOpTrapAf(String naam, BudgetYear y, Stand s, RuleRef rule, Explanation.Builder b) {
        NavigableMap<Stand, Uitgavenaggregaat> byStand = aggregaten.get(naam);
        Uitgavenaggregaat x = null;
        if (byStand != null) {
            for (Uitgavenaggregaat a : byStand.headMap(s, true).descendingMap().values()) {
                if (a.getWaarden().contains(y) && a.getWaarden().contains(y.previous())) {
                    x = a;
                    break;
                }
            }
        }
        if (x == null) {
            throw new FvwException("Rule " + rule.id() + " computes the accres " + y + " at stand " + s + " from the " + naam
                    + ", but no " + naam + " for " + y.previous() + " and " + y + " is known at that stand"
                    + (byStand == null ? " (no " + naam + " is given)" : " (given at: " + byStand.keySet() + ")"));
        }
        AccresPercentage g = Groei.accres(new AggregaatJaar(x, y), rule, explain);
        b.absorb(g.explanation());
        return g.fraction();
    }

    private Tranche split(Fonds f, BudgetYear y, Stand s, MonetaryAmount bedrag, MonetaryAmount grondslag,
            Explanation.Builder tb) {
        MonetaryAmount lpo = null;
        MonetaryAmount volume = null;
        if (grondslag != null && in.lpo().knows(y, s)) {
            BigDecimal lpoPct = in.lpo().knownAt(y, s);
            lpo = Amounts.multiply(grondslag, lpoPct);
            volume = Amounts.subtract(bedrag, lpo);
            if (tb.isOn()) {
                tb.input(new Input("lpo % " + y, Value.rate(lpoPct), in.lpo().sourceStand(y, s), in.lpo().bron()));
            }
        }
        if (tb.isOn()) {
            tb.value(lpo == null ? Value.mln(bedrag)
                    : Value.phrase(Value.mln(bedrag), " (lpo ", Value.mln(lpo), " + volume ", Value.mln(volume), ")"));
        }
        return new Tranche(f, y, s, bedrag, lpo, volume, tb.build());
    }

    /** The Financieel Jaarverslag Rijk of year y among the stands computed, or null. */
    private Stand definitiveStand(BudgetYear y) {
        for (Stand s : in.standen()) {
            if (s.ijkmoment() == Ijkmoment.FINANCIEEL_JAARVERSLAG_RIJK && s.year() == y.value()) {
                return s;
            }
        }
        return null;
    }

    // ---- BCF ----

    private Map<BudgetYear, BcfPlafond.Ruimte> bcf(Stand s) {
        return bcfMemo.computeIfAbsent(s, st -> BcfPlafond.bereken(in.bcf(), st, in.laatsteJaar(), (f, y) -> {
            Berekend b = compute(f, y, st);
            return b.pct() == null ? null : b.pct().fraction();
        }, explain));
    }

    private static MonetaryAmount part(BcfPlafond.Ruimte r, Fonds f) {
        return f == Fonds.GEMEENTEFONDS ? r.gf() : r.pf();
    }

    /**
     * The BCF-ruimte of fund f in year y at stand s as it lands in the level (incidental, year y
     * only), and the settlement at the Financieel Jaarverslag of y, booked in y + 1.
     */
    private MonetaryAmount bcfInLevel(Fonds f, BudgetYear y, Stand s) {
        if (in.bcf() == null || !y.isAfter(in.bcf().basisjaar())) {
            return Amounts.zeroEur();
        }
        Stand def = definitiveStand(y);
        Stand used = def != null && !s.isBefore(def) && paidStand(y, def) != null ? paidStand(y, def) : s;
        return part(bcf(used).get(y), f);
    }

    private Bedragfiguur bcfAfrekening(Fonds f, BudgetYear y, Stand s) {
        Stand def = definitiveStand(y);
        if (in.bcf() == null || def == null || s.isBefore(def) || !y.isAfter(in.bcf().basisjaar())
                || y.next().isAfter(in.laatsteJaar()) || paidStand(y, def) == null) {
            return null;
        }
        Stand paidAt = paidStand(y, def);
        BcfPlafond.Ruimte definitive = bcf(def).get(y);
        BcfPlafond.Ruimte provisional = bcf(paidAt).get(y);
        MonetaryAmount diff = Amounts.subtract(part(definitive, f), part(provisional, f));
        Explanation e = explain ? Explanation.builder(f.code() + " bcf-afrekening " + y.next() + " stand " + s).rule(DEFINITIEF)
                .formula("afrekening BCF " + y + " = ruimte definitief (" + def + ") − voorlopig (" + paidAt + "); geboekt in "
                        + y.next()).value(Value.mln(diff)).child(definitive.explanation()).child(provisional.explanation())
                .build() : Explanation.none();
        return new Bedragfiguur(new FigureName(f.code(), "bcf-afrekening", y.next(), s), diff, e);
    }

    // ---- grondslag ----

    private MonetaryAmount grondslag(Fonds f, BudgetYear y, Stand s) {
        Fondsinvoer fi = in.fondsen().get(f);
        if (fi.grondslag() != null) {
            return fi.grondslag().knownAt(y, s);
        }
        Key key = new Key(f, y, s);
        MonetaryAmount done = grondslagMemo.get(key);
        if (done != null) {
            return done;
        }
        MonetaryAmount g;
        if (y.equals(fi.grondslagBasisjaar())) {
            g = fi.grondslagBasis();
        } else if (y.isBefore(fi.grondslagBasisjaar())) {
            throw new FvwException(f.naam() + ": the grondslag is rolled forward from " + fi.grondslagBasisjaar()
                    + " and has no value for " + y);
        } else {
            BudgetYear prev = y.previous();
            Tranche t = compute(f, prev, s).tranche();
            g = Amounts.add(grondslag(f, prev, s), t.bedrag());
            if (fi.grondslagMutaties() != null && fi.grondslagMutaties().contains(y)) {
                g = Amounts.add(g, fi.grondslagMutaties().get(y));
            }
        }
        grondslagMemo.put(key, g);
        return g;
    }

    private String grondslagBron(Fonds f) {
        Fondsinvoer fi = in.fondsen().get(f);
        return fi.grondslag() != null ? fi.bron()
                : fi.bron() + "; doorgerold vanaf " + fi.grondslagBasisjaar() + " met tranches en taakmutaties";
    }

    // ---- kortingen, afrekening, niveau ----

    private List<Bedrag> kortingenEnNiveau(Fonds f, Stand s) {
        List<Bedrag> out = new ArrayList<>();
        Fondsinvoer fi = in.fondsen().get(f);
        Standbereik scope = in.bereik(s);
        Map<BudgetYear, MonetaryAmount> korting = new TreeMap<>();
        Map<BudgetYear, Explanation> kortingUitleg = new TreeMap<>();
        for (BudgetYear y = scope.van(); !y.isAfter(scope.tot()); y = y.next()) {
            MonetaryAmount total = Amounts.zeroEur();
            Explanation.Builder kb = explain ? Explanation.builder(f.code() + " korting " + y + " stand " + s)
                    .formula("som van de kortingen die regels op dit jaar toepassen") : Explanation.off();
            boolean any = false;
            for (Kortingsbesluit k : kortingen) {
                if (k.fonds() != f || !k.jaar().equals(y)) {
                    continue;
                }
                MonetaryAmount a;
                Input bron;
                if (k.bedrag() != null) {
                    a = k.bedrag();
                    bron = explain ? new Input(k.naam() + " " + y, Value.mln(a), null,
                            "regel " + k.regel().id() + ": " + k.regel().source()) : null;
                } else {
                    Parameter p = in.parameters().get(k.naam());
                    if (!isDecidedAt(p, y, s)) {
                        continue;
                    }
                    ParameterValue v = p.decisionFor(y, s);
                    a = p.amountFor(y, s);
                    bron = explain ? new Input(k.naam() + " " + y, Value.mln(a), v.decidedAt(), v.source()) : null;
                }
                total = Amounts.add(total, a);
                any = true;
                kb.child(explain ? Explanation.builder(k.naam() + " " + y).rule(k.regel()).value(Value.mln(a)).input(bron)
                        .build() : Explanation.none());
            }
            if (any) {
                korting.put(y, total);
                Explanation e = explain ? kb.value(Value.mln(total)).build() : Explanation.none();
                kortingUitleg.put(y, e);
                out.add(new Bedragfiguur(new FigureName(f.code(), "korting", y, s), total, e));
            }
        }
        Map<BudgetYear, Bedragfiguur> afrekening = new TreeMap<>();
        Map<BudgetYear, Bedragfiguur> bcfAfrekening = new TreeMap<>();
        if (!scope.fondsen().contains(f)) {
            return out;
        }
        for (BudgetYear y = scope.van(); !y.isAfter(scope.tot()); y = y.next()) {
            Bedragfiguur a = afrekening(f, y, s);
            if (a != null) {
                afrekening.put(y.next(), a);
                out.add(a);
            }
            Bedragfiguur b = bcfAfrekening(f, y, s);
            if (b != null) {
                bcfAfrekening.put(y.next(), b);
                out.add(b);
            }
        }
        if (fi.niveauBasis() == null || (fi.grondslag() == null && fi.grondslagBasis() == null
                && fi.gepubliceerdeTranches() == null)) {
            return out;
        }
        long withTranche = 0;
        for (BudgetYear y = scope.van(); !y.isAfter(scope.tot()); y = y.next()) {
            withTranche += compute(f, y, s).tranche() == null ? 0 : 1;
        }
        if (withTranche == 0) {
            // nothing at this stand to build a level from (only a % is known): no level, not a partial one
            return out;
        }
        // running sums as decimals at the amounts' precision; an amount is made only for what is reported
        MathContext mc = Amounts.MATH_CONTEXT;
        BigDecimal basis = Amounts.value(fi.niveauBasis());
        javax.money.CurrencyUnit valuta = fi.niveauBasis().getCurrency();
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal cumLpo = BigDecimal.ZERO;
        BigDecimal cumVolume = BigDecimal.ZERO;
        boolean split = true;
        for (BudgetYear y = scope.van(); !y.isAfter(scope.tot()); y = y.next()) {
            Tranche t = compute(f, y, s).tranche();
            if (t == null) {
                throw new FvwException(f.naam() + ": no tranche for " + y + " at stand " + s + ", while other years of that"
                        + " stand have one, so no level");
            }
            Amounts.requireSameCurrency(fi.niveauBasis(), t.bedrag(), f.naam() + " niveau " + y);
            Stand def = definitiveStand(y);
            BigDecimal inYear = Amounts.value(t.bedrag());
            Tranche paid = null;
            if (def != null && !s.isBefore(def) && afrekening.containsKey(y.next())) {
                paid = compute(f, y, paidStand(y, def)).tranche();
                inYear = Amounts.value(paid.bedrag());
            }
            BigDecimal tranchesUsedValue = cumulative.add(inYear, mc);
            BigDecimal levelValue = basis.add(tranchesUsedValue, mc);
            cumulative = cumulative.add(Amounts.value(t.bedrag()), mc);
            Tranche usedT = paid == null ? t : paid;
            split &= usedT.lpoDeel() != null && t.lpoDeel() != null;
            MonetaryAmount lpoUsed = null;
            MonetaryAmount volumeUsed = null;
            if (split) {
                lpoUsed = Amounts.of(cumLpo.add(Amounts.value(usedT.lpoDeel()), mc), valuta);
                volumeUsed = Amounts.of(cumVolume.add(Amounts.value(usedT.volumeDeel()), mc), valuta);
                cumLpo = cumLpo.add(Amounts.value(t.lpoDeel()), mc);
                cumVolume = cumVolume.add(Amounts.value(t.volumeDeel()), mc);
            }
            MonetaryAmount tranchesUsed = Amounts.of(tranchesUsedValue, valuta);
            MonetaryAmount taak = Amounts.zeroEur();
            MonetaryAmount kort = Amounts.zeroEur();
            MonetaryAmount afr = Amounts.zeroEur();
            Explanation.Builder nb = explain ? Explanation.builder(f.code() + " niveau " + y + " stand " + s)
                    .formula("niveau = basis + Σ tranches t/m " + y + " + taakmutaties − kortingen + afrekening")
                    .input(new Input("basis", Value.mln(fi.niveauBasis()), null, fi.bron()))
                    .input(new Input("Σ tranches " + scope.van() + "-" + y, Value.mln(tranchesUsed), s,
                            paid == null ? "tranches op deze stand" : "tranche " + y + " zoals betaald (stand "
                                    + paid.stand() + "); het verschil volgt als afrekening in " + y.next()))
                    : Explanation.off();
            if (fi.taakmutaties() != null && fi.taakmutaties().contains(y)) {
                taak = fi.taakmutaties().get(y);
                levelValue = levelValue.add(Amounts.value(taak), mc);
                if (explain) {
                    nb.input(new Input("taakmutaties " + y, Value.mln(taak), null, fi.bron()));
                }
            }
            if (korting.containsKey(y)) {
                kort = korting.get(y);
                levelValue = levelValue.subtract(Amounts.value(kort), mc);
                nb.child(kortingUitleg.get(y));
            }
            if (afrekening.containsKey(y)) {
                afr = afrekening.get(y).bedrag();
                levelValue = levelValue.add(Amounts.value(afr), mc);
                nb.child(afrekening.get(y).explanation());
            }
            MonetaryAmount bcf = bcfInLevel(f, y, s);
            if (bcfAfrekening.containsKey(y)) {
                bcf = Amounts.add(bcf, bcfAfrekening.get(y).bedrag());
                nb.child(bcfAfrekening.get(y).explanation());
            }
            if (in.bcf() != null && y.isAfter(in.bcf().basisjaar())) {
                levelValue = levelValue.add(Amounts.value(bcf), mc);
                if (explain) {
                    nb.input(new Input("BCF-ruimte " + y + " (incidenteel)", Value.mln(bcf), s,
                            in.bcf().bron()));
                }
            }
            MonetaryAmount level = Amounts.of(levelValue, valuta);
            out.add(new Bedragfiguur(new FigureName(f.code(), "cumulatief", y, s), tranchesUsed, explain
                    ? Explanation.builder(f.code() + " cumulatief " + y + " stand " + s)
                            .formula("Σ tranches " + scope.van() + " t/m " + y + " (het cumulatieve accres)")
                            .value(Value.mln(tranchesUsed)).build() : Explanation.none()));
            out.add(new Fondsniveau(f, y, s, level, fi.niveauBasis(), tranchesUsed, lpoUsed, volumeUsed, taak, kort, afr,
                    bcf, explain ? nb.value(Value.mln(level)).build() : Explanation.none()));
        }
        return out;
    }

    private static boolean isDecidedAt(Parameter p, BudgetYear y, Stand s) {
        return p.values().stream().anyMatch(v -> !v.decidedAt().isAfter(s) && v.validity().contains(y));
    }

    /**
     * The afrekening of year y booked in y + 1, at stands from the Financieel Jaarverslag of y on:
     * definitive tranche minus the tranche as paid (normering.md §2). Null when there is nothing to settle.
     */
    private Bedragfiguur afrekening(Fonds f, BudgetYear y, Stand s) {
        Stand def = definitiveStand(y);
        Fondsinvoer fi = in.fondsen().get(f);
        if (def == null || s.isBefore(def) || fi == null || y.next().isAfter(in.laatsteJaar())) {
            return null;
        }
        Stand paidAt = paidStand(y, def);
        if (paidAt == null) {
            return null;
        }
        Tranche definitive = compute(f, y, def).tranche();
        Tranche paid = compute(f, y, paidAt).tranche();
        if (definitive == null || paid == null) {
            return null;
        }
        MonetaryAmount diff = Amounts.subtract(definitive.bedrag(), paid.bedrag());
        Explanation e = explain ? Explanation.builder(f.code() + " afrekening " + y + " stand " + s).rule(DEFINITIEF)
                .formula("afrekening = tranche " + y + " definitief (" + def + ") − tranche " + y + " betaald (" + paidAt
                        + "); incidenteel geboekt in " + y.next() + ", structureel in de tranche vanaf " + y.next())
                .value(Value.mln(diff)).child(definitive.explanation()).child(paid.explanation()).build()
                : Explanation.none();
        return new Bedragfiguur(new FigureName(f.code(), "afrekening", y.next(), s), diff, e);
    }

    /**
     * The last stand computed before the Financieel Jaarverslag of y that covers year y: the accres
     * of y as paid.
     */
    private Stand paidStand(BudgetYear y, Stand def) {
        Stand paid = null;
        for (Stand s : in.standen()) {
            if (s.isBefore(def) && in.bereik(s).covers(y)) {
                paid = s;
            }
        }
        return paid;
    }
}
