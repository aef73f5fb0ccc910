package nl.fvw.param;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.fvw.FvwException;
import nl.fvw.input.Nearest;

/**
 * Named parameters, from one or more files; a name may be defined once.
 *
 * <pre>{@code
 * ParameterSet p = ParameterFile.read(Path.of("parameters/opschalingskorting.yaml"))
 *         .override(ParameterFile.read(Path.of("parameters/hoog.yaml")));
 * MonetaryAmount k = p.get("opschalingskorting.gemeentefonds").amountFor(BudgetYear.of(2026), Stand.parse("Voorjaarsnota 2024"));
 * }</pre>
 */
public final class ParameterSet {
    private static final ParameterSet EMPTY = new ParameterSet(new TreeMap<>());

    private final SortedMap<String, Parameter> byName;

    private ParameterSet(SortedMap<String, Parameter> byName) {
        this.byName = Collections.unmodifiableSortedMap(byName);
    }

    /**
     * No parameters.
     *
     * @return the empty set
     */
    public static ParameterSet empty() {
        return EMPTY;
    }

    /**
     * A set of parameters.
     *
     * @param parameters the parameters, each name once
     * @return the set
     * @throws nl.fvw.FvwException when a name is given twice
     */
    public static ParameterSet of(Iterable<Parameter> parameters) {
        TreeMap<String, Parameter> m = new TreeMap<>();
        for (Parameter p : parameters) {
            if (m.putIfAbsent(p.name(), p) != null) {
                throw new FvwException("Parameter '" + p.name() + "' is defined twice");
            }
        }
        return new ParameterSet(m);
    }

    /**
     * This set and {@code other} together; a name in both is an error.
     *
     * @param other another set
     * @return both
     * @throws nl.fvw.FvwException naming a parameter in both
     */
    public ParameterSet merge(ParameterSet other) {
        TreeMap<String, Parameter> m = new TreeMap<>(byName);
        for (Map.Entry<String, Parameter> e : other.byName.entrySet()) {
            if (m.putIfAbsent(e.getKey(), e.getValue()) != null) {
                throw new FvwException("Parameter '" + e.getKey() + "' is defined in more than one file");
            }
        }
        return new ParameterSet(m);
    }

    /**
     * This set with {@code other}'s parameters replacing those of the same name, whatever the layers
     * under them (a variant's parameters, a point of a sweep).
     *
     * @param other the parameters that replace
     * @return the combined set
     */
    public ParameterSet override(ParameterSet other) {
        TreeMap<String, Parameter> m = new TreeMap<>(byName);
        other.byName.forEach((name, p) -> m.put(name, p.asReplacing()));
        return new ParameterSet(m);
    }

    /**
     * {@code top} layered on this set (the shipped policy): a parameter in both has the decisions of
     * both, and at one decision stand {@code top}'s (see {@link Parameter#layer}).
     *
     * @param top the upper layer, such as a scenario's parameter files
     * @return the layered set
     * @throws FvwException when one parameter is of a different kind in the two
     */
    public ParameterSet layer(ParameterSet top) {
        if (top.byName.isEmpty()) {
            return this;
        }
        TreeMap<String, Parameter> m = new TreeMap<>(byName);
        top.byName.forEach((name, p) -> m.merge(name, p, Parameter::layer));
        return new ParameterSet(m);
    }

    /**
     * A parameter by name.
     *
     * @param name the name
     * @return the parameter
     * @throws nl.fvw.FvwException naming the nearest known name when it is missing
     */
    public Parameter get(String name) {
        Parameter p = byName.get(name);
        if (p == null) {
            String near = Nearest.of(name, byName.keySet());
            throw new FvwException("Unknown parameter '" + name + "'" + (near == null ? "" : " (did you mean '" + near + "'?)"));
        }
        return p;
    }

    /**
     * Whether a parameter is given.
     *
     * @param name the name
     * @return true when present
     */
    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /**
     * Every parameter by name.
     *
     * @return the parameters
     */
    public SortedMap<String, Parameter> all() {
        return byName;
    }
}
