package nl.fvw.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import nl.fvw.internal.LargestRemainder;

/**
 * Rounds the parts of a total for presentation so that the printed parts add up to the
 * printed total. The printed total is the exact total rounded by the step; each part is its
 * floor at the unit, and the units still missing go to the parts with the largest
 * remainders (ties: the earlier row). Every printed part is within one unit of its exact value.
 *
 * <p>Published budget tables print rounded parts and a separately rounded total, so their
 * totals can differ by a unit from the sum of printed parts (VJN 2023: 570,1 + 16,7 printed as
 * 586,7). fvw prints totals that add up, and says how it rounded.
 *
 * <pre>{@code
 * List<BigDecimal> gedrukt = SumPreservingRounding.roundTo(
 *         List.of(new BigDecimal("0.333"), new BigDecimal("0.333"), new BigDecimal("0.334")),
 *         BigDecimal.ONE, new BigDecimal("0.01"));   // 0.33, 0.33, 0.34: adds up to 1
 * }</pre>
 */
public final class SumPreservingRounding {
    private SumPreservingRounding() {
    }

    /**
     * Rounds each part to a multiple of {@code quantum} so that they add up to {@code target}
     * (largest remainder).
     *
     * @param parts the exact parts
     * @param target the total the rounded parts must have, a multiple of {@code quantum}
     * @param quantum the unit of the rounded parts
     * @return the rounded parts, in the same order
     */
    public static List<BigDecimal> roundTo(List<BigDecimal> parts, BigDecimal target, BigDecimal quantum) {
        int n = parts.size();
        if (n == 0) {
            if (target.signum() != 0) {
                throw new IllegalArgumentException("no parts to make up " + target.toPlainString());
            }
            return List.of();
        }
        BigInteger[] units = new BigInteger[n];
        BigDecimal[] rem = new BigDecimal[n];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal u = parts.get(i).divide(quantum);
            units[i] = u.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
            rem[i] = u.subtract(new BigDecimal(units[i]));
            given = given.add(units[i]);
        }
        long left = target.divide(quantum).toBigIntegerExact().subtract(given).longValueExact();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> rem[b].compareTo(rem[a]) != 0 ? rem[b].compareTo(rem[a]) : a - b);
        for (int k = 0; left > 0; k++, left--) {
            int i = order[k % n];
            units[i] = units[i].add(BigInteger.ONE);
        }
        for (int k = 0; left < 0; k++, left++) {
            int i = order[n - 1 - (k % n)];
            units[i] = units[i].subtract(BigInteger.ONE);
        }
        List<BigDecimal> out = new ArrayList<>(n);
        int scale = Math.max(0, quantum.scale());
        for (BigInteger u : units) {
            out.add(new BigDecimal(u).multiply(quantum).setScale(scale));
        }
        return List.copyOf(out);
    }

    /**
     * Rounds each part with {@code step}'s unit so that they add up to their rounded sum.
     *
     * @param parts the exact parts
     * @param step the rounding
     * @return the rounded parts, in the same order
     */
    public static List<BigDecimal> round(List<BigDecimal> parts, RoundingStep step) {
        BigDecimal quantum = step.unit().quantum();
        int n = parts.size();
        BigDecimal exactTotal = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigInteger totalUnits = exactTotal.divide(quantum, 0, step.mode()).toBigIntegerExact();
        BigInteger[] floors = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        int[] tieOrder = new int[n];
        BigInteger given = BigInteger.ZERO;
        int scale = Math.max(quantum.scale(), parts.stream().mapToInt(BigDecimal::scale).max().orElse(0));
        for (int i = 0; i < n; i++) {
            BigDecimal units = parts.get(i).divide(quantum);
            BigInteger floor = units.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
            floors[i] = floor;
            remainders[i] = parts.get(i).subtract(new BigDecimal(floor).multiply(quantum))
                    .movePointRight(scale).toBigIntegerExact();
            tieOrder[i] = i;
            given = given.add(floor);
        }
        BigInteger[] rounded = LargestRemainder.apportion(floors, remainders,
                totalUnits.subtract(given).longValueExact(), tieOrder);
        List<BigDecimal> result = new ArrayList<>(n + 1);
        int outScale = Math.max(0, quantum.scale());
        for (BigInteger r : rounded) {
            result.add(new BigDecimal(r).multiply(quantum).setScale(outScale));
        }
        result.add(new BigDecimal(totalUnits).multiply(quantum).setScale(outScale));
        return List.copyOf(result);
    }
}
