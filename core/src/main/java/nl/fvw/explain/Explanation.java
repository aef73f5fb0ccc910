package nl.fvw.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.money.MonetaryAmount;

import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;

/**
 * Why a figure has its value: a label, the formula, the value, the inputs with their stand and
 * source, the rule that produced it, the roundings applied, and the explanations of the figures
 * it was computed from. Values stay typed ({@link Value}); {@code nl.fvw.present.ExplanationText}
 * and {@code ExplanationJson} print them. Immutable; built with {@link #builder(String)}.
 *
 * <pre>{@code
 * Explanation e = Explanation.builder("accres 2013")
 *         .formula("g = (NGRU_2013 − NGRU_2012) / NGRU_2012")
 *         .value(Value.exactRate(g))
 *         .input(new Input("NGRU 2013", Value.mln(ngru2013), Stand.parse("Miljoenennota 2012"), "MN 2012 tabel 9.1"))
 *         .build();
 * System.out.print(ExplanationText.of(e));
 * }</pre>
 */
public final class Explanation {
    private static final Explanation NONE = new Explanation("(explanations off)", Value.NONE, Value.NONE, List.of(), null,
            List.of(), List.of());

    private final String label;
    private final Value formula;
    private final Value value;
    private final List<Input> inputs;
    private final RuleRef rule;
    private final List<RoundingRecord> roundings;
    private final List<Explanation> children;

    private Explanation(String label, Value formula, Value value, List<Input> inputs, RuleRef rule,
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
     * The builder that records nothing: for bulk runs with explanations switched off. It still
     * rounds ({@link Builder#round}).
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
     * The formula, in the source's notation; {@link Value#NONE} for a figure given as input.
     *
     * @return the formula
     */
    public Value formula() {
        return formula;
    }

    /**
     * The figure's value, with its parts where they matter.
     *
     * @return the value
     */
    public Value value() {
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

    @Override
    public String toString() {
        return "Explanation[" + label + "]";
    }

    /** Collects the parts of an explanation; {@link #OFF} ignores everything and builds {@link #none()}. */
    public static class Builder {
        static final Builder OFF = new Builder("(off)") {
            @Override
            public Builder formula(Value f) {
                return this;
            }

            @Override
            public Builder value(Value v) {
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
        private Value formula = Value.NONE;
        private Value value = Value.NONE;
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
            return formula(Value.text(f));
        }

        /**
         * The formula, where it names values (a cap, a share).
         *
         * @param f the formula
         * @return this builder
         */
        public Builder formula(Value f) {
            this.formula = Objects.requireNonNull(f);
            return this;
        }

        /**
         * Extends the formula with a further step ("; " between), or sets it when there is none.
         *
         * @param more the further step
         * @return this builder
         */
        public Builder formulaStep(String more) {
            return formula(formula == null ? Value.text(more) : Value.phrase(formula, "; " + more));
        }

        /**
         * The figure's value.
         *
         * @param v the value
         * @return this builder
         */
        public Builder value(Value v) {
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
         * Rounds by a named step and records it (also when explanations are off, the value is rounded).
         *
         * @param step the rounding step
         * @param exact the exact value
         * @return the rounded value
         */
        public BigDecimal round(RoundingStep step, BigDecimal exact) {
            BigDecimal rounded = step.round(exact);
            rounding(new RoundingRecord(step, exact, rounded));
            return rounded;
        }

        /**
         * Rounds an amount by a named money step and records it.
         *
         * @param step the rounding step
         * @param exact the exact amount
         * @return the rounded amount, in the same currency
         */
        public MonetaryAmount round(RoundingStep step, MonetaryAmount exact) {
            MonetaryAmount rounded = step.round(exact);
            rounding(new RoundingRecord(step, Amounts.value(exact), Amounts.value(rounded)));
            return rounded;
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
            if (formula instanceof Value.Text t && t.text().isEmpty()) {
                formula = e.formula();
            }
            inputs.addAll(e.inputs());
            e.children().forEach(this::child);
            return this;
        }

        /**
         * Whether this builder records; false for the builder of a bulk run, so callers may skip work.
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
