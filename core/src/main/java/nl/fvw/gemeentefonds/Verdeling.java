package nl.fvw.gemeentefonds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;
import nl.fvw.money.RoundingUnit;
import nl.fvw.normering.Uitkeringsfactor;

/**
 * The algemene uitkering of every gemeente from a circulaire's data (Fvw art. 12; algemene-uitkering.md):
 * per maatstaf volume × bedrag per eenheid in each cluster; the inkomstenmaatstaven (WOZ × rekentarief)
 * form onderdeel A, without the uitkeringsfactor; the rest forms the uitkeringsbasis, × UF, except what a
 * named choice ({@link AuKeuzes}) puts outside the factor. Everything is exact; each gemeente's total is
 * rounded once to the cent, and the total is the sum of those amounts.
 *
 * <pre>{@code
 * Verdelingsuitkomst v = Verdeling.bereken(circulaire, AuKeuzes.CIRCULAIRE);
 * BigDecimal groningen = v.van("Groningen").bedrag();
 * BigDecimal uf = Verdeling.uitkeringsfactor(v, budget);   // the other direction
 * }</pre>
 */
public final class Verdeling {
    /** A gemeente's algemene uitkering as paid: to the cent, half-up, from the exact amount. */
    public static final RoundingStep OP_DE_CENT = new RoundingStep("algemene uitkering per gemeente", RoundingUnit.CENT,
            RoundingMode.HALF_UP, "beschikking algemene uitkering: een bedrag in euro en centen per gemeente");

    /** The parts a product goes to: onderdeel A, outside the factor by choice, the uitkeringsbasis. */
    static final int A = 0;
    static final int BUITEN = 1;
    static final int B = 2;

    private Verdeling() {
    }

    /** The non-zero bedragen of one maatstaf: cluster, bedrag, and the part it goes to. */
    record Cellen(int[] cluster, BigDecimal[] bedrag, int[] deel) {
    }

    /**
     * The algemene uitkering of every gemeente, with the circulaire's published factor.
     *
     * @param c the circulaire's data
     * @param keuzes the named choices
     * @return the specification of every gemeente and the totals
     */
    public static Verdelingsuitkomst bereken(Circulaire c, AuKeuzes keuzes) {
        return bereken(c, keuzes, c.uitkeringsfactor());
    }

    /**
     * The algemene uitkering of every gemeente with a given factor.
     *
     * @param c the circulaire's data
     * @param keuzes the named choices
     * @param uf the uitkeringsfactor to apply
     * @return the specification of every gemeente and the totals
     * @throws FvwException when a choice names the cluster Overige eigen middelen and the data has none
     */
    public static Verdelingsuitkomst bereken(Circulaire c, AuKeuzes keuzes, BigDecimal uf) {
        Cellen[] cellen = cellen(c, keuzes);
        Verdelingsuitkomst overLongs = Rekenkern.bereken(c, keuzes, uf, cellen);
        return overLongs != null ? overLongs : algemeen(c, keuzes, uf, cellen);
    }

    /** The same arithmetic over decimals of any size ({@link Rekenkern} gives the same figures over longs). */
    static Verdelingsuitkomst algemeen(Circulaire c, AuKeuzes keuzes, BigDecimal uf, Cellen[] cellen) {
        int k = c.clusters().size();
        BigDecimal totA = BigDecimal.ZERO;
        BigDecimal totBuiten = BigDecimal.ZERO;
        BigDecimal totBasis = BigDecimal.ZERO;
        BigDecimal totaal = BigDecimal.ZERO;
        BigDecimal totIu = BigDecimal.ZERO;
        BigDecimal[] totCluster = new BigDecimal[k];
        Arrays.fill(totCluster, BigDecimal.ZERO);
        List<Specificatie> out = new ArrayList<>(c.gemeenten().size());
        BigDecimal[][] som = new BigDecimal[3][k];
        for (Gemeente g : c.gemeenten()) {
            for (BigDecimal[] s : som) {
                Arrays.fill(s, BigDecimal.ZERO);
            }
            List<BigDecimal> volumes = g.volumes();
            for (int m = 0; m < cellen.length; m++) {
                BigDecimal v = volumes.get(m);
                if (v.signum() == 0) {
                    continue;
                }
                Cellen cm = cellen[m];
                for (int i = 0; i < cm.cluster.length; i++) {
                    BigDecimal[] s = som[cm.deel[i]];
                    int cl = cm.cluster[i];
                    s[cl] = s[cl].add(v.multiply(cm.bedrag[i]));
                }
            }
            BigDecimal a = BigDecimal.ZERO;
            BigDecimal buiten = BigDecimal.ZERO;
            BigDecimal basis = BigDecimal.ZERO;
            List<BigDecimal> perCluster = new ArrayList<>(k);
            for (int cl = 0; cl < k; cl++) {
                a = a.add(som[A][cl]);
                buiten = buiten.add(som[BUITEN][cl]);
                basis = basis.add(som[B][cl]);
                BigDecimal au = som[A][cl].add(som[BUITEN][cl]).add(uf.multiply(som[B][cl]));
                perCluster.add(au);
                totCluster[cl] = totCluster[cl].add(au);
            }
            BigDecimal exact = a.add(buiten).add(uf.multiply(basis));
            BigDecimal bedrag = exact.setScale(2, RoundingMode.HALF_UP);
            BigDecimal iu = DecimalRow.of(g.uitkeringen()).sum();
            out.add(new Specificatie(g, a, buiten, basis, perCluster, exact, bedrag, iu));
            totA = totA.add(a);
            totBuiten = totBuiten.add(buiten);
            totBasis = totBasis.add(basis);
            totaal = totaal.add(bedrag);
            totIu = totIu.add(iu);
        }
        return new Verdelingsuitkomst(c, keuzes, uf, out, totA, totBuiten, totBasis, Arrays.asList(totCluster), totaal, totIu);
    }

    static Cellen[] cellen(Circulaire c, AuKeuzes keuzes) {
        int oem = c.clusters().indexOf(AuKeuzes.OVERIGE_EIGEN_MIDDELEN);
        if (oem < 0 && !keuzes.overigeEigenMiddelenMetFactor()) {
            throw new FvwException("The choice 'overige eigen middelen zonder uitkeringsfactor' names cluster '"
                    + AuKeuzes.OVERIGE_EIGEN_MIDDELEN + "', which circulaire " + c.code() + " does not have");
        }
        Cellen[] out = new Cellen[c.maatstaven().size()];
        for (int m = 0; m < out.length; m++) {
            Maatstaf ms = c.maatstaven().get(m);
            List<BigDecimal> bedragen = ms.bedragen();
            int n = (int) bedragen.stream().filter(x -> x.signum() != 0).count();
            int[] cluster = new int[n];
            BigDecimal[] bedrag = new BigDecimal[n];
            int[] deel = new int[n];
            int i = 0;
            for (int cl = 0; cl < bedragen.size(); cl++) {
                if (bedragen.get(cl).signum() != 0) {
                    cluster[i] = cl;
                    bedrag[i] = bedragen.get(cl);
                    deel[i] = deel(ms.soort(), cl == oem, keuzes);
                    i++;
                }
            }
            out[m] = new Cellen(cluster, bedrag, deel);
        }
        return out;
    }

    private static int deel(Maatstaf.Soort soort, boolean overigeEigenMiddelen, AuKeuzes keuzes) {
        if (soort == Maatstaf.Soort.INKOMSTEN) {
            return A;
        }
        if (soort == Maatstaf.Soort.VAST && !keuzes.vasteBedragenMetFactor()
                || overigeEigenMiddelen && !keuzes.overigeEigenMiddelenMetFactor()) {
            return BUITEN;
        }
        return B;
    }

    /**
     * The AU budget a factor implies: Σ outside the factor + UF × Σ uitkeringsbases.
     *
     * @param buitenFactor Σ onderdeel A and what a choice puts outside the factor
     * @param basis Σ uitkeringsbases
     * @param uf the factor
     * @return the budget, exact
     */
    public static BigDecimal budget(BigDecimal buitenFactor, BigDecimal basis, BigDecimal uf) {
        return buitenFactor.add(uf.multiply(basis));
    }

    /**
     * The uitkeringsfactor an AU budget implies: (budget − Σ outside the factor) / Σ uitkeringsbases, exact
     * to 34 digits; {@link Uitkeringsfactor#PUBLICATIE} rounds it as the circulaire prints it.
     *
     * @param v a verdeling (its bases and the parts outside the factor do not depend on the factor)
     * @param budget the AU budget (euro)
     * @return the factor
     * @throws FvwException when the uitkeringsbases add up to zero
     */
    public static BigDecimal uitkeringsfactor(Verdelingsuitkomst v, BigDecimal budget) {
        if (v.totaalBasis().signum() == 0) {
            throw new FvwException("The uitkeringsbases of circulaire " + v.circulaire().code() + " add up to zero");
        }
        return budget.subtract(v.totaalA()).subtract(v.totaalBuitenFactor())
                .divide(v.totaalBasis(), Amounts.MATH_CONTEXT);
    }
}
