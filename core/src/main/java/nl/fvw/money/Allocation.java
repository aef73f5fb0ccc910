package nl.fvw.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.internal.LargestRemainder;

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
     * @return each key's part, in key order
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
        List<K> keys = new ArrayList<>(weights.keySet());
        Collections.sort(keys);
        int n = keys.size();
        int scale = 0;
        for (K key : keys) {
            BigDecimal w = Objects.requireNonNull(weights.get(key), () -> "weight of " + key);
            if (w.signum() < 0) {
                throw new FvwException("Weight of " + key + " is negative (" + w.toPlainString()
                        + "); allocation weights must be zero or positive");
            }
            scale = Math.max(scale, w.stripTrailingZeros().scale());
        }
        BigInteger[] w = new BigInteger[n];
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            w[i] = weights.get(keys.get(i)).movePointRight(scale).toBigIntegerExact();
            sum = sum.add(w[i]);
        }
        if (sum.signum() == 0) {
            throw new FvwException("Cannot allocate " + Amounts.format(total) + ": all " + n
                    + " weights are zero");
        }
        BigInteger units = totalValue.divide(unit.quantum()).toBigIntegerExact();
        BigInteger[] floors = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        int[] tieOrder = new int[n];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger numerator = units.multiply(w[i]);
            BigInteger[] qr = numerator.divideAndRemainder(sum);
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
        BigInteger[] parts = LargestRemainder.apportion(floors, remainders,
                units.subtract(given).longValueExact(), tieOrder);
        SortedMap<K, MonetaryAmount> result = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            BigDecimal amount = new BigDecimal(parts[i]).multiply(unit.quantum())
                    .setScale(Math.max(0, unit.quantum().scale()));
            result.put(keys.get(i), Amounts.of(amount, total.getCurrency()));
        }
        return Collections.unmodifiableSortedMap(result);
    }
}
