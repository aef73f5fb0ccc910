package nl.fvw.normering;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The grondslag of a fund in a year at a stand (normering.md §1): as published per stand, or rolled
 * forward from a base year with each year's tranche and the mutations that join it (an IU joining
 * the AU, a bundled SPUK). A rolled grondslag is carried as its value ({@link Amounts#normalize});
 * its amount is made where it is read.
 */
final class Grondslagopbouw {
    /** The tranche the grondslag of the next year grows by. */
    @FunctionalInterface
    interface Tranches {
        Tranche van(Fonds f, BudgetYear y, Stand s);
    }

    private final Normeringsinvoer in;
    private final Tranches tranches;
    private final Map<FondsJaarStand, BigDecimal> memo = new HashMap<>();

    Grondslagopbouw(Normeringsinvoer in, Tranches tranches) {
        this.in = in;
        this.tranches = tranches;
    }

    /** Whether the fund's input gives a grondslag at all. */
    boolean gegeven(Fondsinvoer fi) {
        return fi != null && (fi.grondslag() != null || fi.grondslagBasis() != null);
    }

    /** The grondslag of fund f in year y at stand s. */
    MonetaryAmount grondslag(Fonds f, BudgetYear y, Stand s) {
        Fondsinvoer fi = in.fondsen().get(f);
        if (fi.grondslag() != null) {
            return gepubliceerd(fi, f, y, s);
        }
        if (y.equals(fi.grondslagBasisjaar())) {
            return fi.grondslagBasis();
        }
        return Amounts.of(waarde(f, y, s), fi.grondslagBasis().getCurrency());
    }

    /** The value of {@link #grondslag}, without making the amount where it is rolled forward. */
    BigDecimal waarde(Fonds f, BudgetYear y, Stand s) {
        FondsJaarStand key = new FondsJaarStand(f, y, s);
        BigDecimal done = memo.get(key);
        if (done != null) {
            return done;
        }
        Fondsinvoer fi = in.fondsen().get(f);
        BigDecimal g;
        if (fi.grondslag() != null) {
            g = Amounts.value(gepubliceerd(fi, f, y, s));
        } else if (y.equals(fi.grondslagBasisjaar())) {
            g = Amounts.value(fi.grondslagBasis());
        } else if (y.isBefore(fi.grondslagBasisjaar())) {
            throw new FvwException(f.naam() + ": the grondslag is rolled forward from " + fi.grondslagBasisjaar()
                    + " and has no value for " + y);
        } else {
            BudgetYear prev = y.previous();
            // the tranches and mutations are in the fund's currency, euro (Fondsinvoer)
            g = Amounts.addValues(waarde(f, prev, s), tranches.van(f, prev, s).bedragWaarde());
            if (fi.grondslagMutaties() != null && fi.grondslagMutaties().contains(y)) {
                g = Amounts.addValues(g, Amounts.value(fi.grondslagMutaties().get(y)));
            }
        }
        memo.put(key, g);
        return g;
    }

    private static MonetaryAmount gepubliceerd(Fondsinvoer fi, Fonds f, BudgetYear y, Stand s) {
        if (fi.grondslag().sourceStand(y, s) == null) {
            throw new FvwException(f.naam() + ": no grondslag for " + y + " is known at stand " + s + " (fondsen."
                    + f.code() + ".grondslag gives " + gegevenJaren(fi) + ")");
        }
        return fi.grondslag().knownAt(y, s);
    }

    /** The stand the grondslag of y used at s was entered at: its published stand, or s where it is rolled forward. */
    Stand bronstand(Fonds f, BudgetYear y, Stand s) {
        Fondsinvoer fi = in.fondsen().get(f);
        return fi.grondslag() != null ? fi.grondslag().sourceStand(y, s) : s;
    }

    private static String gegevenJaren(Fondsinvoer fi) {
        StringBuilder sb = new StringBuilder();
        fi.grondslag().stands().forEach((stand, reeks) -> sb.append(sb.length() == 0 ? "" : "; ").append(stand).append(": ")
                .append(reeks.firstYear()).append("-").append(reeks.lastYear()));
        return sb.toString();
    }

    /** Where the grondslag comes from, as an explanation cites it. */
    String bron(Fonds f) {
        Fondsinvoer fi = in.fondsen().get(f);
        return fi.grondslag() != null ? fi.bron()
                : fi.bron() + "; doorgerold vanaf " + fi.grondslagBasisjaar() + " met tranches en taakmutaties";
    }
}
