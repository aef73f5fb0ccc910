package nl.fvw.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.money.AmountUnit;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * A YAML or JSON value with the place it was read from, so that every error can name file,
 * line and key. {@code path} is the dotted key path from the root ("invoer.aggregaten[0].naam").
 *
 * <pre>{@code
 * Node.Map top = InputReader.read(file).asMap().allowOnly("scenario", "stand");
 * Stand stand = top.get("stand").asScalar().asStand();   // errors name file, line and key
 * }</pre>
 */
public abstract sealed class Node permits Node.Map, Node.List, Node.Scalar {
    private final Location location;
    private final String path;

    Node(Location location, String path) {
        this.location = location;
        this.path = path;
    }

    /**
     * Where the node is: file and line.
     *
     * @return the location
     */
    public Location location() {
        return location;
    }

    /**
     * The node's key path from the root, as messages name it.
     *
     * @return like taken[0].compensatie.2025
     */
    public String path() {
        return path;
    }

    /**
     * An error at this node.
     *
     * @param problem what is wrong and what was expected
     * @return the exception, naming file, line and key
     */
    public InputException error(String problem) {
        return new InputException(location, path, problem);
    }

    /**
     * Runs one step of reading this node; a problem it reports without a place (an
     * {@link FvwException} that is not an {@link InputException}) becomes an error at this node.
     *
     * <pre>{@code
     * Route route = m.get("route").locate(() -> Route.parse(m.get("route").asScalar().asText()));
     * }</pre>
     *
     * @param <T> what the step reads
     * @param step the step
     * @return what it read
     * @throws InputException naming file, line and key
     */
    public <T> T locate(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InputException e) {
            throw e;
        } catch (FvwException e) {
            throw error(e.getMessage());
        }
    }

    abstract String kind();

    /**
     * This node as a mapping.
     *
     * @return the mapping
     * @throws InputException when it is something else
     */
    public Map asMap() {
        if (this instanceof Map m) {
            return m;
        }
        throw error("expected a mapping of keys to values, found " + kind());
    }

    /**
     * This node as a sequence.
     *
     * @return the sequence
     * @throws InputException when it is something else
     */
    public List asList() {
        if (this instanceof List l) {
            return l;
        }
        throw error("expected a list, found " + kind());
    }

    /**
     * This node as a single value.
     *
     * @return the value
     * @throws InputException when it is something else
     */
    public Scalar asScalar() {
        if (this instanceof Scalar s) {
            return s;
        }
        throw error("expected a single value, found " + kind());
    }

    /** A mapping; keys in file order. */
    public static final class Map extends Node {
        private final LinkedHashMap<String, Node> entries = new LinkedHashMap<>();

        /**
         * An empty mapping.
         *
         * @param location where it starts
         * @param path its key path
         */
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

        /**
         * The entries, in file order.
         *
         * @return the entries
         */
        public java.util.Map<String, Node> entries() {
            return Collections.unmodifiableMap(entries);
        }

        /**
         * The keys, in file order.
         *
         * @return the keys
         */
        public Set<String> keys() {
            return entries.keySet();
        }

        /**
         * Whether a key is present.
         *
         * @param key the key
         * @return true when present
         */
        public boolean has(String key) {
            return entries.containsKey(key);
        }

        /**
         * The value of a required key.
         *
         * @param key the key
         * @return its value
         * @throws InputException naming the key when it is missing
         */
        public Node get(String key) {
            Node n = entries.get(key);
            if (n == null || (n instanceof Scalar s && s.isNull())) {
                throw new InputException(location(), join(path(), key), "missing; this key is required");
            }
            return n;
        }

        /**
         * The value of an optional key.
         *
         * @param key the key
         * @return its value, or null
         */
        public Node opt(String key) {
            Node n = entries.get(key);
            return n instanceof Scalar s && s.isNull() ? null : n;
        }

        /**
         * Rejects any key not in {@code allowed}, naming the nearest allowed one.
         *
         * @param allowed the keys this mapping may have
         * @return this mapping
         * @throws InputException at the first unknown key
         */
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

        /**
         * An empty sequence.
         *
         * @param location where it starts
         * @param path its key path
         */
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

        /**
         * The items, in file order.
         *
         * @return the items
         */
        public java.util.List<Node> items() {
            return Collections.unmodifiableList(items);
        }
    }

    /** A single value as written; {@code quoted} for strings, false for numbers and booleans. */
    public static final class Scalar extends Node {
        private final String text;
        private final boolean quoted;
        private final boolean isNull;

        /**
         * A value as written.
         *
         * @param location where it is
         * @param path its key path
         * @param text the text as written
         * @param quoted true for a quoted string
         * @param isNull true for YAML null or JSON null
         */
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

        /**
         * Whether the value is null.
         *
         * @return true for null
         */
        public boolean isNull() {
            return isNull;
        }

        /**
         * The text as written.
         *
         * @return the text
         */
        public String text() {
            return text;
        }

        /**
         * Whether the value is a quoted string (not a number or boolean).
         *
         * @return true when quoted
         */
        public boolean isQuoted() {
            return quoted;
        }

        /**
         * Non-empty text.
         *
         * @return the text
         * @throws InputException when it is empty
         */
        public String asText() {
            if (text.isBlank()) {
                throw error("is empty; expected text");
            }
            return text;
        }

        /**
         * An exact decimal: a YAML/JSON number (1234.5) or a quoted Dutch number ("1.234,5").
         *
         * @return the value
         * @throws InputException naming the value when it is not a number
         */
        public BigDecimal asDecimal() {
            try {
                return quoted ? ValueText.dutchNumber(text) : ValueText.plainNumber(text);
            } catch (NumberFormatException e) {
                throw error(e.getMessage() != null && e.getMessage().startsWith("'") ? e.getMessage()
                        : "'" + text + "' is not a number; expected a number like 1234.5 or \"1.234,5\"");
            }
        }

        /**
         * A percentage written in percent (2.5 or "2,5"), as a fraction (0.025).
         *
         * @return the fraction
         * @throws InputException naming the value when it is not a number
         */
        public BigDecimal asPercentage() {
            return asDecimal().movePointLeft(2);
        }

        /**
         * An amount: a number in the file's unit, or a quoted text with its own currency and unit such
         * as "€ 5.701,66" or "€ 1,5 mln" (see {@link ValueText#amount}). Another currency than EUR, or a
         * value more precise than a cent, is an error.
         *
         * @param unit the unit of the file
         * @return the amount in euro
         * @throws InputException naming the value and what was expected
         */
        public MonetaryAmount asAmount(AmountUnit unit) {
            if (quoted && ValueText.isAmount(text)) {
                return locate(() -> ValueText.amount(text));
            }
            BigDecimal euro = unit.toEuroOrNull(asDecimal());
            if (euro == null) {
                throw error("'" + text + "' has too many decimals for the unit " + unit.label() + " (at most "
                        + unit.maxDecimals() + ": amounts are exact to the cent)");
            }
            return Amounts.eur(euro);
        }

        /**
         * The value as a budget year.
         *
         * @return the year
         * @throws InputException naming the value when it is not a year
         */
        public BudgetYear asYear() {
            return locate(() -> BudgetYear.parse(text));
        }

        /**
         * The value as a stand.
         *
         * @return the stand
         * @throws InputException naming the value when it is not a stand
         */
        public Stand asStand() {
            return locate(() -> Stand.parse(text));
        }
    }

    static String join(String path, String key) {
        return path == null || path.isEmpty() ? key : path + "." + key;
    }
}
