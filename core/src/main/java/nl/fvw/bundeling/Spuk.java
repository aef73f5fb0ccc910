package nl.fvw.bundeling;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;

/**
 * A specific grant to be bundled: its budget per year and its historic allocation per recipient
 * (amounts or shares of one historic year, keyed by the CBS codes of that year).
 *
 * <pre>{@code
 * Spuk s = new Spuk("SPUK armoede", "Rijksbegroting 2026", new TreeMap<>(Map.of(BudgetYear.of(2026), Amounts.mln("420"))),
 *         Map.of("GM0363", new BigDecimal("61000000"), "GM0599", new BigDecimal("35000000")));
 * }</pre>
 */
public record Spuk(String naam, String bron, SortedMap<BudgetYear, MonetaryAmount> budget, Map<String, BigDecimal> historisch) {
    /**
     * Checks the components.
     *
     * @param naam the SPUK's name
     * @param bron its source
     * @param budget the budget per year
     * @param historisch the historic allocation per recipient code
     */
    public Spuk {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(bron, "bron");
        budget = Collections.unmodifiableSortedMap(new TreeMap<>(budget));
        historisch = Collections.unmodifiableMap(new TreeMap<>(historisch));
        if (budget.isEmpty()) {
            throw new FvwException("SPUK '" + naam + "' has no budget");
        }
        for (Map.Entry<BudgetYear, MonetaryAmount> e : budget.entrySet()) {
            if (!e.getValue().getCurrency().getCurrencyCode().equals(Amounts.EUR_CODE)) {
                throw new FvwException("SPUK '" + naam + "': the budget of " + e.getKey() + " is in "
                        + e.getValue().getCurrency().getCurrencyCode() + "; fvw computes in EUR");
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : historisch.entrySet()) {
            if (e.getValue().signum() < 0) {
                throw new FvwException("SPUK '" + naam + "': the historic allocation of " + e.getKey() + " is negative");
            }
            sum = sum.add(e.getValue());
        }
        if (sum.signum() == 0) {
            throw new FvwException("SPUK '" + naam + "': the historic allocation sums to zero; it cannot serve as a key");
        }
    }

    /**
     * The budget of a year.
     *
     * @param jaar the year
     * @return the budget
     * @throws nl.fvw.FvwException naming the years it covers when it lacks the year
     */
    public MonetaryAmount budget(BudgetYear jaar) {
        MonetaryAmount b = budget.get(jaar);
        if (b == null) {
            throw new FvwException("SPUK '" + naam + "' has no budget for " + jaar + " (it covers " + budget.firstKey() + "-"
                    + budget.lastKey() + ")");
        }
        return b;
    }
}
