package nl.fvw.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call of a command as {@link Opdrachtregel} read it: every value converted and checked, the
 * streams to write to, and the options every command has.
 *
 * @param opdracht the command called
 * @param waarden per option (its long name) and per positional parameter (its label) the value
 *        given or its default: a String, Path, Integer, choice name or, for a parameter that takes
 *        more than one, a list of paths
 * @param out standard output
 * @param err standard error
 * @param debug whether --debug was given
 * @param ruweRegelsToe whether --sta-ruwe-regels-toe was given
 */
record Aanroep(Opdracht opdracht, Map<String, Object> waarden, PrintWriter out, PrintWriter err, boolean debug,
        boolean ruweRegelsToe) {

    Aanroep {
        Objects.requireNonNull(opdracht, "opdracht");
        waarden = Map.copyOf(waarden);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** The path of a positional parameter or path option, or null when an option was not given. */
    Path pad(String naam) {
        return (Path) waarde(naam);
    }

    /** The paths of the positional parameter that takes one or more. */
    @SuppressWarnings("unchecked")
    List<Path> paden(String label) {
        return (List<Path>) waarde(label);
    }

    /** The text of a positional parameter or option, or null when an option was not given. */
    String tekst(String naam) {
        return (String) waarde(naam);
    }

    /** The whole number of an option, or null when not given. */
    Integer geheel(String naam) {
        return (Integer) waarde(naam);
    }

    /** Whether a switch was given. */
    boolean schakelaar(String naam) {
        return Boolean.TRUE.equals(waarde(naam));
    }

    /** The choice of a choice option, as the constant of {@code soort}. */
    <E extends Enum<E>> E keuze(String naam, Class<E> soort) {
        return Enum.valueOf(soort, (String) waarde(naam));
    }

    private Object waarde(String naam) {
        if (opdracht.optie(naam) == null && opdracht.parameters().stream().noneMatch(p -> p.label().equals(naam))) {
            throw new IllegalArgumentException(opdracht.naam() + " has no option or parameter " + naam);
        }
        return waarden.get(naam);
    }
}
