package nl.fvw.rules.dsl;

import java.util.List;
import java.util.stream.Collectors;

import nl.fvw.FvwException;

/**
 * A rule file was rejected; carries every problem found, each with file and line.
 *
 * <pre>{@code
 * try {
 *     FvwEngine.withAnalystRules(List.of(RuleFile.read(Path.of("regels/variant.dslr"))));
 * } catch (DslException e) {
 *     e.problems().forEach(p -> System.err.println(p));   // file:line, the sentence, what was expected, the nearest
 * }
 * }</pre>
 */
public final class DslException extends FvwException {
    private static final long serialVersionUID = 1L;

    private final transient List<DslProblem> problems;

    /**
     * Every problem of the rule files, in one message.
     *
     * @param problems the problems, each with file, line, sentence and what was expected
     */
    public DslException(List<DslProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem in rule files:\n" : " problems in rule files:\n")
                + problems.stream().map(DslProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems.
     *
     * @return the problems, in file and line order
     */
    public List<DslProblem> problems() {
        return problems;
    }
}
