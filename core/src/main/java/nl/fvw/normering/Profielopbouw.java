package nl.fvw.normering;

import java.math.BigDecimal;
import java.util.Map;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Input;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/**
 * What a tranche counts for in a later year (normering.md §2a). Under the rekenregel a tranche is
 * permanent: its own amount in every later year, until a {@link Besluit.Looptijd} ends it. A printed
 * tranche counts as printed: the tranche and the bijstellingen printed after it, each with its
 * printed profile over the years ({@link Trancheprofielen}) or else its own-year amount. A looptijd
 * decided after a figure was printed redefines that figure's later years; one decided before it was
 * known to the source, whose profile then shows what it meant.
 */
final class Profielopbouw {
    /**
     * Tranche {@code u} in year {@code t}: the value and currency of the amount, whether it is the
     * tranche's own amount (the permanent case), and, for its figure, the explanation where it is not.
     */
    record Jaar(BigDecimal waarde, CurrencyUnit valuta, boolean eigen, Explanation explanation) {
        /** The tranche's own amount in a later year. */
        static Jaar eigen(Tranche tr) {
            return new Jaar(tr.bedragWaarde(), tr.valuta(), true, Explanation.none());
        }

        /** The amount. */
        MonetaryAmount bedrag() {
            return Amounts.of(waarde, valuta);
        }
    }

    private final Normeringsinvoer in;
    private final Besluiten besluiten;
    private final boolean explain;

    Profielopbouw(Normeringsinvoer in, Besluiten besluiten, boolean explain) {
        this.in = in;
        this.besluiten = besluiten;
        this.explain = explain;
    }

    /**
     * What tranche {@code tr} (of its fund and year, at stand s) counts for in year t, at or after its own year: its
     * value, without explanation (a level sums it; {@link #figuren} explains it where it is its own figure).
     */
    Jaar in(Tranche tr, BudgetYear t, Stand s) {
        return in(tr, t, s, looptijd(tr, s), false);
    }

    /** The looptijd of tranche {@code tr} at stand s, or null: what {@link #in(Tranche, BudgetYear, Stand, Besluit)} takes. */
    Besluit<Besluit.Looptijd> looptijd(Tranche tr, Stand s) {
        return besluiten.looptijd(tr.fonds(), tr.jaar(), s);
    }

    /** As {@link #in(Tranche, BudgetYear, Stand)}, given its {@link #looptijd} at s. */
    Jaar in(Tranche tr, BudgetYear t, Stand s, Besluit<Besluit.Looptijd> looptijd) {
        return in(tr, t, s, looptijd, false);
    }

    /** What tranche {@code tr} counts for in year t at stand s, explained when {@code uitleg} and explanations are on. */
    private Jaar in(Tranche tr, BudgetYear t, Stand s, Besluit<Besluit.Looptijd> looptijd, boolean uitleg) {
        BudgetYear u = tr.jaar();
        if (!t.isAfter(u)) {
            return Jaar.eigen(tr);
        }
        if (tr.gedruktOp() != null) {
            return gedrukt(tr, t, s, looptijd, uitleg && explain);
        }
        if (looptijd != null && !looptijd.inhoud().teltMee(t)) {
            Explanation e = uitleg && explain ? Explanation.builder(naam(tr, t, s)).rule(looptijd.regel())
                    .formula("de tranche " + u + " telt mee tot en met " + looptijd.inhoud().totEnMet() + ", niet in " + t)
                    .value(Value.mln(Amounts.zeroEur())).child(tr.explanation()).build() : Explanation.none();
            return new Jaar(BigDecimal.ZERO, tr.valuta(), false, e);
        }
        return Jaar.eigen(tr);
    }

    /**
     * The figures of the years in (u, tot] where tranche tr does not count for its own amount, each explained;
     * where it does, no explanation is made.
     */
    void figuren(Tranche tr, BudgetYear tot, Stand s, java.util.List<Bedrag> out) {
        Besluit<Besluit.Looptijd> looptijd = looptijd(tr, s);
        for (BudgetYear t = tr.jaar().next(); !t.isAfter(tot); t = t.next()) {
            Jaar j = in(tr, t, s, looptijd, false);
            if (!j.eigen()) {
                j = explain ? in(tr, t, s, looptijd, true) : j;
                out.add(new Bedragfiguur(new FigureName(tr.fonds().code(), "tranche " + tr.jaar() + " in", t, s), j.bedrag(),
                        j.explanation()));
            }
        }
    }

    static String naam(Tranche tr, BudgetYear t, Stand s) {
        return tr.fonds().code() + " tranche " + tr.jaar() + " in " + t + " stand " + s;
    }

    /**
     * A printed tranche in year t: the tranche printed at its stand p plus the bijstellingen printed
     * after p, each in t as printed (its profile, else its amount of the tranche's own year). A
     * looptijd decided after a figure was printed redefines that figure's later years: its own-year
     * amount while the tranche counts, nothing after; one decided before was known to the source.
     */
    private Jaar gedrukt(Tranche tr, BudgetYear t, Stand s, Besluit<Besluit.Looptijd> looptijd, boolean uitleg) {
        Fondsinvoer fi = in.fondsen().get(tr.fonds());
        BudgetYear u = tr.jaar();
        Stand p = tr.gedruktOp();
        Explanation.Builder b = uitleg ? Explanation.builder(naam(tr, t, s))
                .formula("de tranche " + u + " in " + t + " zoals gedrukt: de tranche en de bijstellingen die later gedrukt"
                        + " zijn, elk in " + t + " zoals de bron het jaar drukt") : Explanation.off();
        if (b.isOn() && looptijd != null) {
            b.rule(looptijd.regel()).input(new Input("looptijd", Value.text(looptijd.inhoud().totEnMet() == null
                    ? "elk later jaar" : "tot en met " + looptijd.inhoud().totEnMet()), looptijd.besloten(),
                    looptijd.regel().source()));
        }
        MonetaryAmount eerste = deel(fi, Trancheprofielen.Soort.TRANCHE, p, fi.gepubliceerdeTranches().value(u, p), u, t,
                looptijd, "tranche ", b);
        CurrencyUnit valuta = eerste.getCurrency();
        BigDecimal total = Amounts.value(eerste);   // summed as values: an amount is made for the explanation only
        if (fi.trancheBijstellingen() != null) {
            for (Map.Entry<Stand, YearSeries> e : fi.trancheBijstellingen().stands().subMap(p, false, s, true).entrySet()) {
                if (e.getValue().contains(u)) {
                    MonetaryAmount bij = deel(fi, Trancheprofielen.Soort.BIJSTELLING, e.getKey(), e.getValue().get(u), u, t,
                            looptijd, "bijstelling tranche ", b);
                    Amounts.requireSameCurrency(valuta, bij.getCurrency(), "addition");
                    total = Amounts.addValues(total, Amounts.value(bij));
                }
            }
        }
        boolean eigen = valuta.equals(tr.valuta()) && total.compareTo(tr.bedragWaarde()) == 0;
        return new Jaar(total, valuta, eigen, b.isOn() ? b.value(Value.mln(Amounts.of(total, valuta))).build()
                : Explanation.none());
    }

    /**
     * One printed part (the tranche or a bijstelling, printed at {@code at} with own-year amount {@code eigen}) in year t;
     * {@code label} starts the input's name in the explanation.
     */
    private MonetaryAmount deel(Fondsinvoer fi, Trancheprofielen.Soort soort, Stand at, MonetaryAmount eigen, BudgetYear u,
            BudgetYear t, Besluit<Besluit.Looptijd> looptijd, String label, Explanation.Builder b) {
        boolean bekend = looptijd == null || looptijd.besloten() == null || !looptijd.besloten().isAfter(at);
        YearSeries profiel = fi.profielen() == null ? null : fi.profielen().profiel(soort, at, u);
        MonetaryAmount a;
        if (bekend && profiel != null) {
            a = Trancheprofielen.in(profiel, t);
        } else if (looptijd == null || looptijd.inhoud().teltMee(t)) {
            a = eigen;
        } else {
            a = Amounts.zero(eigen.getCurrency());
        }
        if (b.isOn()) {
            String waarom;
            if (bekend && profiel != null) {
                waarom = t.isAfter(profiel.lastYear()) ? " (profiel; het laatst gedrukte jaar is " + profiel.lastYear() + ")"
                        : " (profiel)";
            } else if (looptijd == null || looptijd.inhoud().teltMee(t)) {
                waarom = " (het bedrag van " + u + (profiel != null ? "; de looptijd is later besloten dan het profiel gedrukt"
                        : "") + ")";
            } else {
                waarom = " (telt niet mee na " + looptijd.inhoud().totEnMet() + ")";
            }
            b.input(new Input(label + u + " in " + t, Value.mln(a), at, fi.bron() + waarom));
        }
        return a;
    }
}
