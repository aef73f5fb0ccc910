package nl.fvw.normering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.Input;
import nl.fvw.explain.RuleRef;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.param.Parameter;
import nl.fvw.param.ParameterValue;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The accres % and the tranche of one fund, year and stand, as the rules decided (normering.md
 * §1-§4): the definitive figure after the Financieel Jaarverslag, a fixing at an earlier stand, or
 * the computation the decision names (trap-op-trap-af, bbp-systematiek, a published % or tranche);
 * then tranche = % × grondslag, split into LPO and volume part, or a fixed volume part plus LPO.
 */
final class Accresberekening {
    /**
     * The accres % and (when the fund's inputs allow) the tranche of one fund, year and stand.
     * {@code signature}: the decisions that made the figure (rule ids and contents, compared by
     * equality), so funds computed the same way can share one %.
     */
    record Berekend(AccresPercentage pct, Tranche tranche, List<Object> signature) {
    }

    /** The growth of an aggregate by a rule: the same for every fund that takes it. */
    private record Groeisleutel(String aggregaat, BudgetYear jaar, Stand stand, RuleRef regel) {
        // equals and hashCode written out: a record's own are made (method handles) at their first call, in every start
        @Override
        public boolean equals(Object o) {
            return o instanceof Groeisleutel k && k.aggregaat.equals(aggregaat) && k.jaar.equals(jaar) && k.stand.equals(stand)
                    && (k.regel == regel || k.regel.equals(regel));
        }

        @Override
        public int hashCode() {
            return ((31 * aggregaat.hashCode() + jaar.hashCode()) * 31 + stand.hashCode()) * 31 + regel.id().hashCode();
        }
    }

    /**
     * The bbp-systematiek of a year at a stand: the same for every fund that takes it (its window is the input's
     * parameters at that year and stand).
     */
    private record Bbpsleutel(BudgetYear jaar, Stand stand) {
        // equals and hashCode written out: a record's own are made (method handles) at their first call, in every start
        @Override
        public boolean equals(Object o) {
            return o instanceof Bbpsleutel k && k.jaar.equals(jaar) && k.stand.equals(stand);
        }

        @Override
        public int hashCode() {
            return 31 * jaar.hashCode() + stand.hashCode();
        }
    }

    private final Normeringsinvoer in;
    private final Besluiten besluiten;
    private final boolean explain;
    private final Aggregaten aggregaten;
    private final Vaststellingen vaststellingen;
    private final Grondslagopbouw grondslag;
    /** Read by the next draw while this one still computes ({@link #Accresberekening(Normeringsinvoer, Besluiten,
     * Aggregaten, Vaststellingen, Accresberekening, Invoerverschil)}), so safe for threads. */
    private final Map<FondsJaarStand, Berekend> memo = new ConcurrentHashMap<>();
    private final Map<Groeisleutel, AccresPercentage> groei = new HashMap<>();
    private final Map<Bbpsleutel, BbpSystematiek.Uitkomst> bbp = new HashMap<>();

    /**
     * The computation of an input of the same decisions as {@code naast}'s, without explanations, taking over
     * its figures at the stands before the two inputs part ({@link Invoerverschil}).
     */
    Accresberekening(Normeringsinvoer in, Besluiten besluiten, Aggregaten aggregaten, Vaststellingen vaststellingen,
            Accresberekening naast, Invoerverschil verschil) {
        this(in, besluiten, aggregaten, vaststellingen, false);
        naast.memo.forEach((k, b) -> {
            if (verschil.zelfdeOp(k.stand())) {
                memo.put(k, b);
            }
        });
    }

    Accresberekening(Normeringsinvoer in, Besluiten besluiten, Aggregaten aggregaten, Vaststellingen vaststellingen,
            boolean explain) {
        this.in = in;
        this.besluiten = besluiten;
        this.aggregaten = aggregaten;
        this.vaststellingen = vaststellingen;
        this.explain = explain;
        this.grondslag = new Grondslagopbouw(in, (f, y, s) -> compute(f, y, s).tranche());
    }

    Berekend compute(Fonds f, BudgetYear y, Stand s) {
        FondsJaarStand key = new FondsJaarStand(f, y, s);
        Berekend done = memo.get(key);
        if (done == null) {
            done = computeFresh(f, y, s);
            memo.put(key, done);
        }
        return done;
    }

    /** The tranche of fund f in year y at stand s, or null where the inputs give none. */
    Tranche tranche(Fonds f, BudgetYear y, Stand s) {
        return compute(f, y, s).tranche();
    }

    private Berekend computeFresh(Fonds f, BudgetYear y, Stand s) {
        Stand definitive = vaststellingen.definitief(f, y);
        if (definitive != null && s.isAfter(definitive)) {
            return carried(compute(f, y, definitive), f, y, s, "definitief vastgesteld bij " + definitive,
                    vaststellingen.besluit(f, y).regel(), null);
        }
        Besluit<Besluit.Vastzetting> vast = besluiten.vastzetting(f, y, s);
        Stand geheelVast = vast == null ? null : vast.inhoud().geheelVastOp();
        if (geheelVast != null && geheelVast.isBefore(s)) {
            return carried(compute(f, y, geheelVast), f, y, s, "vastgezet op stand " + geheelVast, vast.regel(), vast);
        }
        Besluit<Besluit.Berekening> calc = besluiten.berekening(f, y, s);
        Explanation.Builder b = explain ? Explanation.builder(f.code() + " accres " + y + " stand " + s).rule(calc.regel())
                : Explanation.off();
        Opbrengst o = calc.inhoud().methode(new Methode(f, y, s, calc.regel(), b));
        if (o == null) {
            return new Berekend(null, null, signature(calc, vast));
        }
        BigDecimal pct = o.pct();
        Tranche tranche = o.tranche();
        if (tranche == null && grondslag.gegeven(in.fondsen().get(f))) {
            BigDecimal g = grondslag.waarde(f, y, s);
            BigDecimal bedrag = Amounts.multiplyValue(g, pct);
            Explanation.Builder tb = explain ? Explanation.builder(f.code() + " tranche " + y + " stand " + s)
                    .rule(calc.regel()).formula("tranche = accres % × grondslag")
                    .input(new Input("accres % " + y, Value.rate(pct), s, calc.regel().source()))
                    .input(new Input(f.code() + " grondslag " + y, Value.mln(grondslag.grondslag(f, y, s)),
                            grondslag.bronstand(f, y, s), grondslag.bron(f)))
                    : Explanation.off();
            tranche = split(f, y, s, Amounts.EUR, bedrag, g, o.prijs() != null ? o.prijs() : lpoDeel(y, s), null, tb);
        }
        Stand volumeVast = vast == null ? null : vast.inhoud().volumedeelVastOp();
        if (volumeVast != null && volumeVast.isBefore(s)) {
            tranche = volumedeelVast(f, y, s, vast, volumeVast, tranche);
            pct = Amounts.ratio(tranche.bedragWaarde(), grondslag.waarde(f, y, s), tranche.valuta(),
                    "accres % with a fixed volume part");
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
            for (Besluit<?> over : besluiten.overruled(calc, s)) {
                b.input(new Input("overruled: " + over.regel().id(), Value.text(over.inhoud().toString()), over.besloten(),
                        over.regel().source()));
            }
        }
        return new Berekend(new AccresPercentage(f, y, s, pct, b.build()), tranche, signature(calc, vast));
    }

    /**
     * What a method gives: the accres %, and for a published tranche the tranche itself (its % then
     * follows from the grondslag, where there is one).
     */
    private record Opbrengst(BigDecimal pct, Tranche tranche, Prijsdeel prijs) {
        Opbrengst(BigDecimal pct, Tranche tranche) {
            this(pct, tranche, null);
        }
    }

    /**
     * The rate of the price part of a tranche, as an explanation cites it: the lpo % under the
     * rekenregel, the bbp price growth p under the bbp-systematiek (normering.md §2a).
     */
    private record Prijsdeel(String naam, BigDecimal pct, Stand stand, String bron, boolean kruisterm) {
    }

    /** The lpo % of y as known at s as the price part, or null when no lpo is given. */
    private Prijsdeel lpoDeel(BudgetYear y, Stand s) {
        return in.lpo().knows(y, s) ? new Prijsdeel("lpo % " + y, in.lpo().knownAt(y, s), in.lpo().sourceStand(y, s),
                in.lpo().bron(), false) : null;
    }

    /** The accres % (or the published tranche) by the method a rule decided; null where the fund is not given. */
    private final class Methode implements Besluit.Methoden<Opbrengst> {
        private final Fonds f;
        private final BudgetYear y;
        private final Stand s;
        private final RuleRef regel;
        private final Explanation.Builder b;

        Methode(Fonds f, BudgetYear y, Stand s, RuleRef regel, Explanation.Builder b) {
            this.f = f;
            this.y = y;
            this.s = s;
            this.regel = regel;
            this.b = b;
        }

        @Override
        public Opbrengst trapOpTrapAf(String aggregaat) {
            AccresPercentage g = groei.computeIfAbsent(new Groeisleutel(aggregaat, y, s, regel), k -> Groei.accres(
                    new AggregaatJaar(aggregaten.voorGroei(aggregaat, y, s, regel.id()), y), regel, explain));
            b.absorb(g.explanation());
            return new Opbrengst(g.fraction(), null);
        }

        @Override
        public Opbrengst bbpSystematiek() {
            BbpSystematiek.Uitkomst u = bbp.computeIfAbsent(new Bbpsleutel(y, s), k -> BbpSystematiek
                    .accres(y, s, in.bbpVolume(), in.bbpPrijs(), in.bbpKeuzes(), venster(y, s, regel), explain));
            b.absorb(u.explanation());
            return new Opbrengst(u.accres(), null, new Prijsdeel(in.bbpPrijs().naam() + " " + y, u.prijs(),
                    in.bbpPrijs().sourceStand(y, u.prijsStand()), in.bbpPrijs().bron(),
                    in.bbpKeuzes().combinatie() != BbpKeuzes.Combinatie.ADDITIEF));
        }

        @Override
        public Opbrengst gepubliceerdPercentage() {
            BigDecimal pct = in.gepubliceerdAccres().knownAt(y, s);
            b.formula("accres % zoals gepubliceerd (de bron geeft geen aggregaat)")
                    .input(new Input("accres % " + y, Value.rate(pct), in.gepubliceerdAccres().sourceStand(y, s),
                            in.gepubliceerdAccres().bron()));
            return new Opbrengst(pct, null);
        }

        @Override
        public Opbrengst gepubliceerdeTranche() {
            Fondsinvoer fi = in.fondsen().get(f);
            if (fi == null) {
                return null;
            }
            if (fi.gepubliceerdeTranches() == null) {
                throw new FvwException("Rule " + regel.id() + " takes the published " + f.naam() + " tranche " + y
                        + ", but no tranches are given for " + f.naam());
            }
            Explanation.Builder tb = explain ? Explanation.builder(f.code() + " tranche " + y + " stand " + s).rule(regel)
                    : Explanation.off();
            TrancheUitBron.Gedrukt gedrukt = TrancheUitBron.bedrag(fi, y, s, tb);
            MonetaryAmount published = gedrukt.bedrag();
            boolean hasBase = grondslag.gegeven(fi);
            Tranche tranche = split(f, y, s, published.getCurrency(), Amounts.value(published),
                    hasBase ? grondslag.waarde(f, y, s) : null, lpoDeel(y, s), gedrukt.stand(), tb);
            if (!hasBase) {
                return new Opbrengst(null, tranche);
            }
            b.formula("accres % = gepubliceerde tranche / grondslag").child(tranche.explanation());
            return new Opbrengst(Amounts.ratio(published, grondslag.grondslag(f, y, s), "accres % from the published tranche"),
                    tranche);
        }
    }

    /**
     * The window of the volume part of the bbp-systematiek for year y as known at stand s, from its
     * parameters; before they were decided (a variant that applies the method to the past), their
     * first decision, as the explanation says.
     */
    private BbpSystematiek.Venster venster(BudgetYear y, Stand s, RuleRef regel) {
        ParameterValue van = vensterDeel("bbp-systematiek.volume.van", y, s, regel);
        ParameterValue tot = vensterDeel("bbp-systematiek.volume.tot", y, s, regel);
        boolean first = !in.parameters().get("bbp-systematiek.volume.van").knows(y, s);
        return new BbpSystematiek.Venster(van.value().intValueExact(), tot.value().intValueExact(), van.decidedAt(),
                van.source() + (first ? "; op stand " + s + " nog niet besloten: de bbp-systematiek zoals eerst vastgelegd"
                        : ""));
    }

    private ParameterValue vensterDeel(String naam, BudgetYear y, Stand s, RuleRef regel) {
        if (!in.parameters().has(naam)) {
            throw new FvwException("Rule " + regel.id() + " computes the accres " + y + " by the bbp-systematiek, but the"
                    + " parameter '" + naam + "' (the window of its volume part) is not given");
        }
        Parameter p = in.parameters().get(naam);
        return p.knows(y, s) ? p.decisionFor(y, s) : p.firstDecisionFor(y);
    }

    /** tranche = the volume part as computed at the fixing stand + lpo % × grondslag at this stand. */
    private Tranche volumedeelVast(Fonds f, BudgetYear y, Stand s, Besluit<?> vast, Stand fixedAt, Tranche tranche) {
        if (tranche == null) {
            throw new FvwException("Rule " + vast.regel().id() + " fixes the volume part of the " + f.naam() + " accres " + y
                    + " at " + fixedAt + "; that needs the " + f.naam() + " grondslag and the lpo %, which are not given"
                    + " (or leave the " + f.naam() + " out of stand " + s + ")");
        }
        Berekend atFix = compute(f, y, fixedAt);
        if (atFix.tranche() == null || atFix.tranche().volumeWaarde() == null) {
            throw new FvwException("Rule " + vast.regel().id() + " fixes the volume part of the " + f.naam() + " accres "
                    + y + " at " + fixedAt + ", but that stand has no LPO % to split the tranche (give 'lpo')");
        }
        Tranche fixed = atFix.tranche();
        BigDecimal lpoPct = in.lpo().knownAt(y, s);
        BigDecimal lpo = Amounts.multiplyValue(grondslag.waarde(f, y, s), lpoPct);
        BigDecimal bedrag = Amounts.addValues(fixed.volumeWaarde(), lpo);
        Explanation.Builder tb = explain ? Explanation.builder(f.code() + " tranche " + y + " stand " + s)
                .rule(vast.regel()).formula("tranche = volumedeel vastgezet op stand " + fixedAt + " + lpo % × grondslag")
                .input(new Input("volumedeel " + y, Value.mln(fixed.volumeDeel()), fixedAt, "berekend op die stand"))
                .input(new Input("lpo % " + y, Value.rate(lpoPct), in.lpo().sourceStand(y, s), in.lpo().bron()))
                .input(new Input(f.code() + " grondslag " + y, Value.mln(grondslag.grondslag(f, y, s)),
                        grondslag.bronstand(f, y, s), grondslag.bron(f)))
                .child(fixed.explanation()) : Explanation.off();
        if (tb.isOn()) {
            tb.value(Value.phrase(Value.mln(Amounts.of(bedrag, fixed.valuta())), " (lpo ",
                    Value.mln(Amounts.of(lpo, fixed.valuta())), " + volume ", Value.mln(fixed.volumeDeel()), ")"));
        }
        return new Tranche(f, y, s, fixed.valuta(), bedrag, lpo, fixed.volumeWaarde(), null, tb.build());
    }

    private Berekend carried(Berekend d, Fonds f, BudgetYear y, Stand s, String why, RuleRef rule, Besluit<?> vast) {
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
            t = d.tranche().op(s, e);
        }
        List<Object> sig = new ArrayList<>(d.signature());
        sig.add(rule.id());
        sig.add(vast == null ? "" : vast.inhoud());
        return new Berekend(pct, t, sig);
    }

    private static List<Object> signature(Besluit<?> calc, Besluit<?> vast) {
        return vast == null ? List.of(calc.regel().id(), calc.inhoud())
                : List.of(calc.regel().id(), calc.inhoud(), vast.regel().id(), vast.inhoud());
    }

    /**
     * The tranche of value {@code bedrag} split into price part (prijsdeel % × grondslag) and volume
     * part (the rest), where both are known; {@code g} is the value of the grondslag, or null.
     */
    private Tranche split(Fonds f, BudgetYear y, Stand s, CurrencyUnit valuta, BigDecimal bedrag, BigDecimal g,
            Prijsdeel prijs, Stand gedruktOp, Explanation.Builder tb) {
        boolean gesplitst = g != null && prijs != null;
        if (gesplitst && tb.isOn()) {
            tb.input(new Input(prijs.naam(), Value.rate(prijs.pct()), prijs.stand(), prijs.bron()));
            tb.formulaStep("prijsdeel = " + prijs.naam() + " × grondslag; volumedeel = tranche − prijsdeel"
                    + (prijs.kruisterm() ? " (met de kruisterm v·p van (1 + v)(1 + p) − 1)" : ""));
        }
        Tranche t = gesplitst ? Tranche.gesplitst(f, y, s, valuta, bedrag, g, prijs.pct(), gedruktOp, Explanation.none())
                : new Tranche(f, y, s, valuta, bedrag, null, null, gedruktOp, Explanation.none());
        if (!tb.isOn()) {
            return t;
        }
        tb.value(gesplitst ? Value.phrase(Value.mln(t.bedrag()), " (prijs ", Value.mln(t.prijsDeel()), " + volume ",
                Value.mln(t.volumeDeel()), ")") : Value.mln(t.bedrag()));
        return t.op(s, tb.build());
    }
}
