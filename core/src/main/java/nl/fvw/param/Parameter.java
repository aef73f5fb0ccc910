package nl.fvw.param;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.input.InputException;
import nl.fvw.input.Location;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * A policy number with its history of decisions (normering.md §3): values valid for ranges of
 * budget years, each decided at a stand. For year Y as known at stand S, the latest decision
 * taken at or before S that covers Y wins. Within one decision stand the periods may neither
 * overlap nor leave a gap.
 *
 * <p>Parameters come in layers: the policy shipped with the rules, and a scenario's own files on
 * top ({@link #layer}). Decisions of every layer count; at one decision stand the upper layer wins.
 * A variant's parameter ({@link #replacing()}) replaces every layer below it.
 *
 * <pre>{@code
 * BigDecimal k = parameters.get("efficiencykorting").valueFor(BudgetYear.of(2026),
 *         Stand.parse("Miljoenennota 2026"));   // 0.10
 * }</pre>
 */
public final class Parameter {
    private final String name;
    private final ParameterKind kind;
    private final String description;
    private final List<List<ParameterValue>> layers;
    private final List<ParameterValue> values;
    private final boolean replacing;

    /**
     * A parameter with its decided values; within one decision stand periods may not overlap or leave a gap.
     *
     * @param name the name, like opschalingskorting.gemeentefonds
     * @param kind amount, percentage or number
     * @param description what it is
     * @param values the decisions, each valid for some years
     * @throws nl.fvw.FvwException naming the file and line of an overlap or gap
     */
    public Parameter(String name, ParameterKind kind, String description, List<ParameterValue> values) {
        this(name, kind, description, List.of(List.copyOf(values)), false);
        if (values.isEmpty()) {
            throw new FvwException("Parameter '" + name + "' has no values");
        }
    }

    private Parameter(String name, ParameterKind kind, String description, List<List<ParameterValue>> layers,
            boolean replacing) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.description = description == null ? "" : description;
        this.layers = List.copyOf(layers);
        List<ParameterValue> all = new ArrayList<>();
        layers.forEach(all::addAll);
        this.values = List.copyOf(all);
        this.replacing = replacing;
        for (List<ParameterValue> layer : this.layers) {
            validate(layer);
        }
    }

    private void validate(List<ParameterValue> layer) {
        Map<Stand, List<ParameterValue>> byStand = new TreeMap<>();
        for (ParameterValue v : layer) {
            byStand.computeIfAbsent(v.decidedAt(), s -> new ArrayList<>()).add(v);
        }
        for (Map.Entry<Stand, List<ParameterValue>> e : byStand.entrySet()) {
            List<ParameterValue> decision = new ArrayList<>(e.getValue());
            decision.sort(Comparator.comparing(v -> v.validity().from()));
            for (int i = 1; i < decision.size(); i++) {
                ParameterValue a = decision.get(i - 1);
                ParameterValue b = decision.get(i);
                if (a.validity().overlaps(b.validity())) {
                    throw error(b.location(), "period " + b.validity() + " overlaps " + a.validity()
                            + (a.location() == null ? "" : " (line " + a.location().line() + ")")
                            + ", both decided at " + e.getKey() + "; one decision gives one value per year");
                }
                if (!a.validity().abuts(b.validity())) {
                    throw error(b.location(), "gap between " + a.validity() + " and " + b.validity()
                            + ", both decided at " + e.getKey() + ": years " + a.validity().to() + "-"
                            + b.validity().from().previous() + " have no value");
                }
            }
        }
    }

    private InputException error(Location location, String problem) {
        return new InputException(location == null ? new Location("(parameters)", 0, 0) : location,
                "parameters." + name, problem);
    }

    /**
     * This parameter with {@code top}'s decisions layered on top: at one decision stand, {@code top}
     * wins. A replacing {@code top} replaces this parameter altogether.
     *
     * @param top the upper layer, a parameter of the same name and kind
     * @return the layered parameter
     * @throws FvwException when the kinds differ
     */
    public Parameter layer(Parameter top) {
        if (!top.name.equals(name)) {
            throw new IllegalArgumentException("Layering parameter '" + top.name + "' on '" + name + "'");
        }
        if (top.replacing) {
            return top;
        }
        if (top.kind != kind) {
            throw new FvwException("Parameter '" + name + "' is a " + kind.word() + " in the shipped policy, but a "
                    + top.kind.word() + " in the scenario's parameter file");
        }
        List<List<ParameterValue>> all = new ArrayList<>(layers);
        all.addAll(top.layers);
        return new Parameter(name, kind, top.description.isEmpty() ? description : top.description, all, false);
    }

    /**
     * The same parameter, replacing any layer below it when layered (a variant's or a sweep's value).
     *
     * @return the replacing parameter
     */
    public Parameter asReplacing() {
        return new Parameter(name, kind, description, layers, true);
    }

    /**
     * Whether this parameter replaces the layers below it.
     *
     * @return true for a variant's parameter
     */
    public boolean replacing() {
        return replacing;
    }

    /**
     * The parameter's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * What kind of value it holds.
     *
     * @return amount, percentage or number
     */
    public ParameterKind kind() {
        return kind;
    }

    /**
     * What the parameter is.
     *
     * @return the description, possibly empty
     */
    public String description() {
        return description;
    }

    /**
     * Every decided value, of every layer.
     *
     * @return the values, lowest layer first, each layer in file order
     */
    public List<ParameterValue> values() {
        return values;
    }

    /**
     * Whether a value for {@code year} is decided at or before {@code stand}.
     *
     * @param year the budget year
     * @param stand the stand of the question
     * @return true when {@link #decisionFor} has an answer
     */
    public boolean knows(BudgetYear year, Stand stand) {
        return best(year, stand) != null;
    }

    /**
     * The decision that applies to {@code year} as known at {@code stand}: the latest one taken at
     * or before the stand that covers the year; at one stand, the upper layer's.
     *
     * @param year the budget year
     * @param stand the stand of the question
     * @return the decision
     * @throws FvwException naming the parameter, year and stand when none applies
     */
    public ParameterValue decisionFor(BudgetYear year, Stand stand) {
        ParameterValue best = best(year, stand);
        if (best == null) {
            throw new FvwException("Parameter '" + name + "' has no value for " + year + " as known at stand " + stand
                    + " (decisions: " + values.stream().map(v -> v.validity() + " at " + v.decidedAt()).toList() + ")");
        }
        return best;
    }

    /**
     * The first decision taken that covers {@code year}, whatever the stand: the definition as first
     * laid down, for a method a rule applies before it was decided (a variant of the past).
     *
     * @param year the budget year
     * @return the decision
     * @throws FvwException naming the parameter and year when none covers the year
     */
    public ParameterValue firstDecisionFor(BudgetYear year) {
        ParameterValue first = null;
        for (ParameterValue v : values) {
            if (v.validity().contains(year) && (first == null || v.decidedAt().isBefore(first.decidedAt()))) {
                first = v;
            }
        }
        if (first == null) {
            throw new FvwException("Parameter '" + name + "' has no value for " + year + " (decisions: "
                    + values.stream().map(v -> v.validity() + " at " + v.decidedAt()).toList() + ")");
        }
        return first;
    }

    private ParameterValue best(BudgetYear year, Stand stand) {
        ParameterValue best = null;
        for (ParameterValue v : values) {
            if (!v.decidedAt().isAfter(stand) && v.validity().contains(year)
                    && (best == null || !v.decidedAt().isBefore(best.decidedAt()))) {
                best = v;
            }
        }
        return best;
    }

    /**
     * The value for {@code year} as known at {@code stand}.
     *
     * @param year the budget year
     * @param stand the stand of the question
     * @return the value (euro, or a fraction for a percentage)
     * @throws FvwException when no decision applies
     */
    public BigDecimal valueFor(BudgetYear year, Stand stand) {
        return decisionFor(year, stand).value();
    }

    /**
     * The amount for {@code year} as known at {@code stand}.
     *
     * @param year the budget year
     * @param stand the stand of the question
     * @return the amount in euro
     * @throws FvwException when the parameter is not an amount or no decision applies
     */
    public MonetaryAmount amountFor(BudgetYear year, Stand stand) {
        return Amounts.eur(amountValueFor(year, stand));
    }

    /**
     * The value of {@link #amountFor}, without making the amount.
     *
     * @param year the budget year
     * @param stand the stand of the question
     * @return the value of the amount in euro ({@link Amounts#normalize})
     * @throws FvwException when the parameter is not an amount or no decision applies
     */
    public BigDecimal amountValueFor(BudgetYear year, Stand stand) {
        if (kind != ParameterKind.BEDRAG) {
            throw new FvwException("Parameter '" + name + "' is a " + kind.word() + ", not an amount");
        }
        return Amounts.normalize(valueFor(year, stand));
    }
}
