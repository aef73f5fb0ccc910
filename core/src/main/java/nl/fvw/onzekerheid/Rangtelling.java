package nl.fvw.onzekerheid;

import java.util.Arrays;

import nl.fvw.FvwException;

/**
 * The order statistics of one cell's draws at the ranks of the percentiles 0 to 100 (nearest rank),
 * exactly, in memory that does not grow with the number of draws: the draws are counted twice, which
 * a Monte Carlo can do because draw {@code i} depends only on the seed and {@code i}.
 *
 * <p>First count: a histogram of {@value #BAKKEN} bins of width 2^s over the whole numbers, whose width
 * doubles (two neighbouring bins merged, exactly) whenever the values seen no longer fit. Second count:
 * only the values in the bins that hold a wanted rank are kept, at most {@code 101} bins: a bin narrower
 * than its count keeps a count per value it can hold (a year without forecast error gives every draw the
 * same value), any other bin its values in a row of its count's length, sorted when the count closes.
 * Walking them in order gives the order statistic exactly. The result does not depend on the order in
 * which values arrive.
 */
final class Rangtelling {
    /** Bins of the histogram. */
    static final int BAKKEN = 1 << 14;

    private long n;
    private int shift;
    /** The bin of counts[0], in bins of width 2^shift. */
    private long begin;
    private long[] counts;
    private long laagsteBak = Long.MAX_VALUE;
    private long hoogsteBak = Long.MIN_VALUE;

    /** After the first count: per wanted rank (percentile 0..100) its bin, and what the second count keeps. */
    private long[] rangen;
    private long[] bakVanRang;
    private long[] bakken;
    /** Per kept bin: a count per value of the bin ({@code dicht}), or the values as they came. */
    private long[][] waarden;
    private boolean[] dicht;
    private int[] ingevuld;
    private long[] gevuld;
    private long[] ervoor;

    private long bak(long v) {
        return v >> shift;
    }

    /** First count: one value. */
    void tel(long v) {
        if (rangen != null) {
            throw new IllegalStateException("the first count is closed");
        }
        n++;
        if (counts == null) {
            counts = new long[BAKKEN];
            begin = Math.subtractExact(v, BAKKEN / 2);
        }
        long k = bak(v);
        if (k < begin || k >= begin + BAKKEN) {
            herschaal(k);
            k = bak(v);
        }
        counts[(int) (k - begin)]++;
        laagsteBak = Math.min(laagsteBak, k);
        hoogsteBak = Math.max(hoogsteBak, k);
    }

    /** Widens the bins until the occupied ones and bin {@code k} fit, and places the window around them. */
    private void herschaal(long k) {
        long lo = Math.min(laagsteBak, k);
        long hi = Math.max(hoogsteBak, k);
        int extra = 0;
        while (((hi >> extra) - (lo >> extra)) >= BAKKEN) {
            extra++;
        }
        long[] oud = counts;
        long oudBegin = begin;
        shift += extra;
        long nieuwLo = lo >> extra;
        long nieuwHi = hi >> extra;
        begin = nieuwLo - (BAKKEN - 1 - (nieuwHi - nieuwLo)) / 2;
        counts = new long[BAKKEN];
        for (int i = 0; i < oud.length; i++) {
            if (oud[i] != 0) {
                counts[(int) (((oudBegin + i) >> extra) - begin)] += oud[i];
            }
        }
        laagsteBak >>= extra;   // set by the first value, which never widens the bins
        hoogsteBak >>= extra;
    }

    /** Closes the first count: which bins hold a wanted rank, and room for their values. */
    void sluitEerste() {
        if (n == 0) {
            throw new FvwException("A spread needs at least one draw");
        }
        rangen = new long[Spreiding.PERCENTIELEN_0_100];
        bakVanRang = new long[rangen.length];
        for (int p = 0; p < rangen.length; p++) {
            rangen[p] = Spreiding.rang(n, p);
        }
        long[] gekozen = new long[rangen.length];
        long[] cumulatiefVoor = new long[rangen.length];
        int m = 0;
        long cum = 0;
        int p = 0;
        for (int i = 0; i < BAKKEN && p < rangen.length; i++) {
            long c = counts[i];
            if (c == 0) {
                continue;
            }
            boolean nodig = false;
            while (p < rangen.length && rangen[p] <= cum + c) {
                bakVanRang[p++] = begin + i;
                nodig = true;
            }
            if (nodig) {
                gekozen[m] = begin + i;
                cumulatiefVoor[m++] = cum;
            }
            cum += c;
        }
        bakken = Arrays.copyOf(gekozen, m);
        ervoor = Arrays.copyOf(cumulatiefVoor, m);
        waarden = new long[m][];
        dicht = new boolean[m];
        ingevuld = new int[m];
        gevuld = new long[m];
        for (int j = 0; j < m; j++) {
            gevuld[j] = counts[(int) (bakken[j] - begin)];
            dicht[j] = shift < 31 && (1L << shift) <= gevuld[j];
            waarden[j] = new long[dicht[j] ? 1 << shift : Math.toIntExact(gevuld[j])];
        }
        counts = null;
    }

    /** Second count: the same value again; kept when its bin holds a wanted rank. */
    void telOpnieuw(long v) {
        int j = Arrays.binarySearch(bakken, bak(v));
        if (j >= 0) {
            if (gevuld[j] == 0) {
                throw new IllegalStateException("the second count differs from the first");
            }
            gevuld[j]--;
            if (dicht[j]) {
                waarden[j][(int) (v - (bakken[j] << shift))]++;
            } else {
                waarden[j][ingevuld[j]++] = v;
            }
        }
    }

    /**
     * Closes the second count.
     *
     * @return per percentile 0..100 the value at its nearest rank
     */
    long[] sluitTweede() {
        for (long g : gevuld) {
            if (g != 0) {
                throw new IllegalStateException("the second count differs from the first");
            }
        }
        for (int j = 0; j < waarden.length; j++) {
            if (!dicht[j]) {
                Arrays.sort(waarden[j]);
            }
        }
        long[] uit = new long[rangen.length];
        for (int p = 0; p < rangen.length; p++) {
            int j = Arrays.binarySearch(bakken, bakVanRang[p]);
            long nodig = rangen[p] - ervoor[j];   // the rank within the bin, from 1
            if (!dicht[j]) {
                uit[p] = waarden[j][(int) nodig - 1];
                continue;
            }
            for (int i = 0; ; i++) {
                nodig -= waarden[j][i];
                if (nodig <= 0) {
                    uit[p] = (bakken[j] << shift) + i;
                    break;
                }
            }
        }
        return uit;
    }
}
