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
 * <pre>{@code
 * BigDecimal k = parameters.get("efficiencykorting").valueFor(BudgetYear.of(2026),
 *         Stand.parse("Miljoenennota 2026"));   // 0.10
 * }</pre>
 */
public final class Parameter {
    private final String name;
    private final ParameterKind kind;
    private final String description;
    private final List<ParameterValue> values;

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
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.description = description == null ? "" : description;
        if (values.isEmpty()) {
            throw new FvwException("Parameter '" + name + "' has no values");
        }
        this.values = List.copyOf(values);
        validate();
    }

    private void validate() {
        Map<Stand, List<ParameterValue>> byStand = new TreeMap<>();
        for (ParameterValue v : values) {
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
     * The name.
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
     * What it is.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Every decided value.
     *
     * @return the values, by decision stand and validity
     */
    public List<ParameterValue> values() {
        return values;
    }

    /**
     * The decision that applies to {@code year} as known at {@code stand}: the latest decided at or
     * before it that covers the year.
     *
     * @param year the year
     * @param stand the stand of the question
     * @return the decision
     * @throws nl.fvw.FvwException when no decision covers the year
     */
    public ParameterValue decisionFor(BudgetYear year, Stand stand) {
        ParameterValue best = null;
        for (ParameterValue v : values) {
            if (!v.decidedAt().isAfter(stand) && v.validity().contains(year)
                    && (best == null || v.decidedAt().isAfter(best.decidedAt()))) {
                best = v;
            }
        }
        if (best == null) {
            throw new FvwException("Parameter '" + name + "' has no value for " + year + " as known at stand " + stand
                    + " (decisions: " + values.stream().map(v -> v.validity() + " at " + v.decidedAt()).toList() + ")");
        }
        return best;
    }

    /**
     * The value for {@code year} as known at {@code stand}.
     *
     * @param year the year
     * @param stand the stand of the question
     * @return the value (euro, or a fraction)
     */
    public BigDecimal valueFor(BudgetYear year, Stand stand) {
        return decisionFor(year, stand).value();
    }

    /**
     * The amount for {@code year} as known at {@code stand}.
     *
     * @param year the year
     * @param stand the stand of the question
     * @return the amount in euro
     * @throws nl.fvw.FvwException when the parameter is not an amount
     */
    public MonetaryAmount amountFor(BudgetYear year, Stand stand) {
        if (kind != ParameterKind.BEDRAG) {
            throw new FvwException("Parameter '" + name + "' is a " + kind.word() + ", not an amount");
        }
        return Amounts.eur(valueFor(year, stand));
    }
}
