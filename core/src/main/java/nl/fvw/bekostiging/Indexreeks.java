package nl.fvw.bekostiging;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;

/**
 * An index series that brings prices of a base year to current prices (bekostiging.md):
 * nominaal_t = reëel_t × Π_{s=basisjaar+1..t} (1 + index_s). A weighted mix of two series (e.g.
 * wage and price) is {@link #mix}.
 *
 * <pre>{@code
 * Indexreeks imoc = new Indexreeks("IMOC", "CPB, cMEV 2025",
 *         new TreeMap<>(Map.of(BudgetYear.of(2025), new BigDecimal("0.031"))));
 * BigDecimal f = imoc.factor(BudgetYear.of(2024), BudgetYear.of(2025));   // 1.031
 * }</pre>
 */
public record Indexreeks(String naam, String bron, SortedMap<BudgetYear, BigDecimal> stijging) {
    /**
     * Checks the components.
     *
     * @param naam the index's name (IMOC, cao-ontwikkeling, …)
     * @param bron its source
     * @param stijging the increase per year, as a fraction
     */
    public Indexreeks {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(bron, "bron");
        stijging = Collections.unmodifiableSortedMap(new TreeMap<>(stijging));
    }

    /**
     * No indexation: every factor is 1.
     *
     * @return the empty index
     */
    public static Indexreeks geen() {
        return new Indexreeks("geen indexatie (prijzen van het basisjaar)", "aanname", new TreeMap<>());
    }

    /**
     * Whether this is no indexation.
     *
     * @return true for {@link #geen()}
     */
    public boolean isGeen() {
        return stijging.isEmpty() && naam.startsWith("geen");
    }

    /**
     * w × a + (1 − w) × b per year; both series must give the same years.
     *
     * @param a the first index
     * @param w the weight of {@code a}, 0 to 1
     * @param b the second index
     * @return the weighted index
     * @throws FvwException when the weight is outside 0..1 or the years differ
     */
    public static Indexreeks mix(Indexreeks a, BigDecimal w, Indexreeks b) {
        if (w.signum() < 0 || w.compareTo(BigDecimal.ONE) > 0) {
            throw new FvwException("A mix weight must be between 0 and 1, got " + w.toPlainString());
        }
        if (!a.stijging.keySet().equals(b.stijging.keySet())) {
            throw new FvwException("Index series '" + a.naam + "' and '" + b.naam + "' cover different years");
        }
        TreeMap<BudgetYear, BigDecimal> m = new TreeMap<>();
        a.stijging.forEach((y, r) -> m.put(y, w.multiply(r, Amounts.MATH_CONTEXT)
                .add(BigDecimal.ONE.subtract(w).multiply(b.stijging.get(y), Amounts.MATH_CONTEXT))));
        return new Indexreeks(w.movePointRight(2).stripTrailingZeros().toPlainString() + " % " + a.naam + " + "
                + BigDecimal.ONE.subtract(w).movePointRight(2).stripTrailingZeros().toPlainString() + " % " + b.naam,
                a.bron + "; " + b.bron, m);
    }

    /**
     * Π_{s=basisjaar+1..t} (1 + index_s); 1 for t ≤ basisjaar.
     *
     * @param basisjaar the year of the prices
     * @param t the year to bring them to
     * @return the factor
     * @throws FvwException naming a missing year
     */
    public BigDecimal factor(BudgetYear basisjaar, BudgetYear t) {
        if (isGeen()) {
            return BigDecimal.ONE;
        }
        BigDecimal f = BigDecimal.ONE;
        for (BudgetYear s = basisjaar.next(); !s.isAfter(t); s = s.next()) {
            BigDecimal r = stijging.get(s);
            if (r == null) {
                throw new FvwException("Index series '" + naam + "' has no figure for " + s + " (it covers "
                        + (stijging.isEmpty() ? "no years" : stijging.firstKey() + "-" + stijging.lastKey())
                        + "); prices of " + basisjaar + " cannot be brought to " + t);
            }
            f = f.multiply(BigDecimal.ONE.add(r), Amounts.MATH_CONTEXT);
        }
        return f;
    }

    @Override
    public String toString() {
        return naam;
    }

}
