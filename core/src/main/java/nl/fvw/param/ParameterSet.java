package nl.fvw.param;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.fvw.FvwException;
import nl.fvw.input.Nearest;

/** Named parameters, from one or more files; a name may be defined once. */
public final class ParameterSet {
    private static final ParameterSet EMPTY = new ParameterSet(new TreeMap<>());

    private final SortedMap<String, Parameter> byName;

    private ParameterSet(SortedMap<String, Parameter> byName) {
        this.byName = Collections.unmodifiableSortedMap(byName);
    }

    public static ParameterSet empty() {
        return EMPTY;
    }

    public static ParameterSet of(Iterable<Parameter> parameters) {
        TreeMap<String, Parameter> m = new TreeMap<>();
        for (Parameter p : parameters) {
            if (m.putIfAbsent(p.name(), p) != null) {
                throw new FvwException("Parameter '" + p.name() + "' is defined twice");
            }
        }
        return new ParameterSet(m);
    }

    /** This set and {@code other} together; a name in both is an error. */
    public ParameterSet merge(ParameterSet other) {
        TreeMap<String, Parameter> m = new TreeMap<>(byName);
        for (Map.Entry<String, Parameter> e : other.byName.entrySet()) {
            if (m.putIfAbsent(e.getKey(), e.getValue()) != null) {
                throw new FvwException("Parameter '" + e.getKey() + "' is defined in more than one file");
            }
        }
        return new ParameterSet(m);
    }

    /** This set with the parameters of {@code other} in place of those with the same name (and any new ones added). */
    public ParameterSet override(ParameterSet other) {
        TreeMap<String, Parameter> m = new TreeMap<>(byName);
        m.putAll(other.byName);
        return new ParameterSet(m);
    }

    public Parameter get(String name) {
        Parameter p = byName.get(name);
        if (p == null) {
            String near = Nearest.of(name, byName.keySet());
            throw new FvwException("Unknown parameter '" + name + "'" + (near == null ? "" : " (did you mean '" + near + "'?)"));
        }
        return p;
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    public SortedMap<String, Parameter> all() {
        return byName;
    }
}
