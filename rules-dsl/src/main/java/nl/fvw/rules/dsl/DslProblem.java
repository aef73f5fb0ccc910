package nl.fvw.rules.dsl;

/**
 * One problem in a rule file, in the analyst's terms: file and line, the sentence as written,
 * what was wrong and expected, and the nearest known sentence (may be null).
 *
 * <pre>{@code
 * List<DslProblem> problems = new LineChecker(DslMapping.shipped()).check("variant.dslr", text, LineChecker.Mode.ANALYST);
 * }</pre>
 */
public record DslProblem(String file, int line, String sentence, String problem, String nearest) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + problem + (sentence.isEmpty() ? "" : "\n    zin:      " + sentence)
                + (nearest == null ? "" : "\n    bedoeld?: " + nearest);
    }
}
