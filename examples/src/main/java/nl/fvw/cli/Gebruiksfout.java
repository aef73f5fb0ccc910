package nl.fvw.cli;

import nl.fvw.FvwException;

/** Wrong use of the command line (exit code 2), such as an --out that names an input or --trekkingen 0. */
final class Gebruiksfout extends FvwException {
    private static final long serialVersionUID = 1L;

    Gebruiksfout(String message) {
        super(message);
    }
}
