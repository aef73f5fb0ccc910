package nl.fvw.gemeentefonds;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A signed 128-bit integer in two longs, for {@link Rekenkern}: exact sums of products, a product with a
 * positive long, the quotient by a power of ten rounded half-up (as {@link java.math.RoundingMode#HALF_UP}),
 * and the decimal it makes at a scale. Whatever does not fit is an {@link ArithmeticException}, never a wrong
 * number. Mutable, and used by one computation at a time.
 */
final class Wijd {
    private static final long[] TIENMACHT = new long[19];

    static {
        TIENMACHT[0] = 1;
        for (int i = 1; i < TIENMACHT.length; i++) {
            TIENMACHT[i] = TIENMACHT[i - 1] * 10;
        }
    }

    private long hi;
    private long lo;

    /** @return 10^n for 0 ≤ n ≤ 18 */
    static long tienmacht(int n) {
        if (n < 0 || n >= TIENMACHT.length) {
            throw new ArithmeticException("10^" + n + " is no long");
        }
        return TIENMACHT[n];
    }

    /** Sets this to zero. */
    void nul() {
        hi = 0;
        lo = 0;
    }

    /**
     * Sets this to another's value.
     *
     * @param w the other
     */
    void zet(Wijd w) {
        hi = w.hi;
        lo = w.lo;
    }

    /**
     * @return the value as a long
     * @throws ArithmeticException when it is no long
     */
    long alsLong() {
        if (hi != (lo >> 63)) {
            throw new ArithmeticException("no long");
        }
        return lo;
    }

    /**
     * Adds x × f.
     *
     * @param x any long
     * @param f a positive long
     */
    void plusMaal(long x, long f) {
        plus(Math.multiplyHigh(x, f), x * f);
    }

    /**
     * Adds another times a positive long.
     *
     * @param w the other (unchanged, unless it is {@code werk})
     * @param f the factor, positive
     * @param werk where the product is made (not this)
     */
    void plusMaal(Wijd w, long f, Wijd werk) {
        werk.zet(w);
        werk.maal(f);
        plus(werk);
    }

    /**
     * Adds another.
     *
     * @param w the other
     */
    void plus(Wijd w) {
        plus(w.hi, w.lo);
    }

    private void plus(long bHi, long bLo) {
        long nLo = lo + bLo;
        long carry = Long.compareUnsigned(nLo, lo) < 0 ? 1 : 0;
        long nHi = Math.addExact(Math.addExact(hi, bHi), carry);
        hi = nHi;
        lo = nLo;
    }

    /**
     * Multiplies by a positive long.
     *
     * @param f the factor, positive
     */
    void maal(long f) {
        long laagHoog = Math.multiplyHigh(lo, f) + ((lo >> 63) & f);
        long nHi = Math.addExact(Math.multiplyExact(hi, f), laagHoog);
        lo = lo * f;
        hi = nHi;
    }

    /**
     * The quotient by 10^k, rounded half-up (ties away from zero).
     *
     * @param k 0 to 36
     * @return the quotient
     * @throws ArithmeticException when it is no long
     */
    long gedeeldHalfUp(int k) {
        boolean negatief = hi < 0;
        long mHi = hi;
        long mLo = lo;
        if (negatief) {
            mLo = -lo;
            mHi = ~hi + (lo == 0 ? 1 : 0);
        }
        long rest = 0;
        long restMacht = 1;
        int over = k;
        while (over > 0) {
            int stap = Math.min(over, 9);
            long d = TIENMACHT[stap];
            long r = 0;
            long[] limbs = {mHi >>> 32, mHi & 0xFFFF_FFFFL, mLo >>> 32, mLo & 0xFFFF_FFFFL};
            for (int i = 0; i < 4; i++) {
                long cur = (r << 32) | limbs[i];
                limbs[i] = cur / d;
                r = cur % d;
            }
            mHi = (limbs[0] << 32) | limbs[1];
            mLo = (limbs[2] << 32) | limbs[3];
            rest += Math.multiplyExact(r, restMacht);
            restMacht = Math.multiplyExact(restMacht, d);
            over -= stap;
        }
        if (mHi != 0 || mLo < 0) {
            throw new ArithmeticException("quotient is no long");
        }
        long q = mLo;
        if (k > 0 && Long.compareUnsigned(2 * rest, restMacht) >= 0) {
            q = Math.addExact(q, 1);
        }
        return negatief ? -q : q;
    }

    /**
     * The decimal this makes at a scale.
     *
     * @param schaal the scale
     * @return the decimal
     */
    BigDecimal decimaal(int schaal) {
        if (hi == (lo >> 63)) {
            return BigDecimal.valueOf(lo, schaal);
        }
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[7 - i] = (byte) (hi >>> (8 * i));
            b[15 - i] = (byte) (lo >>> (8 * i));
        }
        return new BigDecimal(new BigInteger(b), schaal);
    }
}
