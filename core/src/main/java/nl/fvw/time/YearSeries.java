package nl.fvw.time;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;
import nl.fvw.money.CurrencyMismatchException;

/**
 * A meerjarenraming: one amount per budget year over a contiguous range of years, all in one
 * currency. Arithmetic is exact (see {@link Amounts#MATH_CONTEXT}); combining two series needs
 * the same years, and a missing year is an error that names it.
 *
 * <pre>{@code
 * YearSeries tranches = YearSeries.of(Map.of(BudgetYear.of(2017), Amounts.mln("190"),
 *                                            BudgetYear.of(2018), Amounts.mln("1124")));
 * YearSeries niveau = tranches.cumulate();            // 190, 1314 (mln)
 * }</pre>
 */
public final class YearSeries {
    private final SortedMap<BudgetYear, MonetaryAmount> values;
    private final CurrencyUnit currency;

    private YearSeries(SortedMap<BudgetYear, MonetaryAmount> values) {
        if (values.isEmpty()) {
            throw new FvwException("A year series needs at least one year");
        }
        BudgetYear expected = values.firstKey();
        CurrencyUnit cur = values.get(expected).getCurrency();
        for (Map.Entry<BudgetYear, MonetaryAmount> e : values.entrySet()) {
            if (!e.getKey().equals(expected)) {
                throw new FvwException("Year series " + values.firstKey() + "-" + values.lastKey()
                        + " is missing year " + expected);
            }
            Objects.requireNonNull(e.getValue(), () -> "amount for " + e.getKey());
            if (!e.getValue().getCurrency().equals(cur)) {
                throw new CurrencyMismatchException(cur, e.getValue().getCurrency(),
                        "year series (year " + e.getKey() + ")");
            }
            expected = expected.next();
        }
        this.values = Collections.unmodifiableSortedMap(values);
        this.currency = cur;
    }

    /**
     * A series from amounts per year.
     *
     * @param values an amount for every year of a contiguous range, all in one currency
     * @return the series
     * @throws nl.fvw.FvwException on a missing year, an empty map or mixed currencies
     */
    public static YearSeries of(Map<BudgetYear, MonetaryAmount> values) {
        return new YearSeries(new TreeMap<>(values));
    }

    /**
     * A series of the same amount in every year from {@code first} to {@code last}, inclusive.
     *
     * @param first the first year
     * @param last the last year
     * @param amount the amount of each year
     * @return the series
     */
    public static YearSeries constant(BudgetYear first, BudgetYear last, MonetaryAmount amount) {
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (BudgetYear y = first; !y.isAfter(last); y = y.next()) {
            m.put(y, amount);
        }
        return new YearSeries(m);
    }

    /**
     * The first year.
     *
     * @return the first year of the series
     */
    public BudgetYear firstYear() {
        return values.firstKey();
    }

    /**
     * The last year.
     *
     * @return the last year of the series
     */
    public BudgetYear lastYear() {
        return values.lastKey();
    }

    /**
     * The currency of every amount.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Whether the series has an amount for a year.
     *
     * @param year the year
     * @return true when the year lies in the series' range
     */
    public boolean contains(BudgetYear year) {
        return values.containsKey(year);
    }

    /**
     * The amount of {@code year}.
     *
     * @param year the year
     * @return the amount
     * @throws nl.fvw.FvwException naming the year and the range when it is absent
     */
    public MonetaryAmount get(BudgetYear year) {
        MonetaryAmount a = values.get(year);
        if (a == null) {
            throw new FvwException("No amount for year " + year + " in a series covering "
                    + firstYear() + "-" + lastYear());
        }
        return a;
    }

    /**
     * The amounts by year.
     *
     * @return an unmodifiable map in year order
     */
    public SortedMap<BudgetYear, MonetaryAmount> asMap() {
        return values;
    }

    /**
     * Year by year {@code this + other}.
     *
     * @param other a series over the same years, in the same currency
     * @return the sum per year
     */
    public YearSeries plus(YearSeries other) {
        return combine(other, Amounts::add, "addition");
    }

    /**
     * Year by year {@code this − other}.
     *
     * @param other a series over the same years, in the same currency
     * @return the difference per year
     */
    public YearSeries minus(YearSeries other) {
        return combine(other, Amounts::subtract, "subtraction");
    }

    /**
     * Every amount × {@code rate} (e.g. an accres % as a fraction), exact.
     *
     * @param rate the factor
     * @return the scaled series
     */
    public YearSeries scale(BigDecimal rate) {
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        values.forEach((y, a) -> m.put(y, Amounts.multiply(a, rate)));
        return new YearSeries(m);
    }

    /**
     * Running total: year t holds the sum of years first..t.
     *
     * @return the cumulated series
     */
    public YearSeries cumulate() {
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        MonetaryAmount sum = Amounts.zero(currency);
        for (Map.Entry<BudgetYear, MonetaryAmount> e : values.entrySet()) {
            sum = Amounts.add(sum, e.getValue());
            m.put(e.getKey(), sum);
        }
        return new YearSeries(m);
    }

    /**
     * Inverse of {@link #cumulate()}: the first year as is, then year t minus year t − 1.
     *
     * @return the series of differences
     */
    public YearSeries difference() {
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        MonetaryAmount previous = Amounts.zero(currency);
        for (Map.Entry<BudgetYear, MonetaryAmount> e : values.entrySet()) {
            m.put(e.getKey(), Amounts.subtract(e.getValue(), previous));
            previous = e.getValue();
        }
        return new YearSeries(m);
    }

    /**
     * This series with a kasschuif applied (the schuif's years must lie in this series).
     *
     * @param schuif the shift of cash between years
     * @return the shifted series; its total is unchanged
     */
    public YearSeries apply(Kasschuif schuif) {
        return plus(schuif.asSeries(firstYear(), lastYear(), currency));
    }

    /**
     * The sum over all years.
     *
     * @return the total
     */
    public MonetaryAmount total() {
        return values.values().stream().reduce(Amounts.zero(currency), Amounts::add);
    }

    /**
     * Equal years and numerically equal amounts (scale ignored).
     *
     * @param other another series
     * @return true when every year has the same value
     */
    public boolean sameValues(YearSeries other) {
        if (!values.keySet().equals(other.values.keySet())) {
            return false;
        }
        return values.entrySet().stream().allMatch(e -> Amounts.sameValue(e.getValue(), other.values.get(e.getKey())));
    }

    private YearSeries combine(YearSeries other, BinaryOperator<MonetaryAmount> op, String operation) {
        requireSameYears(other, operation);
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency, "year series " + operation);
        }
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        values.forEach((y, a) -> m.put(y, op.apply(a, other.values.get(y))));
        return new YearSeries(m);
    }

    private void requireSameYears(YearSeries other, String operation) {
        if (!firstYear().equals(other.firstYear()) || !lastYear().equals(other.lastYear())) {
            BudgetYear missing = !other.contains(firstYear()) ? firstYear()
                    : !other.contains(lastYear()) ? lastYear()
                    : !contains(other.firstYear()) ? other.firstYear() : other.lastYear();
            throw new FvwException("Year series " + operation + " needs the same years: "
                    + firstYear() + "-" + lastYear() + " against " + other.firstYear() + "-" + other.lastYear()
                    + " (year " + missing + " is in one but not the other)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YearSeries s && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        values.forEach((y, a) -> sb.append(sb.length() > 1 ? ", " : "").append(y).append('=').append(Amounts.format(a)));
        return sb.append('}').toString();
    }
}
