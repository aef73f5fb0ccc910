package nl.fvw.gemeentefonds;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable row of decimals (a gemeente's volumes, or its integratie- and decentralisatie-uitkeringen,
 * where a cell may be empty) that also keeps, read once, each value as an unscaled {@code long} and its
 * scale, and the row's sum. {@link Rekenkern} multiplies those longs; the values themselves are the ones
 * read, scale included.
 */
final class DecimalRow extends AbstractList<BigDecimal> implements RandomAccess {
    /** The largest number of digits an unscaled value may have to be kept as a long. */
    private static final int LONG_DIGITS = 18;

    private final BigDecimal[] values;
    private final long[] unscaled;
    private final int[] scales;
    private final boolean longs;
    private final BigDecimal sum;

    private DecimalRow(BigDecimal[] values) {
        this.values = values;
        this.unscaled = new long[values.length];
        this.scales = new int[values.length];
        boolean fit = true;
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < values.length; i++) {
            BigDecimal v = values[i];
            if (v == null) {
                continue;
            }
            s = s.add(v);
            if (v.precision() <= LONG_DIGITS && Math.abs(v.scale()) <= LONG_DIGITS) {
                unscaled[i] = v.unscaledValue().longValue();
                scales[i] = v.scale();
            } else {
                fit = false;
            }
        }
        this.longs = fit;
        this.sum = s;
    }

    /**
     * The row of these values, copied.
     *
     * @param values the values; null for an empty cell
     * @return the row (itself when it already is one)
     */
    static DecimalRow of(List<BigDecimal> values) {
        return values instanceof DecimalRow r ? r : new DecimalRow(values.toArray(new BigDecimal[0]));
    }

    @Override
    public BigDecimal get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }

    /** @return whether every value is kept as an unscaled long */
    boolean longs() {
        return longs;
    }

    /**
     * @param index the cell
     * @return its unscaled value (zero for an empty cell)
     */
    long unscaled(int index) {
        return unscaled[index];
    }

    /**
     * @param index the cell
     * @return its scale
     */
    int scale(int index) {
        return scales[index];
    }

    /** @return the sum of the values, empty cells counting as zero */
    BigDecimal sum() {
        return sum;
    }
}
