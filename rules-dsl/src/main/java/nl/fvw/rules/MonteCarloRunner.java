package nl.fvw.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ObjIntConsumer;

import nl.fvw.FvwException;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.normering.Bedrag;
import nl.fvw.normering.Besluiten;
import nl.fvw.normering.Fondsniveau;
import nl.fvw.normering.Kerncijfers;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.onzekerheid.MonteCarlo;
import nl.fvw.onzekerheid.Spreiding;
import nl.fvw.onzekerheid.Spreidingsteller;
import nl.fvw.onzekerheid.Trekkingen;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * Runs a {@link MonteCarlo} over threads that share one engine: the rules decide once (a draw
 * changes forecasts, not the structure they decide on), each draw is a new input of which only the
 * accres and the levels at the perturbed stand are computed, as values ({@link Kerncijfers}), and kept. Draw {@code i}
 * depends only on the seed and {@code i}, so the outcome does not depend on the number of threads.
 * Up to {@value #BEWAREN} figures (draws × cells), and no more than a third of the heap holds, are kept
 * and ranked; a larger run evaluates every draw twice and keeps only what holds a percentile
 * ({@link Spreidingsteller}), so that its memory does not grow with the draws, to the same percentiles.
 *
 * <pre>{@code
 * Spreiding s = MonteCarloRunner.run(FvwEngine.shipped(), scenario.normering(), scenario.monteCarlo(), 2, done -> { });
 * System.out.print(s.render());
 * }</pre>
 */
public final class MonteCarloRunner {
    /** The most figures (draws × cells) a run keeps: 32 MiB of longs. */
    public static final long BEWAREN = 1L << 22;

    private MonteCarloRunner() {
    }

    /**
     * Evaluates every draw.
     *
     * @param engine the engine, shared by the threads
     * @param invoer the input the draws start from
     * @param monteCarlo the run
     * @param threads how many threads evaluate draws (at least 1)
     * @param voortgang told the number of draws done, now and then, from any of the threads
     * @return per fund and year the spread of the accres and the level over the draws
     * @throws FvwException when a draw cannot be evaluated, naming the draw
     */
    public static Spreiding run(FvwEngine engine, Normeringsinvoer invoer, MonteCarlo monteCarlo, int threads,
            IntConsumer voortgang) {
        return run(engine, invoer, monteCarlo, threads, voortgang, bewaren(Runtime.getRuntime().maxMemory()));
    }

    /**
     * The figures a run keeps: at most {@value #BEWAREN}, and at most a third of the heap in longs, so that
     * they and the engine's own data fit in the old generation. Kept figures that fill it make the
     * collector run a full collection after almost every young one (150.000 draws in a 64 MB heap:
     * 1.420 full collections, 26 s instead of 7).
     *
     * @param maxHeap the most heap the JVM will use, in bytes
     * @return the most figures to keep
     */
    static long bewaren(long maxHeap) {
        return Math.min(BEWAREN, maxHeap / 3 / Long.BYTES);
    }

    /** As {@link #run(FvwEngine, Normeringsinvoer, MonteCarlo, int, IntConsumer)}, keeping at most {@code bewaren} figures. */
    static Spreiding run(FvwEngine engine, Normeringsinvoer invoer, MonteCarlo monteCarlo, int threads,
            IntConsumer voortgang, long bewaren) {
        if (threads < 1) {
            throw new FvwException("A Monte Carlo needs at least one thread, got " + threads);
        }
        Trekkingen trekkingen = monteCarlo.trekkingen(invoer);   // checks the input first
        Stand stand = monteCarlo.stand();
        int n = monteCarlo.trekkingen();
        // a draw changes forecasts, never the structure the rules decide on: they fire once
        Besluiten besluiten = engine.beslis(invoer);
        // the cells, in the order of the figures, from the first draw's figures; every draw then only its values
        Normeringsuitkomst eerste = opTrekking(monteCarlo, 0,
                () -> engine.bereken(trekkingen.trekking(0), besluiten, stand, false));
        List<Spreiding.Cel> accresCellen = accresCellen(eerste.accressen(), stand);
        if (accresCellen.isEmpty()) {
            throw new FvwException("The scenario computes no accres at stand " + stand + ", the stand the Monte Carlo perturbs");
        }
        List<Fondsniveau> niveaus = niveaus(eerste);
        List<Spreiding.Cel> niveauCellen = niveaus.stream().map(f -> new Spreiding.Cel(f.fonds().code(), f.jaar())).toList();
        IntFunction<long[][]> trekking = i -> {
            Kerncijfers k = opTrekking(monteCarlo, i, () -> engine.kerncijfers(trekkingen.trekking(i), besluiten, stand));
            return new long[][] {accres(i, k.accressen(), stand, accresCellen), niveau(i, k, niveaus, niveauCellen)};
        };
        int cellen = accresCellen.size() + niveauCellen.size();
        if ((long) n * cellen <= bewaren) {
            long[][] accres = new long[accresCellen.size()][n];
            long[][] niveau = new long[niveauCellen.size()][n];
            alle(n, threads, trekking, voortgang, (d, i) -> {
                for (int c = 0; c < d[0].length; c++) {
                    accres[c][i] = d[0][c];
                }
                for (int c = 0; c < d[1].length; c++) {
                    niveau[c][i] = d[1][c];
                }
            });
            return new Spreiding(monteCarlo, stand, accresCellen, accres, niveauCellen, niveau);
        }
        // too many draws to keep: counted twice, the second time only what holds a percentile
        Spreidingsteller teller = new Spreidingsteller(monteCarlo, stand, accresCellen, niveauCellen);
        alle(n, threads, trekking, d -> voortgang.accept(d / 2), (d, i) -> teller.tel(d[0], d[1]));
        teller.sluitEerste();
        alle(n, threads, trekking, d -> voortgang.accept((n + d) / 2), (d, i) -> teller.telOpnieuw(d[0], d[1]));
        return teller.spreiding();
    }

    /** Every draw on the threads, each given to {@code uitkomst} with its number. */
    private static void alle(int n, int threads, IntFunction<long[][]> trekking, IntConsumer voortgang,
            ObjIntConsumer<long[][]> uitkomst) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, n / 200);
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                uitkomst.accept(trekking.apply(i), i);
                int d = done.incrementAndGet();
                if (d % step == 0 || d == n) {
                    voortgang.accept(d);
                }
            }
        };
        if (threads == 1) {
            worker.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fvw-monte-carlo");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FvwException("The Monte Carlo was interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new FvwException("A draw failed: " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** What draw {@code i} computes, an error naming the draw and the seed. */
    private static <T> T opTrekking(MonteCarlo monteCarlo, int i, Supplier<T> berekening) {
        try {
            return berekening.get();
        } catch (FvwException e) {
            throw new FvwException("Monte Carlo draw " + i + " (seed " + monteCarlo.zaad() + "): " + e.getMessage());
        }
    }

    /** The funds and years with an accres at the stand, in figure order: the accres cells. */
    private static List<Spreiding.Cel> accresCellen(List<AccresPercentage> accressen, Stand stand) {
        Set<Spreiding.Cel> out = new LinkedHashSet<>();
        for (AccresPercentage a : accressen) {
            if (a.stand().equals(stand)) {
                out.add(new Spreiding.Cel(fonds(a), a.jaar()));
            }
        }
        return List.copyOf(out);
    }

    /** The fund of an accres as a cell names it: "GF en PF" where one % holds for both. */
    private static String fonds(AccresPercentage a) {
        return a.fonds() == null ? "GF en PF" : a.fonds().code();
    }

    /** The levels of the first draw's figures, in figure order: the level cells. */
    static List<Fondsniveau> niveaus(Normeringsuitkomst u) {
        List<Fondsniveau> out = new ArrayList<>();
        for (Bedrag b : u.bedragen()) {
            if (b instanceof Fondsniveau n) {
                out.add(n);
            }
        }
        return out;
    }

    /** Draw {@code i}'s accres at the stand in the order of the cells, as ranked; a draw must give the cells of the first. */
    static long[] accres(int i, List<AccresPercentage> accressen, Stand stand, List<Spreiding.Cel> cellen) {
        long[] out = new long[cellen.size()];
        boolean[] gegeven = new boolean[cellen.size()];
        int aantal = 0;
        for (AccresPercentage a : accressen) {
            if (!a.stand().equals(stand)) {
                continue;
            }
            String fonds = fonds(a);
            // the cells are in figure order, as a draw gives them: the next one is the one looked for
            int c = aantal < cellen.size() && is(cellen.get(aantal), fonds, a.jaar()) ? aantal : plaats(cellen, fonds, a.jaar());
            aantal++;
            if (c < 0 || gegeven[c]) {
                continue;   // counted, and refused below
            }
            out[c] = Spreiding.accresEenheden(a.fraction());
            gegeven[c] = true;
        }
        vergelijk(i, "accres", aantal, cellen, gegeven);
        return out;
    }

    /** Draw {@code i}'s levels in the order of the first draw's, in cents. */
    static long[] niveau(int i, Kerncijfers k, List<Fondsniveau> niveaus, List<Spreiding.Cel> cellen) {
        long[] out = new long[niveaus.size()];
        boolean[] gegeven = new boolean[niveaus.size()];
        int aantal = 0;
        for (Map<BudgetYear, BigDecimal> jaren : k.niveaus().values()) {
            aantal += jaren.size();
        }
        for (int c = 0; c < out.length; c++) {
            Map<BudgetYear, BigDecimal> jaren = k.niveaus().get(niveaus.get(c).fonds());
            BigDecimal v = jaren == null ? null : jaren.get(niveaus.get(c).jaar());
            if (v != null) {
                out[c] = Spreiding.centen(v);
                gegeven[c] = true;
            }
        }
        vergelijk(i, "niveau", aantal, cellen, gegeven);
        return out;
    }

    private static boolean is(Spreiding.Cel cel, String fonds, BudgetYear jaar) {
        return cel.fonds().equals(fonds) && cel.jaar().equals(jaar);
    }

    private static int plaats(List<Spreiding.Cel> cellen, String fonds, BudgetYear jaar) {
        for (int c = 0; c < cellen.size(); c++) {
            if (is(cellen.get(c), fonds, jaar)) {
                return c;
            }
        }
        return -1;
    }

    /** A draw must give the cells of the first draw, no more and no fewer. */
    private static void vergelijk(int i, String what, int aantal, List<Spreiding.Cel> cellen, boolean[] gegeven) {
        if (aantal != cellen.size()) {
            throw new FvwException("Monte Carlo draw " + i + " computes " + aantal + " " + what + " figures where the"
                    + " first draw computes " + cellen.size());
        }
        for (int c = 0; c < cellen.size(); c++) {
            if (!gegeven[c]) {
                throw new FvwException("Monte Carlo draw " + i + " computes no " + what + " for " + cellen.get(c).fonds() + " "
                        + cellen.get(c).jaar());
            }
        }
    }
}
