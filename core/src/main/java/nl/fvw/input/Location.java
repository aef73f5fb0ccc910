package nl.fvw.input;

/** A place in an input file: file name, line and column (1-based; 0 where unknown). */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
