package nl.fvw.rules.dsl;

import java.util.List;
import java.util.stream.Collectors;

import nl.fvw.FvwException;

/** A rule file was rejected; carries every problem found, each with file and line. */
public final class DslException extends FvwException {
    private static final long serialVersionUID = 1L;

    private final transient List<DslProblem> problems;

    public DslException(List<DslProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in rule files:\n"
                + problems.stream().map(DslProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DslProblem> problems() {
        return problems;
    }
}
