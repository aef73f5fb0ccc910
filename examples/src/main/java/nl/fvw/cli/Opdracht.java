package nl.fvw.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One command of the command line as the user sees it: its name, what it does, its positional
 * parameters and its options, each with the line the help prints for it; and what runs it. The
 * options every command has ({@code --debug}, {@code --help}, ...) are {@link Opdrachtregel}'s.
 *
 * <pre>{@code
 * Opdracht run = Opdracht.van("run", "Reken een scenario door.", RunCommand::voerUit)
 *         .parameter("SCENARIO", "Scenariobestand.")
 *         .keuze("--format", RunCommand.ReportFormat.class, "table")
 *         .waarde("--out", "BESTAND", "Schrijf de uitvoer naar dit bestand.");
 * }</pre>
 *
 * @param naam the name the user types
 * @param omschrijving what it does, one paragraph
 * @param parameters the positional parameters, in order
 * @param opties the options of this command
 * @param uitvoering what runs it
 */
record Opdracht(String naam, String omschrijving, List<Parameter> parameters, List<Optie> opties, Uitvoering uitvoering) {

    /** What a command does with its call; returns the exit code. */
    @FunctionalInterface
    interface Uitvoering {
        int voerUit(Aanroep aanroep);
    }

    /**
     * A positional parameter.
     *
     * @param label how the help names it (SCENARIO)
     * @param omschrijving its line in the help
     * @param meerdere true when it takes one or more values (the last parameter only)
     * @param soort what its value is: a path or text
     */
    record Parameter(String label, String omschrijving, boolean meerdere, Soort soort) {
        /** How the help shows it: the label, with "..." when it takes more than one. */
        String tekst() {
            return meerdere ? label + "..." : label;
        }
    }

    /**
     * An option: a switch, or an option with a value of a kind.
     *
     * @param kort its one-letter name (-h), or null
     * @param naam its long name (--format)
     * @param label how the help names its value (BESTAND), or null for a switch
     * @param omschrijving its line in the help
     * @param soort what its value is
     * @param standaard its value when not given, or null
     * @param keuzes the values it allows (a choice), else empty
     */
    record Optie(String kort, String naam, String label, String omschrijving, Soort soort, String standaard,
            List<String> keuzes) {
        /** How the help shows it in the list of options: the long name, with its value's label. */
        String tekst() {
            return label == null ? naam : naam + "=" + label;
        }

        /** The name the options are sorted by: the shortest, without dashes. */
        String sorteernaam() {
            return zonderStreepjes(kort != null ? kort : naam);
        }
    }

    /** What an option's value is: nothing (a switch), text, a path, a positive whole number, one of its choices. */
    enum Soort {
        SCHAKELAAR, TEKST, PAD, GEHEEL, KEUZE
    }

    Opdracht {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(omschrijving, "omschrijving");
        parameters = List.copyOf(parameters);
        opties = List.copyOf(opties);
        Objects.requireNonNull(uitvoering, "uitvoering");
    }

    /** A command with no parameters and no options yet. */
    static Opdracht van(String naam, String omschrijving, Uitvoering uitvoering) {
        return new Opdracht(naam, omschrijving, List.of(), List.of(), uitvoering);
    }

    /** This command with one more positional parameter: a file. */
    Opdracht parameter(String label, String omschrijving) {
        return metParameter(new Parameter(label, omschrijving, false, Soort.PAD));
    }

    /** This command with one more positional parameter: text. */
    Opdracht tekstparameter(String label, String omschrijving) {
        return metParameter(new Parameter(label, omschrijving, false, Soort.TEKST));
    }

    /** This command with a last positional parameter that takes one or more files. */
    Opdracht meerdere(String label, String omschrijving) {
        return metParameter(new Parameter(label, omschrijving, true, Soort.PAD));
    }

    /** This command with a switch. */
    Opdracht schakelaar(String optie, String omschrijving) {
        return schakelaar(null, optie, omschrijving);
    }

    /** This command with a switch that also has a one-letter name ({@code kort}, e.g. -h), or none (null). */
    Opdracht schakelaar(String kort, String optie, String omschrijving) {
        return metOptie(new Optie(kort, optie, null, omschrijving, Soort.SCHAKELAAR, null, List.of()));
    }

    /** This command with an option whose value is text. */
    Opdracht waarde(String optie, String label, String omschrijving) {
        return metOptie(new Optie(null, optie, label, omschrijving, Soort.TEKST, null, List.of()));
    }

    /** This command with an option whose value is a file. */
    Opdracht pad(String optie, String label, String omschrijving) {
        return metOptie(new Optie(null, optie, label, omschrijving, Soort.PAD, null, List.of()));
    }

    /** This command with an option whose value is a whole number. */
    Opdracht geheel(String optie, String label, String omschrijving) {
        return metOptie(new Optie(null, optie, label, omschrijving, Soort.GEHEEL, null, List.of()));
    }

    /** This command with an option whose value is one of the constants of {@code keuzes}, {@code standaard} when not given. */
    Opdracht keuze(String optie, Class<? extends Enum<?>> keuzes, String standaard) {
        List<String> namen = new ArrayList<>();
        for (Enum<?> e : keuzes.getEnumConstants()) {
            namen.add(e.name());
        }
        if (!namen.contains(standaard)) {
            throw new IllegalArgumentException(standaard + " is not one of " + namen);
        }
        return metOptie(new Optie(null, optie, "<" + zonderStreepjes(optie) + ">", "Uitvoer: " + String.join(", ", namen) + ".", Soort.KEUZE,
                standaard, namen));
    }

    private static String zonderStreepjes(String optie) {
        int i = 0;
        while (i < optie.length() && optie.charAt(i) == '-') {
            i++;
        }
        return optie.substring(i);
    }

    /** This command's option named {@code naam} (long or short), or null. */
    Optie optie(String naam) {
        for (Optie o : opties) {
            if (o.naam().equals(naam) || naam.equals(o.kort())) {
                return o;
            }
        }
        return null;
    }

    private Opdracht metParameter(Parameter p) {
        if (!parameters.isEmpty() && parameters.get(parameters.size() - 1).meerdere()) {
            throw new IllegalStateException("a parameter after " + parameters.get(parameters.size() - 1).tekst());
        }
        List<Parameter> meer = new ArrayList<>(parameters);
        meer.add(p);
        return new Opdracht(naam, omschrijving, meer, opties, uitvoering);
    }

    private Opdracht metOptie(Optie o) {
        if (optie(o.naam()) != null) {
            throw new IllegalStateException("option " + o.naam() + " twice in " + naam);
        }
        List<Optie> meer = new ArrayList<>(opties);
        meer.add(o);
        return new Opdracht(naam, omschrijving, parameters, meer, uitvoering);
    }
}
