package nl.fvw.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.internal.LargestRemainder;
import nl.fvw.internal.SortedArrayMap;

/**
 * Splits an amount by weights into parts at a rounding unit, so that the parts add up to the
 * total exactly (largest-remainder method, also known as Hamilton's method).
 *
 * <p>Algorithm, in whole units and exact integer arithmetic: with N = total / unit and integer
 * weights w_i (the decimals scaled to a common scale), W = Σ w_i, each part first gets
 * floor(N·w_i / W) units; the N − Σ floors units left over (fewer than the number of parts)
 * go one each to the parts with the largest remainders N·w_i mod W, ties broken by key order.
 *
 * <p>Guarantees: the parts sum exactly to the total; each part is within one unit of its
 * exact share N·w_i / W (floor or floor + 1); a zero weight gets zero; the result depends on
 * keys and weights, not on the order in which they are given; scaling all weights by the same
 * factor changes nothing; allocating a part's own amounts again returns them unchanged; a
 * negative total is split the same way (floors round towards minus infinity). Errors: a
 * negative weight, weights that are all zero, a total that is not a whole number of units.
 *
 * <pre>{@code
 * SortedMap<String, MonetaryAmount> au = Allocation.split(Amounts.eur("100.00"),
 *         Map.of("GM0363", new BigDecimal("2"), "GM0599", BigDecimal.ONE), RoundingUnit.CENT);
 * // GM0363 = 66.67, GM0599 = 33.33
 * }</pre>
 */
public final class Allocation {
    private Allocation() {
    }

    /**
     * Splits {@code total} over the keys in proportion to their weights, in whole units, adding up
     * to the total exactly (largest remainder; ties to the smallest key).
     *
     * @param <K> the key type, ordered
     * @param total the amount to split, a whole number of {@code unit}
     * @param weights the weight of each key (not negative, not all zero)
     * @param unit the unit of the parts, a money unit such as {@link RoundingUnit#CENT}
     * @return each key's part, in key order, immutable; the parts are computed here, each part's
     *         {@code MonetaryAmount} is made when it is first read
     * @throws IllegalArgumentException for a negative weight, all zero weights or a total that is not a whole number of units
     */
    public static <K extends Comparable<? super K>> SortedMap<K, MonetaryAmount> split(
            MonetaryAmount total, Map<K, BigDecimal> weights, RoundingUnit unit) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(unit, "unit");
        if (!unit.money()) {
            throw new IllegalArgumentException("Allocation needs a money unit, got " + unit.label());
        }
        if (weights.isEmpty()) {
            throw new FvwException("Cannot allocate " + Amounts.format(total) + ": there are no recipients");
        }
        BigDecimal totalValue = Amounts.value(total);
        if (!unit.divides(totalValue)) {
            throw new FvwException("Cannot allocate " + Amounts.format(total) + " in whole units of "
                    + unit.label() + ": round the total first");
        }
        Entries<K> e = Entries.of(weights);
        int n = e.keys.length;
        int scale = 0;
        boolean positive = false;
        for (int i = 0; i < n; i++) {
            BigDecimal w = e.weights[i];
            if (w.signum() < 0) {
                throw new FvwException("Weight of " + e.keys[i] + " is negative (" + w.toPlainString()
                        + "); allocation weights must be zero or positive");
            }
            positive |= w.signum() > 0;
            if (w.scale() > scale) {
                scale = Math.max(scale, w.stripTrailingZeros().scale());
            }
        }
        if (!positive) {
            throw new FvwException("Cannot allocate " + Amounts.format(total) + ": all " + n
                    + " weights are zero");
        }
        BigDecimal quantum = unit.quantum();
        BigInteger units = totalValue.divide(quantum).toBigIntegerExact();
        long[] parts = overLongs(units, e.weights, scale);
        BigInteger[] general = parts == null ? general(units, e.weights, scale) : null;
        int resultScale = Math.max(0, quantum.scale());
        CurrencyUnit currency = total.getCurrency();
        return SortedArrayMap.of(e.keys, i -> Amounts.of(amount(parts, general, i, quantum, resultScale), currency));
    }

    /** Part {@code i} in euro: its whole units × the quantum, at the quantum's scale. */
    private static BigDecimal amount(long[] parts, BigInteger[] general, int i, BigDecimal quantum, int scale) {
        if (parts == null) {
            return new BigDecimal(general[i]).multiply(quantum).setScale(scale);
        }
        // a quantum of 10^-s (a cent, a euro): the part in units is the amount's unscaled value
        return quantum.unscaledValue().equals(BigInteger.ONE) && quantum.scale() >= 0
                ? BigDecimal.valueOf(parts[i], scale) : BigDecimal.valueOf(parts[i]).multiply(quantum).setScale(scale);
    }

    /**
     * The parts in whole units over longs, exactly as {@link #general} gives them: null where a weight,
     * their sum or a product units × weight does not fit in 64 bits. At least one weight is positive.
     */
    static long[] overLongs(BigInteger units, BigDecimal[] weights, int scale) {
        if (units.bitLength() > 62) {
            return null;
        }
        long u = units.longValue();
        int n = weights.length;
        long[] w = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal scaled = weights[i].scale() == scale ? weights[i] : weights[i].setScale(scale);
            if (scaled.precision() > 18) {
                return null;
            }
            w[i] = scaled.unscaledValue().longValue();
            sum += w[i];
            if (sum < 0) {
                return null;
            }
        }
        long[] floors = new long[n];
        long[] remainders = new long[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            long lo = u * w[i];
            if (Math.multiplyHigh(u, w[i]) != lo >> 63) {
                return null;
            }
            long q = lo / sum;
            long r = lo - q * sum;
            if (r < 0) {
                q--;
                r += sum;
            }
            floors[i] = q;
            remainders[i] = r;
            given += floors[i];
        }
        return LargestRemainder.apportion(floors, remainders, u - given);
    }

    /** The parts in whole units in exact integers of any size. At least one weight is positive. */
    static BigInteger[] general(BigInteger units, BigDecimal[] weights, int scale) {
        int n = weights.length;
        BigInteger[] w = new BigInteger[n];
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            w[i] = weights[i].movePointRight(scale).toBigIntegerExact();
            sum = sum.add(w[i]);
        }
        BigInteger[] floors = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        int[] tieOrder = new int[n];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = units.multiply(w[i]).divideAndRemainder(sum);
            BigInteger floor = qr[0];
            BigInteger rem = qr[1];
            if (rem.signum() < 0) {
                floor = floor.subtract(BigInteger.ONE);
                rem = rem.add(sum);
            }
            floors[i] = floor;
            remainders[i] = rem;
            tieOrder[i] = i;
            given = given.add(floor);
        }
        return LargestRemainder.apportion(floors, remainders, units.subtract(given).longValueExact(), tieOrder);
    }

    /** The keys in their natural order with their weights, read once. */
    private record Entries<K>(Object[] keys, BigDecimal[] weights) {
        @SuppressWarnings("unchecked")
        static <K extends Comparable<? super K>> Entries<K> of(Map<K, BigDecimal> weights) {
            Collection<Map.Entry<K, BigDecimal>> entries = weights.entrySet();
            if (!(weights instanceof SortedMap<K, BigDecimal> sm && sm.comparator() == null)) {
                List<Map.Entry<K, BigDecimal>> sorted = new ArrayList<>(entries);
                sorted.sort(Map.Entry.comparingByKey());
                entries = sorted;
            }
            Object[] keys = new Object[entries.size()];
            BigDecimal[] w = new BigDecimal[entries.size()];
            int i = 0;
            for (Map.Entry<K, BigDecimal> en : entries) {
                keys[i] = Objects.requireNonNull(en.getKey(), "key");
                w[i++] = Objects.requireNonNull(en.getValue(), () -> "weight of " + en.getKey());
            }
            return new Entries<>(keys, w);
        }
    }
}
