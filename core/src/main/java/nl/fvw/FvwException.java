package nl.fvw;

/**
 * Base of every error fvw reports about its input or its use. The message is written for a
 * budget analyst: it names what was wrong, the value, and what was expected.
 *
 * <pre>{@code
 * try {
 *     ScenarioRunner.run(ScenarioReader.read(path), true);
 * } catch (FvwException e) {
 *     System.err.println(e.getMessage());   // one message: what, where, what was expected
 * }
 * }</pre>
 */
public class FvwException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An error with one clear message.
     *
     * @param message what is wrong, naming the figure, file or rule
     */
    public FvwException(String message) {
        super(message);
    }

    /**
     * An error with one clear message and its cause.
     *
     * @param message what is wrong
     * @param cause the underlying exception
     */
    public FvwException(String message, Throwable cause) {
        super(message, cause);
    }
}
