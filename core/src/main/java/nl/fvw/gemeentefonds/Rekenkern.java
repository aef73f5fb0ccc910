package nl.fvw.gemeentefonds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * {@link Verdeling}'s arithmetic over unscaled longs: every product volume × bedrag per eenheid is exact
 * in a long, and is added to the slot of its part, cluster and scale, so nothing is rounded and nothing is
 * rescaled; decimals are made once per part from those slots, and a gemeente's amount per cluster only when
 * it is read. The figures, scales included, are the ones the general arithmetic gives; where a value or a
 * sum does not fit in a long, {@link #bereken} says so and {@link Verdeling} takes the general path.
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
        int k = c.clusters().size();
        int n = cellen.length;
        int[][] slot = new int[n][];
        long[][] bedrag = new long[n][];
        int[][] schaal = new int[n][];
        int[][] index = new int[n][];
        int[] laagste = new int[n];
        int[] hoogste = new int[n];
        for (int m = 0; m < n; m++) {
            Verdeling.Cellen cm = cellen[m];
            int cells = cm.cluster().length;
            slot[m] = new int[cells];
            bedrag[m] = new long[cells];
            schaal[m] = new int[cells];
            index[m] = new int[cells];
            laagste[m] = Integer.MAX_VALUE;
            hoogste[m] = Integer.MIN_VALUE;
            for (int i = 0; i < cells; i++) {
                BigDecimal b = cm.bedrag()[i];
                if (b.precision() > OFFSET || Math.abs(b.scale()) > OFFSET) {
                    return null;
                }
                slot[m][i] = cm.deel()[i] * k + cm.cluster()[i];
                bedrag[m][i] = b.unscaledValue().longValue();
                schaal[m][i] = b.scale() + OFFSET;
                index[m][i] = slot[m][i] * SCALES + schaal[m][i];
                laagste[m] = Math.min(laagste[m], schaal[m][i]);
                hoogste[m] = Math.max(hoogste[m], schaal[m][i]);
            }
        }
        long[] acc = new long[PARTS * k * SCALES];
        long[] mask = new long[PARTS * k];
        long[] tot = new long[PARTS * k * SCALES];
        long[] totMask = new long[PARTS * k];
        long[] deel = new long[PARTS * SCALES];
        long[] deelMask = new long[PARTS];
        BigDecimal totA = BigDecimal.ZERO;
        BigDecimal totBuiten = BigDecimal.ZERO;
        BigDecimal totBasis = BigDecimal.ZERO;
        BigDecimal totaal = BigDecimal.ZERO;
        BigDecimal totIu = BigDecimal.ZERO;
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
                int[] sm = slot[m];
                long[] bm = bedrag[m];
                int[] cm = schaal[m];
                int[] im = index[m];
                for (int i = 0; i < sm.length; i++) {
                    int idx = im[i] + vs;
                    acc[idx] = Math.addExact(acc[idx], Math.multiplyExact(v, bm[i]));
                    mask[sm[i]] |= 1L << (vs + cm[i]);
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
            BigDecimal a = decimal(deel, Verdeling.A * SCALES, deelMask[Verdeling.A]);
            BigDecimal buiten = decimal(deel, Verdeling.BUITEN * SCALES, deelMask[Verdeling.BUITEN]);
            BigDecimal basis = decimal(deel, Verdeling.B * SCALES, deelMask[Verdeling.B]);
            Arrays.fill(deel, 0);
            Arrays.fill(deelMask, 0);
            BigDecimal exact = a.add(buiten).add(uf.multiply(basis));
            BigDecimal bedragGemeente = exact.setScale(2, RoundingMode.HALF_UP);
            BigDecimal iu = DecimalRow.of(g.uitkeringen()).sum();
            out.add(new Specificatie(g, a, buiten, basis, new Clusters(k, uf, sparse), exact, bedragGemeente, iu));
            totA = totA.add(a);
            totBuiten = totBuiten.add(buiten);
            totBasis = totBasis.add(basis);
            totaal = totaal.add(bedragGemeente);
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
        return new Verdelingsuitkomst(c, keuzes, uf, out, totA, totBuiten, totBasis, Arrays.asList(totCluster), totaal, totIu);
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
