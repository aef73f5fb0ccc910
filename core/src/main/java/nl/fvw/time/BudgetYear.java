package nl.fvw.time;

import nl.fvw.FvwException;

/**
 * A budget year (begrotingsjaar), 1900-2199. Treat as a value type.
 *
 * <pre>{@code
 * BudgetYear t = BudgetYear.parse("2024");
 * BudgetYear vorig = t.previous();   // 2023
 * }</pre>
 */
public record BudgetYear(int value) implements Comparable<BudgetYear> {
    /** The first year fvw accepts. */
    public static final int MIN = 1900;
    /** The last year fvw accepts. */
    public static final int MAX = 2199;

    /**
     * Checks the range.
     *
     * @param value the year, {@link #MIN} to {@link #MAX}
     */
    public BudgetYear {
        if (value < MIN || value > MAX) {
            throw new FvwException("Budget year " + value + " is outside " + MIN + "-" + MAX);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BudgetYear y && y.value == value;   // as the record's, without its method handles
    }

    @Override
    public int hashCode() {
        return value;   // the record's hash of one int component
    }

    /**
     * A budget year.
     *
     * @param value the year, {@link #MIN} to {@link #MAX}
     * @return the year
     */
    public static BudgetYear of(int value) {
        return new BudgetYear(value);
    }

    /**
     * Parses "2024".
     *
     * @param text four digits
     * @return the year
     * @throws nl.fvw.FvwException when the text is not a year in range
     */
    public static BudgetYear parse(String text) {
        String t = text.strip();
        int value = t.length() == 4 ? 0 : -1;   // four digits, read without a stream: a table has thousands
        for (int i = 0; i < t.length() && value >= 0; i++) {
            char c = t.charAt(i);
            value = c >= '0' && c <= '9' ? value * 10 + (c - '0') : -1;
        }
        if (value < 0) {
            throw new FvwException("'" + text + "' is not a budget year (four digits, like 2024)");
        }
        return new BudgetYear(value);
    }

    /**
     * The year {@code years} later (earlier when negative).
     *
     * @param years the number of years
     * @return the year
     */
    public BudgetYear plus(int years) {
        return new BudgetYear(value + years);
    }

    /**
     * The year before.
     *
     * @return t − 1
     */
    public BudgetYear previous() {
        return plus(-1);
    }

    /**
     * The year after.
     *
     * @return t + 1
     */
    public BudgetYear next() {
        return plus(1);
    }

    /**
     * Whether this year comes before another.
     *
     * @param other another year
     * @return true when earlier
     */
    public boolean isBefore(BudgetYear other) {
        return value < other.value;
    }

    /**
     * Whether this year comes after another.
     *
     * @param other another year
     * @return true when later
     */
    public boolean isAfter(BudgetYear other) {
        return value > other.value;
    }

    @Override
    public int compareTo(BudgetYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value >= FIRST_NAMED && value < FIRST_NAMED + NAMES.length ? NAMES[value - FIRST_NAMED]
                : Integer.toString(value);
    }

    /** The years whose text is made once: explanations name years in every label. */
    private static final int FIRST_NAMED = 1900;
    private static final String[] NAMES = new String[301];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            NAMES[i] = Integer.toString(FIRST_NAMED + i);
        }
    }
}
