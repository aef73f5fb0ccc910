package nl.fvw.normering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.money.MonetaryAmount;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The BCF-ruimte in the funds (normering.md §5): the ruimte of a stand split over GF and PF, as it
 * lands in the level (incidental, its own year only), and its settlement at the Financieel
 * Jaarverslag, booked in the year after.
 */
final class BcfBoeking {
    private final Normeringsinvoer in;
    private final Accresberekening accres;
    private final Vaststellingen vaststellingen;
    private final boolean explain;
    private final Map<Stand, Map<BudgetYear, BcfPlafond.Ruimte>> memo = new HashMap<>();

    BcfBoeking(Normeringsinvoer in, Accresberekening accres, Vaststellingen vaststellingen, boolean explain) {
        this.in = in;
        this.accres = accres;
        this.vaststellingen = vaststellingen;
        this.explain = explain;
    }

    /** Whether the input has a BCF plafond that books into year y. */
    boolean books(BudgetYear y) {
        return in.bcf() != null && y.isAfter(in.bcf().basisjaar());
    }

    private Map<BudgetYear, BcfPlafond.Ruimte> ruimte(Stand s) {
        return memo.computeIfAbsent(s, st -> BcfPlafond.bereken(in.bcf(), st, in.laatsteJaar(), (f, y) -> {
            AccresPercentage pct = accres.compute(f, y, st).pct();
            return pct == null ? null : pct.fraction();
        }, explain));
    }

    /** The ruimte figures of a stand: in total and per fund, per year. */
    void figuren(Stand s, List<Bedrag> out) {
        for (BcfPlafond.Ruimte r : ruimte(s).values()) {
            out.add(new Bedragfiguur(new FigureName(null, "bcf-ruimte", r.jaar(), s), r.totaal(), r.explanation()));
            out.add(new Bedragfiguur(new FigureName("GF", "bcf-ruimte", r.jaar(), s), r.gf(), r.explanation()));
            out.add(new Bedragfiguur(new FigureName("PF", "bcf-ruimte", r.jaar(), s), r.pf(), r.explanation()));
        }
    }

    private static MonetaryAmount part(BcfPlafond.Ruimte r, Fonds f) {
        return f == Fonds.GEMEENTEFONDS ? r.gf() : r.pf();
    }

    /** The fund's BCF-ruimte of y as it lands in the level at s: as paid once y is settled, else as known at s. */
    MonetaryAmount inLevel(Fonds f, BudgetYear y, Stand s) {
        if (!books(y)) {
            return Amounts.zeroEur();
        }
        Stand def = vaststellingen.definitief(f, y);
        Stand paid = vaststellingen.betaald(f, y);
        Stand used = def != null && !s.isBefore(def) && paid != null ? paid : s;
        return part(ruimte(used).get(y), f);
    }

    /** The settlement of the BCF-ruimte of y booked in y + 1, as known at s; null when there is none. */
    Bedragfiguur afrekening(Fonds f, BudgetYear y, Stand s) {
        Stand def = vaststellingen.definitief(f, y);
        if (in.bcf() == null || def == null || s.isBefore(def) || !y.isAfter(in.bcf().basisjaar())
                || y.next().isAfter(in.laatsteJaar()) || vaststellingen.betaald(f, y) == null) {
            return null;
        }
        Stand paidAt = vaststellingen.betaald(f, y);
        BcfPlafond.Ruimte definitive = ruimte(def).get(y);
        BcfPlafond.Ruimte provisional = ruimte(paidAt).get(y);
        MonetaryAmount diff = Amounts.subtract(part(definitive, f), part(provisional, f));
        Explanation e = explain ? Explanation.builder(f.code() + " bcf-afrekening " + y.next() + " stand " + s)
                .rule(vaststellingen.besluit(f, y).regel())
                .formula("afrekening BCF " + y + " = ruimte definitief (" + def + ") − voorlopig (" + paidAt + "); geboekt in "
                        + y.next()).value(Value.mln(diff)).child(definitive.explanation()).child(provisional.explanation())
                .build() : Explanation.none();
        return new Bedragfiguur(new FigureName(f.code(), "bcf-afrekening", y.next(), s), diff, e);
    }
}
