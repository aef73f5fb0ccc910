package nl.fvw.explain;

import java.util.Objects;

/** An input of a figure: its name, value, the stand it was known at (may be null) and its source. */
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
