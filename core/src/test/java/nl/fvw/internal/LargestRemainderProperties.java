package nl.fvw.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The largest-remainder step over longs gives what it gives over BigIntegers; the selection is a sort's. */
class LargestRemainderProperties {

    @Property(tries = 2_000)
    void selectionGivesTheSortedValue(@ForAll @Size(min = 1, max = 60) List<@LongRange(min = -5, max = 5) Long> small,
            @ForAll @Size(min = 1, max = 60) List<Long> any, @ForAll boolean fewValues) {
        long[] a = (fewValues ? small : any).stream().mapToLong(Long::longValue).toArray();
        long[] sorted = a.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < a.length; k++) {
            assertThat(LargestRemainder.select(a.clone(), k)).as("k = " + k).isEqualTo(sorted[k]);
        }
    }

    @Property(tries = 2_000)
    void overLongsAsOverBigIntegersTiesToTheFirst(
            @ForAll @Size(min = 1, max = 50) List<@LongRange(min = 0, max = 6) Long> remainders,
            @ForAll @LongRange(min = 0, max = 50) long leftoverWish) {
        int n = remainders.size();
        long[] rem = remainders.stream().mapToLong(Long::longValue).toArray();
        long positive = Arrays.stream(rem).filter(r -> r > 0).count();
        long leftover = Math.min(leftoverWish, positive);
        long[] floors = new long[n];
        BigInteger[] bigFloors = new BigInteger[n];
        BigInteger[] bigRem = new BigInteger[n];
        int[] tieOrder = new int[n];
        for (int i = 0; i < n; i++) {
            floors[i] = 10L * i;
            bigFloors[i] = BigInteger.valueOf(floors[i]);
            bigRem[i] = BigInteger.valueOf(rem[i]);
            tieOrder[i] = i;
        }
        long[] overLongs = LargestRemainder.apportion(floors, rem, leftover);
        BigInteger[] big = LargestRemainder.apportion(bigFloors, bigRem, leftover, tieOrder);
        for (int i = 0; i < n; i++) {
            assertThat(overLongs[i]).as("share " + i).isEqualTo(big[i].longValueExact());
        }
    }
}
