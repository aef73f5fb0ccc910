package nl.fvw.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.fvw.FvwException;
import nl.fvw.present.DutchNumbers;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * A YAML or JSON value with the place it was read from, so that every error can name file,
 * line and key. {@code path} is the dotted key path from the root ("invoer.aggregaten[0].naam").
 */
public abstract sealed class Node permits Node.Map, Node.List, Node.Scalar {
    private final Location location;
    private final String path;

    Node(Location location, String path) {
        this.location = location;
        this.path = path;
    }

    public Location location() {
        return location;
    }

    public String path() {
        return path;
    }

    public InputException error(String problem) {
        return new InputException(location, path, problem);
    }

    abstract String kind();

    public Map asMap() {
        if (this instanceof Map m) {
            return m;
        }
        throw error("expected a mapping of keys to values, found " + kind());
    }

    public List asList() {
        if (this instanceof List l) {
            return l;
        }
        throw error("expected a list, found " + kind());
    }

    public Scalar asScalar() {
        if (this instanceof Scalar s) {
            return s;
        }
        throw error("expected a single value, found " + kind());
    }

    /** A mapping; keys in file order. */
    public static final class Map extends Node {
        private final LinkedHashMap<String, Node> entries = new LinkedHashMap<>();

        public Map(Location location, String path) {
            super(location, path);
        }

        void put(String key, Node value) {
            if (entries.putIfAbsent(key, value) != null) {
                throw value.error("duplicate key");
            }
        }

        @Override
        String kind() {
            return "a mapping";
        }

        public java.util.Map<String, Node> entries() {
            return Collections.unmodifiableMap(entries);
        }

        public Set<String> keys() {
            return entries.keySet();
        }

        public boolean has(String key) {
            return entries.containsKey(key);
        }

        /** The value of a required key; missing is an error naming the key. */
        public Node get(String key) {
            Node n = entries.get(key);
            if (n == null || (n instanceof Scalar s && s.isNull())) {
                throw new InputException(location(), join(path(), key), "missing; this key is required");
            }
            return n;
        }

        /** The value of an optional key, or null. */
        public Node opt(String key) {
            Node n = entries.get(key);
            return n instanceof Scalar s && s.isNull() ? null : n;
        }

        /** Rejects any key not in {@code allowed}, naming the nearest allowed one. */
        public Map allowOnly(String... allowed) {
            Set<String> ok = Set.of(allowed);
            for (java.util.Map.Entry<String, Node> e : entries.entrySet()) {
                if (!ok.contains(e.getKey())) {
                    String nearest = Nearest.of(e.getKey(), ok);
                    throw new InputException(e.getValue().location(), join(path(), e.getKey()),
                            "unknown key" + (nearest == null ? "" : " (did you mean '" + nearest + "'?)")
                                    + "; allowed here: " + String.join(", ", new TreeSet<>(ok)));
                }
            }
            return this;
        }
    }

    /** A sequence. */
    public static final class List extends Node {
        private final ArrayList<Node> items = new ArrayList<>();

        public List(Location location, String path) {
            super(location, path);
        }

        void add(Node n) {
            items.add(n);
        }

        @Override
        String kind() {
            return "a list";
        }

        public java.util.List<Node> items() {
            return Collections.unmodifiableList(items);
        }
    }

    /** A single value as written; {@code quoted} for strings, false for numbers and booleans. */
    public static final class Scalar extends Node {
        private final String text;
        private final boolean quoted;
        private final boolean isNull;

        public Scalar(Location location, String path, String text, boolean quoted, boolean isNull) {
            super(location, path);
            this.text = text;
            this.quoted = quoted;
            this.isNull = isNull;
        }

        @Override
        String kind() {
            return isNull ? "nothing" : "the value '" + text + "'";
        }

        public boolean isNull() {
            return isNull;
        }

        public String text() {
            return text;
        }

        public boolean isQuoted() {
            return quoted;
        }

        /** Non-empty text. */
        public String asText() {
            if (text.isBlank()) {
                throw error("is empty; expected text");
            }
            return text;
        }

        /**
         * An exact decimal: a YAML/JSON number (1234.5) or a quoted Dutch number ("1.234,5").
         */
        public BigDecimal asDecimal() {
            try {
                return quoted ? DutchNumbers.parse(text) : new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw error("'" + text + "' is not a number; expected a number like 1234.5 or \"1.234,5\"");
            }
        }

        public BudgetYear asYear() {
            try {
                return BudgetYear.parse(text);
            } catch (FvwException e) {
                throw error(e.getMessage());
            }
        }

        public Stand asStand() {
            try {
                return Stand.parse(text);
            } catch (FvwException e) {
                throw error(e.getMessage());
            }
        }
    }

    static String join(String path, String key) {
        return path == null || path.isEmpty() ? key : path + "." + key;
    }
}
