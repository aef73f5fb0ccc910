package nl.fvw.normering;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.Input;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandRates;

/**
 * The accres % under the bbp-systematiek (normering.md §4; Voorjaarsnota 2024, bijlage 7):
 * v_t = mean of real GDP growth over a window of years ({@link Venster}, t−9..t−2: 8 years),
 * p_t = growth of the GDP deflator in t,
 * accres %_t = v_t + p_t (or (1 + v_t)(1 + p_t) − 1). The open choices are {@link BbpKeuzes}.
 *
 * <pre>{@code
 * BbpSystematiek.Uitkomst u = BbpSystematiek.accres(BudgetYear.of(2026), Stand.parse("Voorjaarsnota 2024"),
 *         volume, prijs, BbpKeuzes.STANDAARD, BbpSystematiek.Venster.VJN_2024, true);
 * BigDecimal accres = u.accres();   // v + p
 * }</pre>
 */
public final class BbpSystematiek {
    static final MathContext MC = Amounts.MATH_CONTEXT;
    /** 1/n for the n whose inverse is a finite decimal (2^a × 5^b), else null. */
    private static final BigDecimal[] INVERSEN = new BigDecimal[65];

    static {
        for (int n = 1; n < INVERSEN.length; n++) {
            int m = n;
            while (m % 2 == 0) {
                m /= 2;
            }
            while (m % 5 == 0) {
                m /= 5;
            }
            INVERSEN[n] = m == 1 ? BigDecimal.ONE.divide(BigDecimal.valueOf(n)) : null;
        }
    }

    private BbpSystematiek() {
    }

    /**
     * The result: volume part v, price part p (as known at {@code prijsStand}), and the accres % that
     * combines them.
     *
     * @param volume v, the mean real bbp growth of the window
     * @param prijs p, the bbp price growth of t
     * @param prijsStand the stand p is taken from (without price settlement, the last stand of t)
     * @param accres the accres %
     * @param explanation how it was computed
     */
    public record Uitkomst(BigDecimal volume, BigDecimal prijs, Stand prijsStand, BigDecimal accres, Explanation explanation) {
    }

    /**
     * The years of the volume part: t − {@code van} to t − {@code tot}, a policy parameter with its
     * decision stand and source.
     *
     * @param van years before t of the first year (9)
     * @param tot years before t of the last year (2)
     * @param besloten the stand the window was decided at
     * @param bron its source, as the explanation cites it
     */
    public record Venster(int van, int tot, Stand besloten, String bron) {
        /**
         * Checks the window.
         *
         * @param van years before t of the first year
         * @param tot years before t of the last year
         * @param besloten the stand the window was decided at
         * @param bron its source
         */
        public Venster {
            if (van < tot || tot < 0) {
                throw new nl.fvw.FvwException("The window of the bbp-systematiek runs from t-" + van + " to t-" + tot
                        + "; it needs t-van before t-tot, neither after t");
            }
        }

        /** The window of the Voorjaarsnota 2023 and 2024: t−9 … t−2. */
        public static final Venster VJN_2024 = new Venster(9, 2, Stand.parse("Voorjaarsnota 2023"),
                "Voorjaarsnota 2024, bijlage 7: volume = gemiddelde reële bbp-groei t-9 t/m t-2");
    }

    /**
     * The accres of year t under the bbp-systematiek: v = mean real GDP growth t−9..t−2, p = GDP
     * deflator growth of t, combined as {@code keuzes} say.
     *
     * @param t the budget year
     * @param stand the stand whose forecasts are used
     * @param volume real GDP growth per stand
     * @param prijs GDP deflator growth per stand
     * @param keuzes the open choices
     * @param venster the years of the volume part
     * @param explain false for bulk runs
     * @return v, p and the accres
     * @throws nl.fvw.FvwException naming the year and stand of a missing growth rate
     */
    public static Uitkomst accres(BudgetYear t, Stand stand, StandRates volume, StandRates prijs, BbpKeuzes keuzes,
            Venster venster, boolean explain) {
        List<BigDecimal> growth = new ArrayList<>();
        Explanation.Builder b = explain ? Explanation.builder("bbp-systematiek " + t + " stand " + stand) : Explanation.off();
        if (b.isOn()) {
            b.input(new Input("venster volumedeel", Value.text("t-" + venster.van() + " t/m t-" + venster.tot()),
                    venster.besloten(), venster.bron()));
        }
        for (int k = venster.van(); k >= venster.tot(); k--) {
            BudgetYear y = t.plus(-k);
            BigDecimal g = volume.knownAt(y, stand);
            growth.add(g);
            if (b.isOn()) {
                b.input(new Input(volume.naam() + " " + y, Value.rate(g), volume.sourceStand(y, stand),
                        volume.bron()));
            }
        }
        BigDecimal v = keuzes.middeling() == BbpKeuzes.Middeling.REKENKUNDIG ? arithmeticMean(growth) : geometricMean(growth);
        Stand priceStand = priceStand(t, stand, prijs, keuzes);
        BigDecimal p = prijs.knownAt(t, priceStand);
        BigDecimal accres = keuzes.combinatie() == BbpKeuzes.Combinatie.ADDITIEF ? v.add(p, MC)
                : BigDecimal.ONE.add(v, MC).multiply(BigDecimal.ONE.add(p, MC), MC).subtract(BigDecimal.ONE, MC);
        if (b.isOn()) {
            b.input(new Input(prijs.naam() + " " + t, Value.rate(p), prijs.sourceStand(t, priceStand),
                    prijs.bron()));
            b.formula((keuzes.middeling() == BbpKeuzes.Middeling.REKENKUNDIG ? "v = gemiddelde" : "v = meetkundig gemiddelde")
                    + " reële bbp-groei " + t.plus(-venster.van()) + "-" + t.plus(-venster.tot()) + "; p = prijs bbp " + t
                    + "; accres = "
                    + (keuzes.combinatie() == BbpKeuzes.Combinatie.ADDITIEF ? "v + p" : "(1 + v)(1 + p) − 1")
                    + "  [keuzes: " + keuzes.describe() + "]")
                    .value(Value.phrase("v = ", Value.rate(v), ", p = ", Value.rate(p), ", accres = ", Value.rate(accres)));
        }
        return new Uitkomst(v, p, priceStand, accres, b.build());
    }

    /**
     * Without price settlement the price part of a year that is over stays as known at the last
     * stand published in that year; with settlement every later stand updates it.
     */
    static Stand priceStand(BudgetYear t, Stand stand, StandRates prijs, BbpKeuzes keuzes) {
        if (keuzes.prijsnacalculatie() || stand.publicationDate().getYear() <= t.value()) {
            return stand;
        }
        Stand last = null;
        for (Stand s : prijs.stands().headMap(stand, true).keySet()) {
            if (s.publicationDate().getYear() <= t.value() && prijs.stands().get(s).containsKey(t)) {
                last = s;
            }
        }
        return last == null ? stand : last;
    }

    static BigDecimal arithmeticMean(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v, MC);
        }
        return gedeeld(sum, values.size());
    }

    /**
     * {@code x.divide(BigDecimal.valueOf(n), MC)}, value and scale. Where 1/n is a finite decimal (the
     * window of 8 years) and the quotient fits in 34 digits, the quotient is exact: x × (1/n), with
     * the scale the division gives an exact quotient (its trailing zeros dropped, not below x's scale).
     * That skips the long division at 34 digits.
     */
    static BigDecimal gedeeld(BigDecimal x, int n) {
        BigDecimal inverse = n > 0 && n < INVERSEN.length ? INVERSEN[n] : null;
        if (inverse == null) {
            return x.divide(BigDecimal.valueOf(n), MC);
        }
        if (x.signum() == 0) {
            return BigDecimal.ZERO.setScale(x.scale());
        }
        BigDecimal q = x.multiply(inverse);
        if (q.precision() > MC.getPrecision()) {
            return x.divide(BigDecimal.valueOf(n), MC);
        }
        BigDecimal kort = q.stripTrailingZeros();
        return kort.scale() < x.scale() ? kort.setScale(x.scale()) : kort;
    }

    /** (Π (1 + g_i))^(1/n) − 1, by Newton's method at 34 digits. */
    static BigDecimal geometricMean(List<BigDecimal> values) {
        BigDecimal product = BigDecimal.ONE;
        for (BigDecimal v : values) {
            product = product.multiply(BigDecimal.ONE.add(v, MC), MC);
        }
        if (product.signum() <= 0) {
            throw new nl.fvw.FvwException("A geometric mean needs growth factors above zero; the product of (1 + g) is "
                    + product.toPlainString());
        }
        return nthRoot(product, values.size()).subtract(BigDecimal.ONE, MC);
    }

    static BigDecimal nthRoot(BigDecimal a, int n) {
        BigDecimal nBig = BigDecimal.valueOf(n);
        BigDecimal x = BigDecimal.ONE.add(a.subtract(BigDecimal.ONE, MC).divide(nBig, MC), MC);
        for (int i = 0; i < 200; i++) {
            BigDecimal xPow = x.pow(n - 1, MC);
            BigDecimal next = x.subtract(x.multiply(xPow, MC).subtract(a, MC).divide(nBig.multiply(xPow, MC), MC), MC);
            if (next.subtract(x, MC).abs().compareTo(new BigDecimal("1e-33")) < 0) {
                return next;
            }
            x = next;
        }
        return x;
    }
}
