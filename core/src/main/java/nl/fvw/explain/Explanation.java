package nl.fvw.explain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Why a figure has its value: a label, the formula, the value, the inputs with their stand
 * and source, the rule that produced it, the roundings applied, and the explanations of the
 * figures it was computed from. Immutable; built with {@link #builder(String)}.
 *
 * <pre>{@code
 * Explanation e = Explanation.builder("accres 2013")
 *         .formula("g = (NGRU_2013 − NGRU_2012) / NGRU_2012")
 *         .value("0,86 %")
 *         .input(new Input("NGRU 2013", "92280", "Miljoenennota 2012", "MN 2012 tabel 9.1"))
 *         .build();
 * System.out.println(e.toText());
 * }</pre>
 */
public final class Explanation {
    private static final Explanation NONE = new Explanation("(explanations off)", "", "", List.of(), null, List.of(),
            List.of());

    private final String label;
    private final String formula;
    private final String value;
    private final List<Input> inputs;
    private final RuleRef rule;
    private final List<RoundingRecord> roundings;
    private final List<Explanation> children;

    private Explanation(String label, String formula, String value, List<Input> inputs, RuleRef rule,
            List<RoundingRecord> roundings, List<Explanation> children) {
        this.label = label;
        this.formula = formula;
        this.value = value;
        this.inputs = List.copyOf(inputs);
        this.rule = rule;
        this.roundings = List.copyOf(roundings);
        this.children = List.copyOf(children);
    }

    /**
     * A builder for the explanation of one figure.
     *
     * @param label the figure's name, as the explanation's first line shows it
     * @return a builder that records
     */
    public static Builder builder(String label) {
        return new Builder(label);
    }

    /**
     * The builder that records nothing: for bulk runs with explanations switched off.
     *
     * @return the shared no-op builder
     */
    public static Builder off() {
        return Builder.OFF;
    }

    /**
     * The explanation of a figure computed with explanations switched off.
     *
     * @return the shared empty explanation
     */
    public static Explanation none() {
        return NONE;
    }

    /**
     * Whether this is the empty explanation of a bulk run.
     *
     * @return true for {@link #none()}
     */
    public boolean isNone() {
        return this == NONE;
    }

    /**
     * The same explanation under another label.
     *
     * @param newLabel the label to show
     * @return the relabelled explanation (the empty one stays empty)
     */
    public Explanation relabel(String newLabel) {
        return isNone() ? this : new Explanation(newLabel, formula, value, inputs, rule, roundings, children);
    }

    /**
     * The figure this explains, as named in reports.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The formula, in the source's notation; empty for a figure given as input.
     *
     * @return the formula
     */
    public String formula() {
        return formula;
    }

    /**
     * The figure as printed, with its exact value where that differs.
     *
     * @return the value
     */
    public String value() {
        return value;
    }

    /**
     * The inputs, each with its stand and source.
     *
     * @return the inputs, in the order they enter the formula
     */
    public List<Input> inputs() {
        return inputs;
    }

    /**
     * The rule that produced this figure, or null for a figure computed outside the rules.
     *
     * @return the rule's id, name and source, or null
     */
    public RuleRef rule() {
        return rule;
    }

    /**
     * The roundings applied, each a named step with its mode and source.
     *
     * @return the roundings, in the order they were applied
     */
    public List<RoundingRecord> roundings() {
        return roundings;
    }

    /**
     * The explanations of the figures this one is computed from.
     *
     * @return the sub-explanations
     */
    public List<Explanation> children() {
        return children;
    }

    /**
     * Indented plain text, one fact a line.
     *
     * @return the text, ending in a newline
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        appendText(sb, "");
        return sb.toString();
    }

    private void appendText(StringBuilder sb, String indent) {
        sb.append(indent).append(label).append(" = ").append(value).append('\n');
        String in = indent + "  ";
        if (!formula.isEmpty()) {
            sb.append(in).append("formule: ").append(formula).append('\n');
        }
        if (rule != null) {
            sb.append(in).append("regel:   ").append(rule.id()).append(" \"").append(rule.name()).append("\"\n");
            sb.append(in).append("bron:    ").append(rule.source()).append('\n');
            if (rule.replaces() != null) {
                sb.append(in).append("vervangt: ").append(rule.replaces()).append('\n');
            }
        }
        for (Input i : inputs) {
            sb.append(in).append("invoer:  ").append(i.name()).append(" = ").append(i.value());
            if (i.stand() != null) {
                sb.append("  [stand ").append(i.stand()).append(']');
            }
            sb.append("  (").append(i.source()).append(")\n");
        }
        for (RoundingRecord r : roundings) {
            sb.append(in).append("afronding: ").append(r.step()).append(": ").append(r.before().toPlainString())
                    .append(" → ").append(r.after().toPlainString()).append(" (").append(r.unit()).append(", ")
                    .append(r.mode()).append("; ").append(r.source()).append(")\n");
        }
        for (Explanation c : children) {
            c.appendText(sb, in);
        }
    }

    /**
     * JSON with a fixed field order; numbers are exact decimal strings.
     *
     * @return the JSON object, pretty-printed
     */
    public String toJson() {
        return nl.fvw.present.Json.pretty(this::writeJson);
    }

    /**
     * Writes this explanation as one JSON object.
     *
     * @param g the generator to write to
     * @throws IOException when the generator cannot write
     */
    public void writeJson(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", label);
        g.writeStringField("value", value);
        g.writeStringField("formula", formula);
        if (rule != null) {
            g.writeObjectFieldStart("rule");
            g.writeStringField("id", rule.id());
            g.writeStringField("name", rule.name());
            g.writeStringField("source", rule.source());
            if (rule.replaces() != null) {
                g.writeStringField("replaces", rule.replaces());
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("inputs");
        for (Input i : inputs) {
            g.writeStartObject();
            g.writeStringField("name", i.name());
            g.writeStringField("value", i.value());
            if (i.stand() != null) {
                g.writeStringField("stand", i.stand());
            }
            g.writeStringField("source", i.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("roundings");
        for (RoundingRecord r : roundings) {
            g.writeStartObject();
            g.writeStringField("step", r.step());
            g.writeStringField("unit", r.unit());
            g.writeStringField("mode", r.mode().name());
            g.writeStringField("source", r.source());
            g.writeStringField("before", r.before().toPlainString());
            g.writeStringField("after", r.after().toPlainString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("children");
        for (Explanation c : children) {
            c.writeJson(g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public String toString() {
        return toText();
    }

    /** Collects the parts of an explanation; {@link #OFF} ignores everything and builds {@link #none()}. */
    public static class Builder {
        static final Builder OFF = new Builder("(off)") {
            @Override
            public Builder formula(String f) {
                return this;
            }

            @Override
            public Builder value(String v) {
                return this;
            }

            @Override
            public Builder input(Input i) {
                return this;
            }

            @Override
            public Builder rule(RuleRef r) {
                return this;
            }

            @Override
            public Builder rounding(RoundingRecord r) {
                return this;
            }

            @Override
            public Builder child(Explanation c) {
                return this;
            }

            @Override
            public boolean isOn() {
                return false;
            }

            @Override
            public Explanation build() {
                return NONE;
            }
        };

        private final String label;
        private String formula = "";
        private String value = "";
        private final List<Input> inputs = new ArrayList<>();
        private RuleRef rule;
        private final List<RoundingRecord> roundings = new ArrayList<>();
        private final List<Explanation> children = new ArrayList<>();

        Builder(String label) {
            this.label = Objects.requireNonNull(label, "label");
        }

        /**
         * The formula, in the source's notation.
         *
         * @param f the formula
         * @return this builder
         */
        public Builder formula(String f) {
            this.formula = Objects.requireNonNull(f);
            return this;
        }

        /**
         * The figure as printed.
         *
         * @param v the value
         * @return this builder
         */
        public Builder value(String v) {
            this.value = Objects.requireNonNull(v);
            return this;
        }

        /**
         * Adds an input.
         *
         * @param i the input, with its stand and source
         * @return this builder
         */
        public Builder input(Input i) {
            inputs.add(Objects.requireNonNull(i));
            return this;
        }

        /**
         * The rule that produced the figure.
         *
         * @param r the rule
         * @return this builder
         */
        public Builder rule(RuleRef r) {
            this.rule = Objects.requireNonNull(r);
            return this;
        }

        /**
         * Records a rounding step.
         *
         * @param r the rounding
         * @return this builder
         */
        public Builder rounding(RoundingRecord r) {
            roundings.add(Objects.requireNonNull(r));
            return this;
        }

        /**
         * Adds the explanation of a figure this one is computed from (an empty one is left out).
         *
         * @param c the sub-explanation
         * @return this builder
         */
        public Builder child(Explanation c) {
            if (!c.isNone()) {
                children.add(c);
            }
            return this;
        }

        /**
         * Takes over the formula (unless one is set), the inputs and the sub-explanations of
         * {@code e}: for a figure that is, step by step, the same computation as {@code e}.
         *
         * @param e the explanation to take over
         * @return this builder
         */
        public Builder absorb(Explanation e) {
            if (!isOn() || e.isNone()) {
                return this;
            }
            if (formula.isEmpty()) {
                formula = e.formula();
            }
            inputs.addAll(e.inputs());
            e.children().forEach(this::child);
            return this;
        }

        /**
         * Whether this builder records; false for the builder of a bulk run, so callers may skip
         * formatting work.
         *
         * @return true when recording
         */
        public boolean isOn() {
            return true;
        }

        /**
         * The explanation.
         *
         * @return the explanation recorded so far
         */
        public Explanation build() {
            return new Explanation(label, formula, value, inputs, rule, roundings, children);
        }
    }
}
