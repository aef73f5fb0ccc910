package nl.fvw.input;

/**
 * A place in an input file: file name, line and column (1-based; 0 where unknown).
 *
 * <pre>{@code
 * Location l = new Location("scenario.yaml", 7, 1);   // printed as scenario.yaml:7
 * }</pre>
 */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
