package nl.fvw.present;

/**
 * A text set in a column of a plain-text table: padded with spaces to the column's width (a longer
 * text is left whole), as {@code String.format("%12s")} and {@code "%-12s"} do, without the formatter's
 * cost per cell while a command starts.
 *
 * <pre>{@code
 * Align.right("1.234,5", 12);   // "     1.234,5"
 * Align.left("GF", 6);          // "GF    "
 * }</pre>
 */
final class Align {
    private Align() {
    }

    /** Right-aligned: spaces before the text up to {@code width} characters. */
    static String right(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    /** Left-aligned: spaces after the text up to {@code width} characters. */
    static String left(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
