package nl.fvw.normering;

import java.math.BigDecimal;

import javax.money.MonetaryAmount;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Input;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The afrekening of a year's accres (normering.md §2a): from the booking stand on (by default the
 * Voorjaarsnota of t + 1), the definitive tranche minus the tranche as paid at the last stand of t,
 * booked in t + 1.
 */
final class Afrekeningen {
    private final Normeringsinvoer in;
    private final Accresberekening accres;
    private final Vaststellingen vaststellingen;
    private final boolean explain;

    Afrekeningen(Normeringsinvoer in, Accresberekening accres, Vaststellingen vaststellingen, boolean explain) {
        this.in = in;
        this.accres = accres;
        this.vaststellingen = vaststellingen;
        this.explain = explain;
    }

    /** The afrekening of y booked in y + 1, as known at s; null when there is nothing to settle. */
    Bedragfiguur afrekening(Fonds f, BudgetYear y, Stand s) {
        Stand def = vaststellingen.definitief(f, y);
        if (def == null || s.isBefore(def) || in.fondsen().get(f) == null || y.next().isAfter(in.laatsteJaar())) {
            return null;
        }
        Stand paidAt = vaststellingen.betaald(f, y);
        if (paidAt == null) {
            return null;
        }
        Tranche definitive = accres.tranche(f, y, def);
        Tranche paid = accres.tranche(f, y, paidAt);
        if (definitive == null || paid == null) {
            return null;
        }
        Amounts.requireSameCurrency(definitive.valuta(), paid.valuta(), () -> f.naam() + " afrekening " + y);
        BigDecimal reserve = vaststellingen.reserve(f, y, paidAt);
        BigDecimal paidOut = reserve.signum() == 0 ? paid.bedragWaarde()
                : Amounts.multiplyValue(paid.bedragWaarde(), BigDecimal.ONE.subtract(reserve));
        BigDecimal verschil = Amounts.subtractValues(definitive.bedragWaarde(), paidOut);
        MonetaryAmount diff = explain ? Amounts.of(verschil, paid.valuta()) : null;
        Explanation e = explain ? Explanation.builder(f.code() + " afrekening " + y.next() + " stand " + s)
                .rule(vaststellingen.besluit(f, y).regel())
                .formula("afrekening " + y + " = tranche " + y + " definitief (" + def + ") − tranche " + y + " betaald ("
                        + paidAt + "); incidenteel geboekt in " + y.next() + ", structureel in de tranche vanaf " + y.next())
                .input(new Input("afrekenmoment", Value.text(vaststellingen.besluit(f, y).inhoud().afrekenmoment()
                        .toString()), null, vaststellingen.besluit(f, y).regel().source()))
                .value(Value.mln(diff)).child(definitive.explanation()).child(paid.explanation()).build()
                : Explanation.none();
        if (explain && reserve.signum() != 0) {
            Besluit<Besluit.Behoedzaamheidsreserve> r = vaststellingen.reserveBesluit(f, y, paidAt);
            e = Explanation.builder(f.code() + " afrekening " + y.next() + " stand " + s).rule(vaststellingen.besluit(f, y).regel())
                    .formula("afrekening " + y + " = tranche " + y + " definitief (" + def + ") − tranche " + y + " betaald ("
                            + paidAt + ") × (1 − behoedzaamheidsreserve); de reserve wordt met de afrekening uitbetaald")
                    .input(new Input("behoedzaamheidsreserve " + y, Value.rate(reserve), r.besloten(), "regel " + r.regel().id()
                            + ": " + r.regel().source()))
                    .value(Value.mln(diff)).child(definitive.explanation()).child(paid.explanation()).build();
        }
        return new Bedragfiguur(new FigureName(f.code(), "afrekening", y.next(), s), verschil, paid.valuta(), e);
    }
}
