package nl.fvw.gemeentefonds;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * {@link Verdeling}'s arithmetic over unscaled longs: every product volume × bedrag per eenheid is exact
 * in a long, and is added to the slot of its part, cluster and scale, so nothing is rounded and nothing is
 * rescaled; each part is brought to one scale in 128 bits ({@link Wijd}), and so is a gemeente's exact total
 * and its rounding to the cent; a gemeente's amount per cluster is made only when it is read. The figures,
 * scales included, are the ones the general arithmetic gives; where a value or a sum does not fit,
 * {@link #bereken} says so and {@link Verdeling} takes the general path.
 */
final class Rekenkern {
    /** Scales from −{@value} to +{@value} have a slot. */
    private static final int OFFSET = 18;
    private static final int SCALES = 2 * OFFSET + 1;
    private static final int PARTS = 3;

    private Rekenkern() {
    }

    /**
     * The verdeling over longs.
     *
     * @param c the circulaire
     * @param keuzes the choices
     * @param uf the factor
     * @param cellen the non-zero bedragen per maatstaf
     * @return the verdeling, or null where a value or a sum does not fit in a long
     */
    static Verdelingsuitkomst bereken(Circulaire c, AuKeuzes keuzes, BigDecimal uf, Verdeling.Cellen[] cellen) {
        try {
            return rekenen(c, keuzes, uf, cellen);
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    private static Verdelingsuitkomst rekenen(Circulaire c, AuKeuzes keuzes, BigDecimal uf, Verdeling.Cellen[] cellen) {
        if (uf.signum() <= 0 || uf.precision() > OFFSET || uf.scale() < 0 || uf.scale() > OFFSET) {
            return null;
        }
        int k = c.clusters().size();
        int n = cellen.length;
        int totaalCellen = 0;
        for (Verdeling.Cellen cm : cellen) {
            totaalCellen += cm.cluster().length;
        }
        // every non-zero bedrag per eenheid in one row: from begin[m] to begin[m + 1] the cells of maatstaf m
        int[] begin = new int[n + 1];
        int[] slot = new int[totaalCellen];
        int[] schaal = new int[totaalCellen];
        int[] index = new int[totaalCellen];
        long[] bedrag = new long[totaalCellen];
        int[] laagste = new int[n];
        int[] hoogste = new int[n];
        int i = 0;
        for (int m = 0; m < n; m++) {
            Verdeling.Cellen cm = cellen[m];
            begin[m] = i;
            laagste[m] = Integer.MAX_VALUE;
            hoogste[m] = Integer.MIN_VALUE;
            for (int x = 0; x < cm.cluster().length; x++, i++) {
                BigDecimal b = cm.bedrag()[x];
                if (b.precision() > OFFSET || Math.abs(b.scale()) > OFFSET) {
                    return null;
                }
                slot[i] = cm.deel()[x] * k + cm.cluster()[x];
                bedrag[i] = b.unscaledValue().longValue();
                schaal[i] = b.scale() + OFFSET;
                index[i] = slot[i] * SCALES + schaal[i];
                laagste[m] = Math.min(laagste[m], schaal[i]);
                hoogste[m] = Math.max(hoogste[m], schaal[i]);
            }
        }
        begin[n] = i;
        long[] acc = new long[PARTS * k * SCALES];
        long[] mask = new long[PARTS * k];
        long[] tot = new long[PARTS * k * SCALES];
        long[] totMask = new long[PARTS * k];
        long[] deel = new long[PARTS * SCALES];
        long[] deelMask = new long[PARTS];
        long totaalCenten = 0;
        BigDecimal totIu = BigDecimal.ZERO;
        long ufOngeschaald = uf.unscaledValue().longValue();
        int ufSchaal = uf.scale();
        Wijd wA = new Wijd();
        Wijd wBuiten = new Wijd();
        Wijd wB = new Wijd();
        Wijd som = new Wijd();
        Wijd tijdelijk = new Wijd();
        List<Specificatie> out = new ArrayList<>(c.gemeenten().size());
        for (Gemeente g : c.gemeenten()) {
            DecimalRow volumes = DecimalRow.of(g.volumes());
            if (!volumes.longs()) {
                return null;
            }
            for (int m = 0; m < n; m++) {
                long v = volumes.unscaled(m);
                if (v == 0) {
                    continue;
                }
                int vs = volumes.scale(m);
                if (vs + laagste[m] < 0 || vs + hoogste[m] >= SCALES) {
                    return null;
                }
                for (int x = begin[m], eind = begin[m + 1]; x < eind; x++) {
                    int idx = index[x] + vs;
                    acc[idx] = Math.addExact(acc[idx], Math.multiplyExact(v, bedrag[x]));
                    mask[slot[x]] |= 1L << (vs + schaal[x]);
                }
            }
            int count = 0;
            for (long mk : mask) {
                count += Long.bitCount(mk);
            }
            long[] sparse = new long[2 * count];
            int j = 0;
            for (int p = 0; p < mask.length; p++) {
                long mk = mask[p];
                if (mk == 0) {
                    continue;
                }
                mask[p] = 0;
                int part = p / k;
                totMask[p] |= mk;
                deelMask[part] |= mk;
                while (mk != 0) {
                    int s = Long.numberOfTrailingZeros(mk);
                    mk &= mk - 1;
                    int idx = p * SCALES + s;
                    long x = acc[idx];
                    acc[idx] = 0;
                    sparse[j++] = (long) p * SCALES + s;
                    sparse[j++] = x;
                    tot[idx] = Math.addExact(tot[idx], x);
                    deel[part * SCALES + s] = Math.addExact(deel[part * SCALES + s], x);
                }
            }
            int sA = schaal(deelMask[Verdeling.A]);
            int sBuiten = schaal(deelMask[Verdeling.BUITEN]);
            int sB = schaal(deelMask[Verdeling.B]);
            breed(deel, Verdeling.A * SCALES, deelMask[Verdeling.A], wA);
            breed(deel, Verdeling.BUITEN * SCALES, deelMask[Verdeling.BUITEN], wBuiten);
            breed(deel, Verdeling.B * SCALES, deelMask[Verdeling.B], wB);
            Arrays.fill(deel, 0);
            Arrays.fill(deelMask, 0);
            BigDecimal a = wA.decimaal(sA);
            BigDecimal buiten = wBuiten.decimaal(sBuiten);
            BigDecimal basis = wB.decimaal(sB);
            // exact = a + buiten + uf × basis at the scale BigDecimal gives it, then to the cent half-up
            int sExact = Math.max(Math.max(sA, sBuiten), ufSchaal + sB);
            som.nul();
            som.plusMaal(wA, Wijd.tienmacht(sExact - sA), tijdelijk);
            som.plusMaal(wBuiten, Wijd.tienmacht(sExact - sBuiten), tijdelijk);
            tijdelijk.zet(wB);
            tijdelijk.maal(ufOngeschaald);
            som.plusMaal(tijdelijk, Wijd.tienmacht(sExact - ufSchaal - sB), tijdelijk);
            BigDecimal exact = som.decimaal(sExact);
            long centen;
            if (sExact >= 2) {
                centen = som.gedeeldHalfUp(sExact - 2);
            } else {
                som.maal(Wijd.tienmacht(2 - sExact));
                centen = som.alsLong();
            }
            BigDecimal bedragGemeente = BigDecimal.valueOf(centen, 2);
            BigDecimal iu = DecimalRow.of(g.uitkeringen()).sum();
            out.add(new Specificatie(g, a, buiten, basis, new Clusters(k, uf, sparse), exact, bedragGemeente, iu));
            totaalCenten = Math.addExact(totaalCenten, centen);
            totIu = totIu.add(iu);
        }
        BigDecimal[] totCluster = new BigDecimal[k];
        for (int cl = 0; cl < k; cl++) {
            int pa = Verdeling.A * k + cl;
            int pu = Verdeling.BUITEN * k + cl;
            int pb = Verdeling.B * k + cl;
            totCluster[cl] = decimal(tot, pa * SCALES, totMask[pa]).add(decimal(tot, pu * SCALES, totMask[pu]))
                    .add(uf.multiply(decimal(tot, pb * SCALES, totMask[pb])));
        }
        // the totals as the sums over gemeenten give them: the same value, and the largest scale of any gemeente
        BigDecimal totA = totaal(tot, totMask, Verdeling.A, k, wA);
        BigDecimal totBuiten = totaal(tot, totMask, Verdeling.BUITEN, k, wA);
        BigDecimal totBasis = totaal(tot, totMask, Verdeling.B, k, wA);
        BigDecimal totaal = out.isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(totaalCenten, 2);
        return new Verdelingsuitkomst(c, keuzes, uf, out, totA, totBuiten, totBasis, Arrays.asList(totCluster), totaal, totIu);
    }

    /** One part over all clusters: the slots of its clusters summed per scale, then as {@link #breed}. */
    private static BigDecimal totaal(long[] tot, long[] totMask, int part, int k, Wijd w) {
        long[] perSchaal = new long[SCALES];
        long mask = 0;
        for (int cl = 0; cl < k; cl++) {
            int p = part * k + cl;
            mask |= totMask[p];
            for (long mk = totMask[p]; mk != 0; mk &= mk - 1) {
                int s = Long.numberOfTrailingZeros(mk);
                perSchaal[s] = Math.addExact(perSchaal[s], tot[p * SCALES + s]);
            }
        }
        breed(perSchaal, 0, mask, w);
        return w.decimaal(schaal(mask));
    }

    /** The scale of {@link #decimal} for these slots: the largest, and at least zero. */
    private static int schaal(long mask) {
        return mask == 0 ? 0 : Math.max(0, 63 - Long.numberOfLeadingZeros(mask) - OFFSET);
    }

    /** The slots a mask names brought to {@link #schaal}, exactly, in 128 bits. */
    private static void breed(long[] slots, int base, long mask, Wijd uit) {
        int schaal = schaal(mask);
        uit.nul();
        while (mask != 0) {
            int bit = Long.numberOfTrailingZeros(mask);
            mask &= mask - 1;
            uit.plusMaal(slots[base + bit], Wijd.tienmacht(schaal - (bit - OFFSET)));
        }
    }

    /** Zero plus the slots a mask names, from the smallest scale up. */
    private static BigDecimal decimal(long[] slots, int base, long mask) {
        BigDecimal r = BigDecimal.ZERO;
        while (mask != 0) {
            int s = Long.numberOfTrailingZeros(mask);
            mask &= mask - 1;
            r = r.add(BigDecimal.valueOf(slots[base + s], s - OFFSET));
        }
        return r;
    }

    /**
     * One gemeente's algemene uitkering per cluster, made from its slots when read: onderdeel A plus what is
     * outside the factor plus UF × the uitkeringsbasis of the cluster.
     */
    static final class Clusters extends AbstractList<BigDecimal> implements RandomAccess {
        private final int k;
        private final BigDecimal uf;
        /** Pairs of (slot × scales + scale, unscaled sum), by slot and then scale. */
        private final long[] sparse;

        private Clusters(int k, BigDecimal uf, long[] sparse) {
            this.k = k;
            this.uf = uf;
            this.sparse = sparse;
        }

        @Override
        public BigDecimal get(int cluster) {
            if (cluster < 0 || cluster >= k) {
                throw new IndexOutOfBoundsException(cluster);
            }
            BigDecimal[] part = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (int j = 0; j < sparse.length; j += 2) {
                int p = (int) (sparse[j] / SCALES);
                if (p % k == cluster) {
                    int s = (int) (sparse[j] % SCALES);
                    part[p / k] = part[p / k].add(BigDecimal.valueOf(sparse[j + 1], s - OFFSET));
                }
            }
            return part[Verdeling.A].add(part[Verdeling.BUITEN]).add(uf.multiply(part[Verdeling.B]));
        }

        @Override
        public int size() {
            return k;
        }
    }
}
