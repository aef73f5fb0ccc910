package nl.fvw.present;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.Input;
import nl.fvw.explain.RoundingRecord;

/**
 * An explanation as JSON, in a fixed field order, with the glossary's Dutch keys: naam, waarde,
 * formule, regel (id, naam, bron, vervangt), invoer (naam, waarde, stand, bron), afrondingen
 * (stap, eenheid, modus, bron, voor, na; exact decimal strings) and the onderdelen it was computed from.
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
        g.writeStringField("naam", e.label());
        g.writeStringField("waarde", Values.text(e.value()));
        g.writeStringField("formule", Values.text(e.formula()));
        if (e.rule() != null) {
            g.writeObjectFieldStart("regel");
            g.writeStringField("id", e.rule().id());
            g.writeStringField("naam", e.rule().name());
            g.writeStringField("bron", e.rule().source());
            if (e.rule().replaces() != null) {
                g.writeStringField("vervangt", e.rule().replaces());
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("invoer");
        for (Input i : e.inputs()) {
            g.writeStartObject();
            g.writeStringField("naam", i.name());
            g.writeStringField("waarde", Values.text(i.value()));
            if (i.stand() != null) {
                g.writeStringField("stand", i.stand().toString());
            }
            g.writeStringField("bron", i.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("afrondingen");
        for (RoundingRecord r : e.roundings()) {
            g.writeStartObject();
            g.writeStringField("stap", r.step().name());
            g.writeStringField("eenheid", r.step().unit().label());
            g.writeStringField("modus", r.step().mode().name());
            g.writeStringField("bron", r.step().source());
            g.writeStringField("voor", r.before().toPlainString());
            g.writeStringField("na", r.after().toPlainString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("onderdelen");
        for (Explanation c : e.children()) {
            write(g, c);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
