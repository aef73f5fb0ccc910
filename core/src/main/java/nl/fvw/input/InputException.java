package nl.fvw.input;

import nl.fvw.FvwException;

/**
 * Bad input in a file: where (file, line, column), which key, and what was wrong and expected.
 * The message reads "file:line:column: key 'k': what was wrong".
 */
public final class InputException extends FvwException {
    private static final long serialVersionUID = 1L;

    private final Location location;
    private final String key;
    private final String problem;

    public InputException(Location location, String key, String problem) {
        super(location + ": " + (key == null || key.isEmpty() ? "" : "key '" + key + "': ") + problem);
        this.location = location;
        this.key = key;
        this.problem = problem;
    }

    public Location location() {
        return location;
    }

    /** The key (path) the problem is at, or "" for the file as a whole. */
    public String key() {
        return key == null ? "" : key;
    }

    public String problem() {
        return problem;
    }
}
