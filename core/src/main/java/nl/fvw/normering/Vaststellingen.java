package nl.fvw.normering;

import java.util.HashMap;
import java.util.Map;

import nl.fvw.time.BudgetYear;
import nl.fvw.time.Ijkmoment;
import nl.fvw.time.Stand;

/**
 * When the accres of a year is definitive and when it was paid (normering.md §2): definitive at
 * the Financieel Jaarverslag Rijk of that year, where a rule settles it ({@link Besluit.Vaststelling});
 * paid as at the last stand computed before that which covers the year.
 */
final class Vaststellingen {
    private final Normeringsinvoer in;
    private final Besluiten besluiten;
    private final Map<Integer, Stand> fjr = new HashMap<>();

    Vaststellingen(Normeringsinvoer in, Besluiten besluiten) {
        this.in = in;
        this.besluiten = besluiten;
        for (Stand s : in.standen()) {
            if (s.ijkmoment() == Ijkmoment.FINANCIEEL_JAARVERSLAG_RIJK) {
                fjr.putIfAbsent(s.year(), s);
            }
        }
    }

    /** The rule's settlement of fund f, year y, in force at the Financieel Jaarverslag of y; null when none. */
    Besluit<Besluit.Vaststelling> besluit(Fonds f, BudgetYear y) {
        Stand s = fjr.get(y.value());
        return s == null ? null : besluiten.vaststelling(f, y, s);
    }

    /** The Financieel Jaarverslag of y among the stands computed, where a rule settles f in y there; else null. */
    Stand definitief(Fonds f, BudgetYear y) {
        return besluit(f, y) == null ? null : fjr.get(y.value());
    }

    /** The last stand computed before {@code def} that covers year y: the accres of y as paid; null when none. */
    Stand betaald(BudgetYear y, Stand def) {
        Stand paid = null;
        for (Stand s : in.standen()) {
            if (s.isBefore(def) && in.bereik(s).covers(y)) {
                paid = s;
            }
        }
        return paid;
    }
}
