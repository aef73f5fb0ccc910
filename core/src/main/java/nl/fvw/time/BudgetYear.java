package nl.fvw.time;

import nl.fvw.FvwException;

/** A budget year (begrotingsjaar), 1900-2199. Treat as a value type. */
public record BudgetYear(int value) implements Comparable<BudgetYear> {
    public static final int MIN = 1900;
    public static final int MAX = 2199;

    public BudgetYear {
        if (value < MIN || value > MAX) {
            throw new FvwException("Budget year " + value + " is outside " + MIN + "-" + MAX);
        }
    }

    public static BudgetYear of(int value) {
        return new BudgetYear(value);
    }

    /** Parses "2024". */
    public static BudgetYear parse(String text) {
        String t = text.strip();
        if (!t.matches("\\d{4}")) {
            throw new FvwException("'" + text + "' is not a budget year (four digits, like 2024)");
        }
        return new BudgetYear(Integer.parseInt(t));
    }

    public BudgetYear plus(int years) {
        return new BudgetYear(value + years);
    }

    public BudgetYear previous() {
        return plus(-1);
    }

    public BudgetYear next() {
        return plus(1);
    }

    public boolean isBefore(BudgetYear other) {
        return value < other.value;
    }

    public boolean isAfter(BudgetYear other) {
        return value > other.value;
    }

    @Override
    public int compareTo(BudgetYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
