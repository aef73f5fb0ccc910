package nl.fvw.time;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;

/**
 * A kasschuif: moves an amount of budget from one year to another. As a series it is −amount
 * in {@code from} and +amount in {@code to}, so it sums to zero over the years.
 *
 * <pre>{@code
 * YearSeries geschoven = reeks.apply(new Kasschuif(BudgetYear.of(2025), BudgetYear.of(2026), Amounts.mln("100")));
 * }</pre>
 */
public record Kasschuif(BudgetYear from, BudgetYear to, MonetaryAmount amount) {
    /**
     * Checks the components.
     *
     * @param from the year the cash leaves
     * @param to the year it arrives
     * @param amount the amount shifted
     */
    public Kasschuif {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        if (from.equals(to)) {
            throw new FvwException("A kasschuif needs two different years, got " + from + " twice");
        }
    }

    /**
     * The shift as a series: −amount in {@code from}, +amount in {@code to}, zero elsewhere.
     *
     * @param first the first year of the series
     * @param last the last year
     * @param currency the series' currency
     * @return the series, adding up to zero
     */
    public YearSeries asSeries(BudgetYear first, BudgetYear last, CurrencyUnit currency) {
        Amounts.requireSameCurrency(Amounts.zero(currency), amount, "kasschuif");
        for (BudgetYear y : new BudgetYear[] {from, to}) {
            if (y.isBefore(first) || y.isAfter(last)) {
                throw new FvwException("Kasschuif " + from + " → " + to + ": year " + y
                        + " is outside the series " + first + "-" + last);
            }
        }
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (BudgetYear y = first; !y.isAfter(last); y = y.next()) {
            m.put(y, Amounts.zero(currency));
        }
        m.put(from, Amounts.negate(amount));
        m.put(to, amount);
        return YearSeries.of(Map.copyOf(m));
    }
}
