package nl.fvw.explain;

import java.util.Objects;

import nl.fvw.time.Stand;

/**
 * An input of a figure: its name, its value (typed, see {@link Value}), the stand it was known at
 * (null where a stand does not apply) and its source.
 *
 * <pre>{@code
 * Input i = new Input("NGRU 2013", Value.mln(ngru2013), Stand.parse("Miljoenennota 2012"),
 *         "Miljoenennota 2012, bijlage, tabel 9.1");
 * }</pre>
 *
 * @param name what the input is ("NGRU 2014")
 * @param value its value
 * @param stand the stand it is known at, or null
 * @param source where it comes from
 */
public record Input(String name, Value value, Stand stand, String source) {
    /**
     * Checks the components.
     *
     * @param name what the input is ("NGRU 2014")
     * @param value its value
     * @param stand the stand it is known at, or null
     * @param source where it comes from
     */
    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
