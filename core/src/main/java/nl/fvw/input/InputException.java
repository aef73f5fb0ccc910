package nl.fvw.input;

import nl.fvw.FvwException;

/**
 * Bad input in a file: where (file, line, column), which key, and what was wrong and expected.
 * The message reads "file:line:column: key 'k': what was wrong".
 *
 * <pre>{@code
 * try {
 *     ScenarioReader.read(Path.of("scenario.yaml"));
 * } catch (InputException e) {
 *     System.err.println(e.getMessage());   // scenario.yaml:7: stnad: unknown key (did you mean 'stand'?)
 * }
 * }</pre>
 */
public final class InputException extends FvwException {
    private static final long serialVersionUID = 1L;

    /** Where in the file the problem is. */
    private final Location location;
    /** The key (path) the problem is at. */
    private final String key;
    /** What is wrong and what was expected. */
    private final String problem;

    /**
     * A problem in an input file.
     *
     * @param location the file and line
     * @param key the key (path) the problem is at, or "" for the file as a whole
     * @param problem what is wrong and what was expected
     */
    public InputException(Location location, String key, String problem) {
        super(location + ": " + (key == null || key.isEmpty() ? "" : "key '" + key + "': ") + problem);
        this.location = location;
        this.key = key;
        this.problem = problem;
    }

    /**
     * Where in the file the problem is.
     *
     * @return the file and line
     */
    public Location location() {
        return location;
    }

    /**
     * The key (path) the problem is at, or "" for the file as a whole.
     *
     * @return the key, like taken[0].compensatie.2025
     */
    public String key() {
        return key == null ? "" : key;
    }

    /**
     * What is wrong and what was expected, without the location.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
