package nl.fvw.explain;

import java.util.Objects;

/**
 * An input of a figure: its name, value, the stand it was known at (may be null) and its source.
 *
 * <pre>{@code
 * Input i = new Input("NGRU 2013", "€ 92.280 mln", "Miljoenennota 2012", "Miljoenennota 2012, bijlage, tabel 9.1");
 * }</pre>
 */
public record Input(String name, String value, String stand, String source) {
    /**
     * Checks the components.
     *
     * @param name what the input is ("NGRU 2014")
     * @param value its value as printed
     * @param stand the stand it is known at, or null
     * @param source where it comes from
     */
    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
