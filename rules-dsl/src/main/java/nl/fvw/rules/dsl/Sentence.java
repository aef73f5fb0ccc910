package nl.fvw.rules.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of the DSL, from one line of the .dsl mapping: its scope (keyword, condition,
 * consequence), the Dutch text with typed captures, the DRL it stands for, and its documentation
 * from the comment lines above it (topic, meaning, example).
 *
 * <pre>{@code
 * Sentence s = DslMapping.shipped().sentences().get(0);
 * System.out.println(s.scope() + ": " + s.text() + ", e.g. " + s.example());
 * }</pre>
 */
public final class Sentence {
    /** Where a sentence may stand. */
    public enum Scope {
        /** A line of a rule's head, or regel/wanneer/dan/einde. */
        KEYWORD,
        /** A condition, between wanneer and dan. */
        CONDITION,
        /** An action, between dan and einde. */
        CONSEQUENCE;

        static Scope of(String word) {
            return switch (word.toLowerCase(Locale.ROOT)) {
                case "keyword" -> KEYWORD;
                case "condition", "when" -> CONDITION;
                case "consequence", "then" -> CONSEQUENCE;
                default -> null;
            };
        }
    }

    private static final Pattern CAPTURE = Pattern.compile("\\{(\\w+)}");

    private final Scope scope;
    private final String text;
    private final String drl;
    private final List<String> captures;
    private final List<CaptureType> types;
    private final Pattern shape;
    private final int line;
    private final String topic;
    private final String meaning;
    private final String example;

    Sentence(Scope scope, String text, String drl, int line, String topic, String meaning, String example) {
        this.scope = scope;
        this.text = text;
        this.drl = drl;
        this.line = line;
        this.topic = topic;
        this.meaning = meaning;
        this.example = example;
        List<String> names = new ArrayList<>();
        List<CaptureType> ts = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        String body = text.replaceFirst("^\\^(\\\\s\\*)?", "");
        Matcher m = CAPTURE.matcher(body);
        int last = 0;
        while (m.find()) {
            regex.append(literal(body.substring(last, m.start())));
            CaptureType type = CaptureType.forName(m.group(1));
            if (type == null) {
                throw new IllegalArgumentException("capture {" + m.group(1) + "} has no type; name it after one of "
                        + "jaar…, naam…, pct…, bedrag…, stand…, getal…, tekst…, id, bron, vervangt");
            }
            names.add(m.group(1));
            ts.add(type);
            regex.append("(.*?)");
            last = m.end();
        }
        regex.append(literal(body.substring(last)));
        this.captures = List.copyOf(names);
        this.types = List.copyOf(ts);
        this.shape = Pattern.compile(regex.toString());
    }

    private static String literal(String s) {
        StringBuilder out = new StringBuilder();
        for (String word : s.split("\\s+", -1)) {
            if (out.length() > 0 || s.startsWith(" ")) {
                out.append("\\s+");
            }
            if (!word.isEmpty()) {
                out.append(Pattern.quote(word));
            }
        }
        return out.toString().replace("\\s+\\s+", "\\s+");
    }

    /**
     * Where the sentence may stand.
     *
     * @return its scope
     */
    public Scope scope() {
        return scope;
    }

    /**
     * The sentence as analysts read it, with its captures: "het jaar ligt tussen {jaarVan} en {jaarTot}".
     *
     * @return the text
     */
    public String text() {
        return text.replaceFirst("^\\^(\\\\s\\*)?", "");
    }

    /**
     * The DRL the sentence stands for.
     *
     * @return the DRL, with the captures
     */
    public String drl() {
        return drl;
    }

    /**
     * The names of the captures, in order.
     *
     * @return the names
     */
    public List<String> captures() {
        return captures;
    }

    /**
     * The types of the captures, in order.
     *
     * @return the types
     */
    public List<CaptureType> types() {
        return types;
    }

    /**
     * Line in the .dsl file.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * What the sentence is about (Kopregels, Normering, Bekostiging, Bundeling).
     *
     * @return the topic, or "" if the mapping says not
     */
    public String topic() {
        return topic;
    }

    /**
     * What the sentence means, from the "#:" line above it.
     *
     * @return the meaning, or "" if the mapping gives none
     */
    public String meaning() {
        return meaning;
    }

    /**
     * A line an analyst could write, from the "#>" line above it.
     *
     * @return the example, or "" if the mapping gives none
     */
    public String example() {
        return example;
    }

    /** The captured values if {@code line} has this sentence's shape, else null (types not yet checked). */
    List<String> shapeMatch(String line) {
        Matcher m = shape.matcher(line);
        if (!m.matches()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            values.add(m.group(i));
        }
        return values;
    }

    @Override
    public String toString() {
        return text();
    }
}
