package nl.fvw.onzekerheid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import nl.fvw.FvwException;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandRates;

/**
 * A seeded Monte Carlo over forecast errors: draw {@code i} perturbs the series known at
 * {@code stand} by the declared errors and is a complete normering input. Draw {@code i} depends
 * only on the seed and on {@code i}, never on which thread computes it or in what order, so a
 * run is reproducible on any number of cores.
 *
 * <p>A normal draw is the Irwin-Hall sum of twelve uniform draws minus six, each uniform a whole
 * number of millionths: integers only, so the same on every JVM, with mean 0, variance 1 (to
 * 10^-12) and bounds at ±6 sd. It is multiplied by the declared sd and rounded to 0,0001
 * procentpunt (HALF_EVEN) before it touches a figure; a perturbed aggregate is rounded to the cent
 * (HALF_EVEN). From there on the arithmetic is exact. *
 * <pre>{@code
 * MonteCarlo mc = new MonteCarlo(10_000, 2026L, Stand.parse("Voorjaarsnota 2024"),
 *         List.of(new Voorspelfout(Voorspelfout.Reeks.ARU, BudgetYear.of(2025), new BigDecimal("1.5"))));
 * Normeringsinvoer draw = mc.trekking(invoer, 17);
 * }</pre>
 *
 * @param trekkingen the number of draws (1 to 1.000.000)
 * @param zaad the seed
 * @param stand the stand whose forecasts are uncertain
 * @param fouten the forecast errors, at most one per series
 */
public record MonteCarlo(int trekkingen, long zaad, Stand stand, List<Voorspelfout> fouten) {
    /** The most draws one run may ask for. */
    public static final int MAX_TREKKINGEN = 1_000_000;
    private static final int TREKKING_SCHAAL = 4;
    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);
    private static final long MILJOEN = 1_000_000L;
    private static final long[] TIENMACHT = new long[19];

    static {
        TIENMACHT[0] = 1;
        for (int i = 1; i < TIENMACHT.length; i++) {
            TIENMACHT[i] = TIENMACHT[i - 1] * 10;
        }
    }

    /**
     * Checks the components.
     *
     * @param trekkingen the number of draws (1 to 1.000.000)
     * @param zaad the seed
     * @param stand the stand whose forecasts are uncertain
     * @param fouten the forecast errors, at most one per series
     */
    public MonteCarlo {
        Objects.requireNonNull(stand, "stand");
        fouten = List.copyOf(fouten);
        if (trekkingen < 1 || trekkingen > MAX_TREKKINGEN) {
            throw new FvwException("A Monte Carlo needs 1 to " + MAX_TREKKINGEN + " draws, got " + trekkingen);
        }
        if (fouten.isEmpty()) {
            throw new FvwException("A Monte Carlo needs at least one forecast error (voorspelfouten)");
        }
        for (int i = 0; i < fouten.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (fouten.get(i).reeks() == fouten.get(j).reeks()) {
                    throw new FvwException("The forecast error of " + fouten.get(i).reeks().spelling() + " is given twice");
                }
            }
        }
    }

    /**
     * Checks, before any draw, that every perturbed series is in the input at {@code stand} and
     * covers the years it is perturbed from.
     *
     * @param invoer the input the draws start from
     * @throws FvwException naming the series and the stand
     */
    public void controleer(Normeringsinvoer invoer) {
        if (!invoer.standen().contains(stand)) {
            throw new FvwException("The Monte Carlo perturbs the forecasts of stand " + stand + ", which is not computed"
                    + " (standen: " + invoer.standen() + ")");
        }
        for (Voorspelfout f : fouten) {
            if (f.reeks().isAggregaat()) {
                Uitgavenaggregaat a = aggregaat(invoer, f.reeks().spelling());
                if (a == null) {
                    throw new FvwException("The Monte Carlo perturbs the " + f.reeks().spelling() + " at stand " + stand
                            + ", but the scenario gives no " + f.reeks().spelling() + " (as such or from parts) at that stand");
                }
                if (!f.vanaf().isAfter(a.getWaarden().firstYear()) || f.vanaf().isAfter(a.getWaarden().lastYear())) {
                    throw new FvwException("The forecast error of " + f.reeks().spelling() + " starts in " + f.vanaf()
                            + "; the " + f.reeks().spelling() + " at stand " + stand + " covers "
                            + a.getWaarden().firstYear() + "-" + a.getWaarden().lastYear()
                            + ", so the error can start from " + a.getWaarden().firstYear().next());
                }
            } else {
                StandRates r = rates(invoer, f.reeks());
                if (!r.stands().containsKey(stand)) {
                    throw new FvwException("The Monte Carlo perturbs " + f.reeks().spelling() + " at stand " + stand
                            + ", but the scenario gives no " + f.reeks().spelling() + " at that stand");
                }
            }
        }
    }

    /**
     * The draws over {@code invoer}, with what every draw shares worked out once: for a run of many draws.
     *
     * @param invoer the input the draws start from
     * @return the draws
     * @throws FvwException as {@link #controleer} does
     */
    public Trekkingen trekkingen(Normeringsinvoer invoer) {
        return new Trekkingen(this, invoer);
    }

    /**
     * Draw {@code index}: the input with every declared series perturbed ({@link #trekkingen} makes many).
     *
     * @param invoer the input the draws start from
     * @param index the draw, 0 to {@code trekkingen − 1}
     * @return the perturbed input
     * @throws FvwException as {@link #controleer} does
     */
    public Normeringsinvoer trekking(Normeringsinvoer invoer, int index) {
        return trekkingen(invoer).trekking(index);
    }

    /**
     * ε ≈ N(0, sd) as a fraction: z = Σ_{i=1..12} u_i − 6 with u_i uniform in millionths (Irwin-Hall),
     * times sd in procentpunt, rounded to 0,0001 procentpunt.
     */
    static BigDecimal fout(SplittableRandom random, BigDecimal sd) {
        long som = 0;
        for (int i = 0; i < 12; i++) {
            som += random.nextLong(MILJOEN);
        }
        return fout(som - 6 * MILJOEN, sd);
    }

    /**
     * ε for z = {@code miljoensten} × 10^-6: z × sd rounded to 0,0001 procentpunt (HALF_EVEN), ÷ 100.
     * Value and scale are those of {@code BigDecimal.valueOf(miljoensten, 6).multiply(sd).setScale(4,
     * HALF_EVEN).divide(100)}, computed in longs where sd has at most 12 digits and a scale of −2 to 16.
     */
    static BigDecimal fout(long miljoensten, BigDecimal sd) {
        int overtollig = 6 + sd.scale() - TREKKING_SCHAAL;   // the product's digits beyond 0,0001
        if (sd.precision() > 12 || overtollig < 0 || overtollig > 18 || Math.abs(miljoensten) > 6 * MILJOEN) {
            return BigDecimal.valueOf(miljoensten, 6).multiply(sd).setScale(TREKKING_SCHAAL, RoundingMode.HALF_EVEN)
                    .divide(HONDERD);
        }
        long product = miljoensten * sd.unscaledValue().longValue();   // below 6 × 10^18
        long p = overtollig == 0 ? product : halfEven(product, TIENMACHT[overtollig]);
        // ÷ 100 is exact: p × 10^-6, its trailing zeros dropped down to divide's preferred scale 4
        if (p % 100 == 0) {
            return BigDecimal.valueOf(p / 100, TREKKING_SCHAAL);
        }
        return p % 10 == 0 ? BigDecimal.valueOf(p / 10, TREKKING_SCHAAL + 1) : BigDecimal.valueOf(p, TREKKING_SCHAAL + 2);
    }

    /** x / d rounded HALF_EVEN, for d a power of ten up to 10^18. */
    private static long halfEven(long x, long d) {
        long q = x / d;
        long r = Math.abs(x % d);
        if (r > d - r || (r == d - r && (q & 1) != 0)) {
            q += x < 0 ? -1 : 1;
        }
        return q;
    }

    Uitgavenaggregaat aggregaat(Normeringsinvoer invoer, String naam) {
        for (Uitgavenaggregaat a : invoer.aggregaten()) {
            if (a.getNaam().equals(naam) && a.getStand().equals(stand)) {
                return a;
            }
        }
        return null;
    }

    private static StandRates rates(Normeringsinvoer invoer, Voorspelfout.Reeks reeks) {
        return reeks == Voorspelfout.Reeks.BBP_VOLUME ? invoer.bbpVolume() : invoer.bbpPrijs();
    }

    /** A well-mixed seed for draw {@code index} (the SplitMix64 finaliser). */
    static long mix(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
