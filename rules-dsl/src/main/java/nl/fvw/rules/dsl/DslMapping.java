package nl.fvw.rules.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of the DSL, read from the .dsl mapping that Drools also uses, so the checker
 * and the compiler cannot disagree on what a sentence is.
 *
 * <pre>{@code
 * for (Sentence s : DslMapping.shipped().sentences(Sentence.Scope.CONSEQUENCE)) {
 *     System.out.println(s.text() + "  -- " + s.meaning());
 * }
 * }</pre>
 */
public final class DslMapping {
    /** The shipped mapping on the class path. */
    public static final String SHIPPED = "nl/fvw/regels/normering/fvw.dsl";
    private static final Pattern ENTRY = Pattern.compile("\\[(\\w+)]\\[[^]]*](.*?)(?<!\\\\)=(.*)");

    private final String text;
    private final List<Sentence> sentences;

    private DslMapping(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
    }

    /**
     * The shipped mapping, from the class path.
     *
     * @return the mapping the engine uses
     */
    public static DslMapping shipped() {
        try (InputStream in = DslMapping.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the DSL mapping " + SHIPPED + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a mapping: one sentence per {@code [scope][]sentence=drl} line. Comment lines document
     * the sentence below them: {@code #= topic} (until the next), {@code #: meaning}, {@code #> example}.
     *
     * @param dsl the text of a .dsl file
     * @return its sentences in file order
     * @throws IllegalArgumentException naming the line that is not a sentence
     */
    public static DslMapping parse(String dsl) {
        List<Sentence> out = new ArrayList<>();
        String[] lines = dsl.split("\\R");
        String topic = "";
        String meaning = "";
        String example = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("#=")) {
                topic = line.substring(2).strip();
                continue;
            }
            if (line.startsWith("#:")) {
                meaning = line.substring(2).strip();
                continue;
            }
            if (line.startsWith("#>")) {
                example = line.substring(2).strip();
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (!m.matches() || Sentence.Scope.of(m.group(1)) == null) {
                throw new IllegalArgumentException("DSL mapping line " + (i + 1) + " is not [scope][]sentence=drl: " + line);
            }
            try {
                out.add(new Sentence(Sentence.Scope.of(m.group(1)), m.group(2).strip(), m.group(3).strip(), i + 1, topic,
                        meaning, example));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("DSL mapping line " + (i + 1) + ": " + e.getMessage(), e);
            }
            meaning = "";
            example = "";
        }
        return new DslMapping(dsl, out);
    }

    /**
     * The mapping file's text, as Drools reads it.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Every sentence, in file order.
     *
     * @return the sentences
     */
    public List<Sentence> sentences() {
        return sentences;
    }

    /**
     * The sentences that may stand in one place of a rule.
     *
     * @param scope keyword, condition or action
     * @return those sentences, in file order
     */
    public List<Sentence> sentences(Sentence.Scope scope) {
        return sentences.stream().filter(s -> s.scope() == scope).toList();
    }
}
