package nl.fvw.present;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.Input;
import nl.fvw.explain.RoundingRecord;

/**
 * An explanation as JSON, in a fixed field order: label, value, formula, rule, inputs (with stand
 * and source), roundings (exact decimal strings) and the explanations it was computed from.
 *
 * <pre>{@code
 * String json = ExplanationJson.of(uitkomst.explain(FigureName.parse("accres 2014")));
 * }</pre>
 */
public final class ExplanationJson {
    private ExplanationJson() {
    }

    /**
     * The explanation as one pretty-printed JSON object.
     *
     * @param e the explanation
     * @return the JSON text
     */
    public static String of(Explanation e) {
        return Json.pretty(g -> write(g, e));
    }

    /**
     * Writes the explanation as one JSON object.
     *
     * @param g the generator to write to
     * @param e the explanation
     * @throws IOException when the generator cannot write
     */
    public static void write(JsonGenerator g, Explanation e) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", e.label());
        g.writeStringField("value", Values.text(e.value()));
        g.writeStringField("formula", Values.text(e.formula()));
        if (e.rule() != null) {
            g.writeObjectFieldStart("rule");
            g.writeStringField("id", e.rule().id());
            g.writeStringField("name", e.rule().name());
            g.writeStringField("source", e.rule().source());
            if (e.rule().replaces() != null) {
                g.writeStringField("replaces", e.rule().replaces());
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("inputs");
        for (Input i : e.inputs()) {
            g.writeStartObject();
            g.writeStringField("name", i.name());
            g.writeStringField("value", Values.text(i.value()));
            if (i.stand() != null) {
                g.writeStringField("stand", i.stand().toString());
            }
            g.writeStringField("source", i.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("roundings");
        for (RoundingRecord r : e.roundings()) {
            g.writeStartObject();
            g.writeStringField("step", r.step().name());
            g.writeStringField("unit", r.step().unit().label());
            g.writeStringField("mode", r.step().mode().name());
            g.writeStringField("source", r.step().source());
            g.writeStringField("before", r.before().toPlainString());
            g.writeStringField("after", r.after().toPlainString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("children");
        for (Explanation c : e.children()) {
            write(g, c);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
