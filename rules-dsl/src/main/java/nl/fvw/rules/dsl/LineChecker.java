package nl.fvw.rules.dsl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.fvw.input.Nearest;

/**
 * Checks a .dslr rule file line by line before Drools sees it. Every line must be one known
 * thing: a blank line, a comment (#), a rule keyword line, a metadata line, or one sentence of
 * the mapping in the right section, with every capture of the right type. Anything else is a
 * problem that names the line and the nearest known sentence. This closes the traps of Drools'
 * DSL expander: lines that match no sentence are passed through or, starting with "-",
 * silently dropped.
 *
 * <p>Rule shape:
 * <pre>
 * regel "naam"
 *   id "NRM-ACCRES-NGRU"          (required; unique)
 *   bron "wet, artikel, tabel"    (required)
 *   vervangt "NRM-…"              (optional: this rule replaces a shipped rule)
 * wanneer
 *   zinnen uit [condition]
 * dan
 *   zinnen uit [consequence]      (at least one)
 * einde
 * </pre>
 * Comments are whole lines starting with # or //. A shipped file may start with a header (package, import, global, expander lines); analysts'
 * files may not: fvw adds the header itself.
 */
public final class LineChecker {
    private static final Pattern RULE = Pattern.compile("regel\\s+\"([^\"\\\\$]{1,200})\"");
    private static final Pattern DECLARATION = Pattern.compile("^\\$(\\w+)\\s*:");
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");
    private static final Pattern HEADER = Pattern.compile(
            "(package\\s+[a-z][\\w.]*;?|import\\s+[\\w.]+;?|global\\s+[\\w.]+\\s+\\w+;?|expander\\s+[\\w.]+)");

    /** Whether header lines (package, import, global, expander) are allowed. */
    public enum Mode {
        /** The shipped rule files: header lines allowed. */
        SHIPPED,
        /** An analyst's file: only rules, no header lines. */
        ANALYST
    }

    private enum Section {
        OUTSIDE, HEAD, WHEN, THEN
    }

    private final DslMapping mapping;
    private final Map<String, Sentence> metadata;

    /**
     * A checker for the sentences of a mapping.
     *
     * @param mapping the sentences it admits
     */
    public LineChecker(DslMapping mapping) {
        this.mapping = mapping;
        this.metadata = mapping.sentences(Sentence.Scope.KEYWORD).stream()
                .filter(s -> !s.captures().isEmpty())
                .collect(Collectors.toMap(s -> s.text().split("\\s+")[0], Function.identity()));
    }

    /**
     * The problems in {@code text}; empty when the file is fine.
     *
     * @param file the file's name, for the messages
     * @param text the rule file
     * @param mode shipped or analyst's file
     * @return every problem, with line, sentence, what was expected and the nearest known sentence
     */
    public List<DslProblem> check(String file, String text, Mode mode) {
        List<DslProblem> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        Section section = Section.OUTSIDE;
        boolean headerAllowed = mode == Mode.SHIPPED;
        int ruleLine = 0;
        String ruleName = null;
        boolean hasId = false;
        boolean hasBron = false;
        int consequences = 0;
        List<String> ids = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String raw = lines[i];
            String line = raw.strip();
            if (isComment(line)) {
                continue;
            }
            if (line.startsWith("/*")) {
                problems.add(new DslProblem(file, n, line, "comments are whole lines starting with # or //", null));
                continue;
            }
            switch (section) {
                case OUTSIDE -> {
                    Matcher rule = RULE.matcher(line);
                    if (rule.matches()) {
                        section = Section.HEAD;
                        headerAllowed = false;
                        ruleLine = n;
                        ruleName = rule.group(1);
                        hasId = false;
                        hasBron = false;
                        consequences = 0;
                        declared.clear();
                    } else if (headerAllowed && HEADER.matcher(line).matches()) {
                        continue;
                    } else if (line.startsWith("regel")) {
                        problems.add(new DslProblem(file, n, line,
                                "a rule starts with regel \"naam\": the name between quotation marks, without \\ or $", null));
                    } else {
                        problems.add(new DslProblem(file, n, line, mode == Mode.ANALYST && HEADER.matcher(line).matches()
                                ? "package, import, global and expander lines are not allowed in analysts' rule files"
                                : "expected regel \"naam\" to start a rule", null));
                    }
                }
                case HEAD -> {
                    if (line.equals("wanneer")) {
                        if (!hasId) {
                            problems.add(new DslProblem(file, ruleLine, "regel \"" + ruleName + "\"",
                                    "the rule has no id line (id \"…\")", null));
                        }
                        if (!hasBron) {
                            problems.add(new DslProblem(file, ruleLine, "regel \"" + ruleName + "\"",
                                    "the rule has no bron line (bron \"…\"): every rule names its source", null));
                        }
                        section = Section.WHEN;
                        continue;
                    }
                    String word = line.split("\\s+")[0];
                    Sentence meta = metadata.get(word);
                    if (meta == null) {
                        problems.add(new DslProblem(file, n, line, "expected id \"…\", bron \"…\", vervangt \"…\" or wanneer"
                                + " after regel \"" + ruleName + "\"", nearest(line, Sentence.Scope.KEYWORD)));
                        continue;
                    }
                    hasId |= word.equals("id");
                    hasBron |= word.equals("bron");
                    String problem = typed(meta, line);
                    if (problem != null) {
                        problems.add(new DslProblem(file, n, line, problem, meta.text()));
                        continue;
                    }
                    if (word.equals("id")) {
                        String id = meta.shapeMatch(line).get(0);
                        if (ids.contains(id)) {
                            problems.add(new DslProblem(file, n, line, "rule id " + id + " is used twice in this file", null));
                        }
                        ids.add(id);
                    }
                }
                case WHEN -> {
                    if (line.equals("dan")) {
                        section = Section.THEN;
                        continue;
                    }
                    Sentence matched = sentence(file, n, line, Sentence.Scope.CONDITION, problems);
                    if (matched != null) {
                        variables(file, n, line, matched, declared, problems);
                    }
                }
                case THEN -> {
                    if (line.equals("einde")) {
                        if (consequences == 0) {
                            problems.add(new DslProblem(file, n, line, "the rule \"" + ruleName
                                    + "\" has no sentence between dan and einde", null));
                        }
                        section = Section.OUTSIDE;
                        continue;
                    }
                    Sentence matched = sentence(file, n, line, Sentence.Scope.CONSEQUENCE, problems);
                    if (matched != null) {
                        variables(file, n, line, matched, declared, problems);
                    }
                    consequences++;
                }
            }
        }
        if (section != Section.OUTSIDE) {
            problems.add(new DslProblem(file, lines.length, "", "the rule \"" + ruleName + "\" (line " + ruleLine
                    + ") is not closed with einde", null));
        }
        return problems;
    }

    /**
     * A blank line, or a comment: a whole line starting with # or //.
     *
     * @param line a line of a rule file
     * @return true when it holds no sentence
     */
    public static boolean isComment(String line) {
        String l = line.strip();
        return l.isEmpty() || l.startsWith("#") || l.startsWith("//");
    }

    /**
     * Throws a {@link DslException} with every problem, if there are any.
     *
     * @param file the file's name
     * @param text the rule file
     * @param mode shipped or analyst's file
     * @throws DslException naming every problem
     */
    public void require(String file, String text, Mode mode) {
        List<DslProblem> problems = check(file, text, mode);
        if (!problems.isEmpty()) {
            throw new DslException(problems);
        }
    }

    private Sentence sentence(String file, int n, String line, Sentence.Scope scope, List<DslProblem> problems) {
        String where = scope == Sentence.Scope.CONDITION ? "condition (between wanneer and dan)"
                : "action (between dan and einde)";
        if (line.startsWith("-")) {
            problems.add(new DslProblem(file, n, line, "a line may not start with '-': write the whole " + where
                    + " sentence", nearest(line.substring(1).strip(), scope)));
            return null;
        }
        String typeProblem = null;
        Sentence typeSentence = null;
        for (Sentence s : mapping.sentences(scope)) {
            if (s.shapeMatch(line) != null) {
                String problem = typed(s, line);
                if (problem == null) {
                    return s;
                }
                typeProblem = problem;
                typeSentence = s;
            }
        }
        if (typeProblem != null) {
            problems.add(new DslProblem(file, n, line, typeProblem, typeSentence.text()));
        } else {
            problems.add(new DslProblem(file, n, line, "not a known " + where, nearest(line, scope)));
        }
        return null;
    }

    /**
     * A sentence may use a fact ($fj, $post) only after a sentence of the same rule introduced it,
     * and introduce it only once.
     */
    private void variables(String file, int n, String line, Sentence s, Set<String> declared, List<DslProblem> problems) {
        Matcher decl = DECLARATION.matcher(s.drl());
        String introduces = decl.find() ? decl.group(1) : null;
        Matcher ref = VARIABLE.matcher(s.drl());
        while (ref.find()) {
            String v = ref.group(1);
            if (!v.equals(introduces) && !declared.contains(v)) {
                problems.add(new DslProblem(file, n, line, "this sentence needs, earlier in the rule, the sentence that "
                        + "introduces what it is about", introducerOf(v)));
                return;
            }
        }
        if (introduces != null && !declared.add(introduces)) {
            problems.add(new DslProblem(file, n, line, "what this sentence introduces is already introduced earlier in"
                    + " the rule", null));
        }
    }

    private String introducerOf(String variable) {
        for (Sentence s : mapping.sentences(Sentence.Scope.CONDITION)) {
            Matcher decl = DECLARATION.matcher(s.drl());
            if (decl.find() && decl.group(1).equals(variable)) {
                return s.text();
            }
        }
        return null;
    }

    private static String typed(Sentence s, String line) {
        List<String> values = s.shapeMatch(line);
        if (values == null) {
            return "does not have the shape " + s.text();
        }
        for (int k = 0; k < values.size(); k++) {
            CaptureType type = s.types().get(k);
            if (!type.accepts(values.get(k))) {
                return "{" + s.captures().get(k) + "} is '" + values.get(k) + "'; verwacht " + type.description();
            }
        }
        return null;
    }

    private String nearest(String line, Sentence.Scope scope) {
        List<String> texts = mapping.sentences(scope).stream().map(Sentence::text).toList();
        return texts.isEmpty() ? null : Nearest.closest(line, texts);
    }
}
