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
}
