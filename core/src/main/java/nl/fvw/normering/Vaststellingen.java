package nl.fvw.normering;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.fvw.time.BudgetYear;
import nl.fvw.time.Ijkmoment;
import nl.fvw.time.Stand;

/**
 * When the accres of a year is settled and what was paid (normering.md §2a). A rule settles the
 * accres of year t at the Financieel Jaarverslag Rijk t ({@link Besluit.Vaststelling}); the
 * afrekening is booked at the first stand computed at or after its {@link Afrekenmoment} (by default
 * the Voorjaarsnota of t + 1) that covers the fund and t. Paid is the accres of t at the last stand
 * of year t itself: the last stand computed, published no later than 31 December t, that covers them.
 * All of it follows from the decisions, the stands and their ranges, so the draws of a Monte Carlo
 * share one ({@link #voor}); what is worked out is kept, safe for threads.
 */
final class Vaststellingen {
    private final Normeringsinvoer in;
    private final Besluiten besluiten;
    /** The Financieel Jaarverslag Rijk of each year: the input's, else at its usual date. */
    private final Map<BudgetYear, Stand> fjr = new ConcurrentHashMap<>();
    private final Map<FondsJaarStand, Boeking> boekingen = new ConcurrentHashMap<>();

    /** Where the afrekening of a fund and year is booked and the stand its accres was paid at; both null when it is not settled. */
    private record Boeking(Stand definitief, Stand betaald) {
    }

    Vaststellingen(Normeringsinvoer in, Besluiten besluiten) {
        this.in = in;
        this.besluiten = besluiten;
        for (Stand s : in.standen()) {
            if (s.ijkmoment() == Ijkmoment.FINANCIEEL_JAARVERSLAG_RIJK) {
                fjr.putIfAbsent(BudgetYear.of(s.year()), s);
            }
        }
    }

    /**
     * These settlements for another input of the same decisions: the same, shared, when that input has the
     * same stands and ranges (all this reads of an input); else its own.
     */
    Vaststellingen voor(Normeringsinvoer other) {
        return other.standen().equals(in.standen()) && other.zelfdeBereik(in) ? this : new Vaststellingen(other, besluiten);
    }

    /** The rule's settlement of fund f, year y, in force at the Financieel Jaarverslag Rijk of y; null when none. */
    Besluit<Besluit.Vaststelling> besluit(Fonds f, BudgetYear y) {
        return besluiten.vaststelling(f, y, fjr.computeIfAbsent(y,
                j -> Stand.of(Ijkmoment.FINANCIEEL_JAARVERSLAG_RIJK, j.value())));
    }

    /** The stand at which the afrekening of f in y is booked, carrying the definitive accres; null when none. */
    Stand definitief(Fonds f, BudgetYear y) {
        return boeking(f, y).definitief();
    }

    /** The last stand of year y computed before the booking stand that covers f and y: the accres as paid; null when none. */
    Stand betaald(Fonds f, BudgetYear y) {
        return boeking(f, y).betaald();
    }

    private Boeking boeking(Fonds f, BudgetYear y) {
        FondsJaarStand k = FondsJaarStand.of(f, y);
        Boeking b = boekingen.get(k);
        if (b == null) {
            Stand def = boekingsstand(f, y);
            b = new Boeking(def, def == null ? null : betaaldVoor(f, y, def));
            boekingen.putIfAbsent(k, b);
        }
        return b;
    }

    private Stand boekingsstand(Fonds f, BudgetYear y) {
        Besluit<Besluit.Vaststelling> b = besluit(f, y);
        if (b == null) {
            return null;
        }
        Afrekenmoment moment = b.inhoud().afrekenmoment();
        Stand boeking = moment.stand(y);
        for (Stand s : in.standen()) {
            if ((moment.is(s, y) || !s.isBefore(boeking)) && rekent(s, f, y)) {
                return s;
            }
        }
        return null;
    }

    private Stand betaaldVoor(Fonds f, BudgetYear y, Stand def) {
        Stand paid = null;
        for (Stand s : in.standen()) {
            if (s.isBefore(def) && s.publicationDate().getYear() <= y.value() && rekent(s, f, y)) {
                paid = s;
            }
        }
        return paid;
    }

    /**
     * The part of the accres of f in y held back at s (the behoedzaamheidsreserve): the rule's part
     * while y is not settled at s, nothing once it is (the reserve is then paid out with the afrekening).
     */
    BigDecimal reserve(Fonds f, BudgetYear y, Stand s) {
        Besluit<Besluit.Behoedzaamheidsreserve> r = besluiten.reserve(f, y, s);
        if (r == null || r.inhoud().fractie().signum() == 0) {
            return BigDecimal.ZERO;
        }
        Stand def = definitief(f, y);
        return def != null && !s.isBefore(def) ? BigDecimal.ZERO : r.inhoud().fractie();
    }

    /** The rule of the behoedzaamheidsreserve of f in y at s, for the explanation; null when none. */
    Besluit<Besluit.Behoedzaamheidsreserve> reserveBesluit(Fonds f, BudgetYear y, Stand s) {
        return besluiten.reserve(f, y, s);
    }

    private boolean rekent(Stand s, Fonds f, BudgetYear y) {
        Standbereik b = in.bereik(s);
        return b.covers(y) && b.fondsen().contains(f);
    }
}
