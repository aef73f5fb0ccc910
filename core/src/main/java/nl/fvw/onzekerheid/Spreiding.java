package nl.fvw.onzekerheid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import nl.fvw.FvwException;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The outcome of a Monte Carlo: per fund and year the spread of the accres % and the level over the draws:
 * their percentiles (nearest rank). To rank them the values are whole numbers: the accres at
 * 0,0001 % and the level at the cent, both rounded HALF_EVEN from the exact figure. A spread keeps
 * the value at every percentile 0..100 of each cell, not the draws; {@link Spreidingsteller} counts a
 * run too large to keep in memory in two passes, to the same values.
 *
 * <pre>{@code
 * Spreiding s = MonteCarloRunner.run(engine, invoer, monteCarlo, 2, n -> { });
 * BigDecimal p90 = s.accresPercentiel(s.accresCellen().get(0), 90);
 * }</pre>
 */
public final class Spreiding {
    /** The percentiles reports show. */
    public static final List<Integer> PERCENTIELEN = List.of(5, 10, 25, 50, 75, 90, 95);

    /** A spread keeps the value at every percentile 0..100 of a cell: this many. */
    static final int PERCENTIELEN_0_100 = 101;

    /**
     * One fund in one year: its label (GF, PF, or "GF en PF" when one % holds for both).
     *
     * @param fonds the fund's label
     * @param jaar the budget year
     */
    public record Cel(String fonds, BudgetYear jaar) {
        /**
         * Checks the components.
         *
         * @param fonds the fund's label
         * @param jaar the budget year
         */
        public Cel {
            Objects.requireNonNull(fonds, "fonds");
            Objects.requireNonNull(jaar, "jaar");
        }
    }

    private final MonteCarlo monteCarlo;
    private final Stand stand;
    private final List<Cel> accresCellen;
    /** Per accres cell the accres at percentile 0..100. */
    private final long[][] accres;
    private final List<Cel> niveauCellen;
    /** Per level cell the level at percentile 0..100. */
    private final long[][] niveau;

    /**
     * @param monteCarlo the run
     * @param stand the stand the figures are read at
     * @param accresCellen the funds and years with an accres, in order
     * @param accres per accres cell the accres of every draw, in units of 0,0001 % (a fraction × 10^6); only its percentiles are kept
     * @param niveauCellen the funds and years with a level, in order
     * @param niveau per level cell the level of every draw in cents; only its percentiles are kept
     */
    public Spreiding(MonteCarlo monteCarlo, Stand stand, List<Cel> accresCellen, long[][] accres, List<Cel> niveauCellen,
            long[][] niveau) {
        this.monteCarlo = Objects.requireNonNull(monteCarlo, "monteCarlo");
        this.stand = Objects.requireNonNull(stand, "stand");
        this.accresCellen = List.copyOf(accresCellen);
        this.niveauCellen = List.copyOf(niveauCellen);
        if (accres.length != accresCellen.size() || niveau.length != niveauCellen.size()) {
            throw new FvwException("A spread needs one row of draws per cell");
        }
        this.accres = new long[accres.length][];
        this.niveau = new long[niveau.length][];
        for (int c = 0; c < accres.length; c++) {
            this.accres[c] = percentielen(accres[c]);
        }
        for (int c = 0; c < niveau.length; c++) {
            this.niveau[c] = percentielen(niveau[c]);
        }
    }

    /** A spread from the values at percentile 0..100 of each cell, as {@link Spreidingsteller} counts them. */
    Spreiding(MonteCarlo monteCarlo, Stand stand, List<Cel> accresCellen, List<Cel> niveauCellen, long[][] accres,
            long[][] niveau) {
        this.monteCarlo = monteCarlo;
        this.stand = stand;
        this.accresCellen = List.copyOf(accresCellen);
        this.niveauCellen = List.copyOf(niveauCellen);
        this.accres = accres;
        this.niveau = niveau;
    }

    /** The values at percentile 0..100 of one cell's draws. */
    private long[] percentielen(long[] values) {
        if (values.length != monteCarlo.trekkingen()) {
            throw new FvwException("A spread needs " + monteCarlo.trekkingen() + " draws per cell, got " + values.length);
        }
        long[] sorted = values.clone();
        Arrays.parallelSort(sorted);
        long[] out = new long[PERCENTIELEN_0_100];
        for (int p = 0; p < out.length; p++) {
            out[p] = sorted[(int) rang(sorted.length, p) - 1];
        }
        return out;
    }

    /**
     * The nearest rank of percentile p among n values: the smallest rank with at least p % of the values
     * at or below it.
     *
     * @param n the number of values
     * @param p the percentile, 0 to 100
     * @return the rank, 1 to n
     */
    static long rang(long n, int p) {
        return Math.max(1, ((long) p * n + 99) / 100);
    }

    /**
     * The value of one draw as ranked: an accres fraction at 0,0001 %.
     *
     * @param fraction the exact accres, as a fraction
     * @return the fraction × 10^6, rounded HALF_EVEN
     */
    public static long accresEenheden(BigDecimal fraction) {
        return fraction.setScale(6, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    /**
     * The value of one draw as ranked: an amount in cents.
     *
     * @param euro the exact amount in euro
     * @return the amount in cents, rounded HALF_EVEN
     */
    public static long centen(BigDecimal euro) {
        return euro.setScale(2, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    /**
     * The run.
     *
     * @return the Monte Carlo
     */
    public MonteCarlo monteCarlo() {
        return monteCarlo;
    }

    /**
     * The stand the figures are read at.
     *
     * @return the stand
     */
    public Stand stand() {
        return stand;
    }

    /**
     * The funds and years with an accres: "GF en PF" where one % holds for both funds.
     *
     * @return the cells, in fund and year order
     */
    public List<Cel> accresCellen() {
        return accresCellen;
    }

    /**
     * The funds and years with a level.
     *
     * @return the cells, in fund and year order
     */
    public List<Cel> niveauCellen() {
        return niveauCellen;
    }

    /**
     * The accres % at a percentile over the draws (nearest rank).
     *
     * @param cel a fund and year of {@link #accresCellen()}
     * @param p the percentile, 0 (minimum) to 100 (maximum)
     * @return the accres as a fraction, at 0,0001 %
     */
    public BigDecimal accresPercentiel(Cel cel, int p) {
        return BigDecimal.valueOf(accres[index(accresCellen, cel)][percentiel(p)], 6);
    }

    /**
     * The level at a percentile over the draws (nearest rank).
     *
     * @param cel a fund and year of {@link #niveauCellen()}
     * @param p the percentile, 0 (minimum) to 100 (maximum)
     * @return the level in euro, at the cent
     */
    public BigDecimal niveauPercentiel(Cel cel, int p) {
        return BigDecimal.valueOf(niveau[index(niveauCellen, cel)][percentiel(p)], 2);
    }

    private static int index(List<Cel> cellen, Cel cel) {
        int i = cellen.indexOf(cel);
        if (i < 0) {
            throw new FvwException("The Monte Carlo has no figures for " + cel.fonds() + " " + cel.jaar());
        }
        return i;
    }

    private static int percentiel(int p) {
        if (p < 0 || p > 100) {
            throw new FvwException("A percentile is between 0 and 100, got " + p);
        }
        return p;
    }
}
