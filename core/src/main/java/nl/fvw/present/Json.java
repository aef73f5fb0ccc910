package nl.fvw.present;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * JSON as fvw writes it: pretty-printed, fields in the order the writer gives them, numbers that
 * touch money as exact decimal strings (the writer's choice, not Jackson's).
 *
 * <pre>{@code
 * String json = Json.pretty(g -> {
 *     g.writeStartObject();
 *     g.writeStringField("bedrag", "190000000");
 *     g.writeEndObject();
 * });
 * }</pre>
 */
public final class Json {
    private Json() {
    }

    /** What writes the document. */
    @FunctionalInterface
    public interface Body {
        /**
         * Writes the document.
         *
         * @param g the generator
         * @throws IOException when the generator cannot write
         */
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * The document {@code body} writes, pretty-printed.
     *
     * @param body writes one JSON value
     * @return the text, without a trailing newline
     */
    public static String pretty(Body body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
