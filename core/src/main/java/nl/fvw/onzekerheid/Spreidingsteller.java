package nl.fvw.onzekerheid;

import java.util.List;
import java.util.Objects;

import nl.fvw.FvwException;
import nl.fvw.time.Stand;

/**
 * Counts the draws of a Monte Carlo too large to keep into its {@link Spreiding}, in memory that does not
 * grow with the number of draws: every draw is given twice, once to {@link #tel} and, after
 * {@link #sluitEerste}, once more to {@link #telOpnieuw} (a draw depends only on the seed and its number, so
 * evaluating it again gives the same figures). The percentiles are those of keeping every draw, exactly,
 * whatever the order of the draws; threads may count at the same time.
 *
 * <pre>{@code
 * Spreidingsteller t = new Spreidingsteller(mc, stand, accresCellen, niveauCellen);
 * for (int i = 0; i < n; i++) t.tel(accres(i), niveau(i));
 * t.sluitEerste();
 * for (int i = 0; i < n; i++) t.telOpnieuw(accres(i), niveau(i));
 * Spreiding s = t.spreiding();
 * }</pre>
 */
public final class Spreidingsteller {
    private final MonteCarlo monteCarlo;
    private final Stand stand;
    private final List<Spreiding.Cel> accresCellen;
    private final List<Spreiding.Cel> niveauCellen;
    private final Rangtelling[] accres;
    private final Rangtelling[] niveau;
    private long eerste;
    private long tweede;
    private boolean open = true;

    /**
     * @param monteCarlo the run
     * @param stand the stand the figures are read at
     * @param accresCellen the funds and years with an accres, in order
     * @param niveauCellen the funds and years with a level, in order
     */
    public Spreidingsteller(MonteCarlo monteCarlo, Stand stand, List<Spreiding.Cel> accresCellen,
            List<Spreiding.Cel> niveauCellen) {
        this.monteCarlo = Objects.requireNonNull(monteCarlo, "monteCarlo");
        this.stand = Objects.requireNonNull(stand, "stand");
        this.accresCellen = List.copyOf(accresCellen);
        this.niveauCellen = List.copyOf(niveauCellen);
        this.accres = tellingen(accresCellen.size());
        this.niveau = tellingen(niveauCellen.size());
    }

    private static Rangtelling[] tellingen(int n) {
        Rangtelling[] t = new Rangtelling[n];
        for (int i = 0; i < n; i++) {
            t[i] = new Rangtelling();
        }
        return t;
    }

    /**
     * First pass: one draw.
     *
     * @param a the draw's accres per cell, in units of 0,0001 %
     * @param n the draw's level per cell, in cents
     */
    public synchronized void tel(long[] a, long[] n) {
        geef(a, n, true, Rangtelling::tel);
        eerste++;
    }

    /** Closes the first pass: from here on every draw is given again to {@link #telOpnieuw}. */
    public synchronized void sluitEerste() {
        if (eerste != monteCarlo.trekkingen()) {
            throw new FvwException("A spread needs " + monteCarlo.trekkingen() + " draws, got " + eerste);
        }
        for (Rangtelling t : accres) {
            t.sluitEerste();
        }
        for (Rangtelling t : niveau) {
            t.sluitEerste();
        }
        open = false;
    }

    /**
     * Second pass: the same draw again.
     *
     * @param a the draw's accres per cell
     * @param n the draw's level per cell
     */
    public synchronized void telOpnieuw(long[] a, long[] n) {
        geef(a, n, false, Rangtelling::telOpnieuw);
        tweede++;
    }

    /** Gives each cell's value of one draw to its count, in the pass that must be under way. */
    private void geef(long[] a, long[] n, boolean eerstePass, java.util.function.ObjLongConsumer<Rangtelling> telling) {
        if (a.length != accres.length || n.length != niveau.length) {
            throw new FvwException("A draw gives " + a.length + " accres and " + n.length + " level figures where the"
                    + " spread counts " + accres.length + " and " + niveau.length);
        }
        if (open != eerstePass) {
            throw new IllegalStateException(open ? "the first pass is still open" : "the first pass is closed");
        }
        for (int c = 0; c < a.length; c++) {
            telling.accept(accres[c], a[c]);
        }
        for (int c = 0; c < n.length; c++) {
            telling.accept(niveau[c], n[c]);
        }
    }

    /**
     * The spread, after both passes.
     *
     * @return the percentiles of every cell
     * @throws IllegalStateException when the second pass did not give every draw again
     */
    public synchronized Spreiding spreiding() {
        if (open || tweede != eerste) {
            throw new IllegalStateException("the second pass gave " + tweede + " of " + eerste + " draws");
        }
        long[][] a = new long[accres.length][];
        for (int c = 0; c < a.length; c++) {
            a[c] = accres[c].sluitTweede();
        }
        long[][] n = new long[niveau.length][];
        for (int c = 0; c < n.length; c++) {
            n[c] = niveau[c].sluitTweede();
        }
        return new Spreiding(monteCarlo, stand, accresCellen, niveauCellen, a, n);
    }
}
