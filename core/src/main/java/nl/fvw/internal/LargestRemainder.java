package nl.fvw.internal;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The largest-remainder step shared by allocation and sum-preserving presentation: given the
 * floors and remainders of n exact shares and the number of units still to hand out, give one
 * more unit to the shares with the largest remainders, ties broken by a given order.
 */
public final class LargestRemainder {
    private LargestRemainder() {
    }

    /**
     * @param floors     the whole units each share gets for sure
     * @param remainders what each share lost to the floor, comparable across shares
     * @param leftover   units to hand out; 0 ≤ leftover ≤ number of positive remainders
     * @param tieOrder   rank of each share among equal remainders (a lower rank wins); must be
     *                   a permutation of 0..n-1 so the result does not depend on input position
     * @return the floors with one unit added to the {@code leftover} largest remainders
     */
    public static BigInteger[] apportion(BigInteger[] floors, BigInteger[] remainders, long leftover, int[] tieOrder) {
        int n = floors.length;
        if (leftover < 0 || leftover > n) {
            throw new IllegalStateException("leftover " + leftover + " outside 0.." + n);
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                .thenComparingInt(i -> tieOrder[i]));
        BigInteger[] parts = floors.clone();
        for (int k = 0; k < leftover; k++) {
            int i = order[k];
            if (remainders[i].signum() == 0) {
                throw new IllegalStateException("a unit would go to a share without remainder");
            }
            parts[i] = parts[i].add(BigInteger.ONE);
        }
        return parts;
    }

    /**
     * The same over longs, ties broken by position (a lower index wins): the {@code leftover} largest
     * remainders are those above the threshold, the leftover-th largest remainder, and the first ones
     * equal to it.
     *
     * @param floors     the whole units each share gets for sure
     * @param remainders what each share lost to the floor, not negative
     * @param leftover   units to hand out; 0 ≤ leftover ≤ number of positive remainders
     * @return the floors with one unit added to the {@code leftover} largest remainders
     */
    public static long[] apportion(long[] floors, long[] remainders, long leftover) {
        int n = floors.length;
        if (leftover < 0 || leftover > n) {
            throw new IllegalStateException("leftover " + leftover + " outside 0.." + n);
        }
        long[] parts = floors.clone();
        if (leftover == 0) {
            return parts;
        }
        long threshold = select(remainders.clone(), n - (int) leftover);
        if (threshold == 0) {
            throw new IllegalStateException("a unit would go to a share without remainder");
        }
        long atThreshold = leftover;
        for (long r : remainders) {
            if (r > threshold) {
                atThreshold--;
            }
        }
        for (int i = 0; i < n; i++) {
            if (remainders[i] > threshold) {
                parts[i]++;
            } else if (remainders[i] == threshold && atThreshold > 0) {
                parts[i]++;
                atThreshold--;
            }
        }
        return parts;
    }

    /** The k-th smallest value (from 0) of {@code a}, which it reorders: Hoare's selection, linear on average. */
    static long select(long[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            long pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }
}
