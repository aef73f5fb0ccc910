package nl.fvw.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads the arguments of the command line: options every command has, a command, its options and
 * parameters, each value converted and checked before the command runs. {@code --name value} and
 * {@code --name=value} are the same; {@code --} ends the options; {@code --debug} and
 * {@code --sta-ruwe-regels-toe} go before or after the command.
 */
final class Opdrachtregel {
    static final String DEBUG = "--debug";
    static final String RUWE_REGELS_TOE = "--sta-ruwe-regels-toe";
    private static final String HELP = "--help";
    private static final String VERSION = "--version";

    private final Opdracht fvw;
    private final List<Opdracht> commandos;
    private final List<String> voet;
    private final Supplier<String> versie;

    /**
     * @param fvw the command line itself: its description (it runs when no command is given)
     * @param commandos its commands, in the order the help lists them
     * @param voet the lines that end the help of the command line
     * @param versie the line --version prints
     */
    Opdrachtregel(Opdracht fvw, List<Opdracht> commandos, List<String> voet, Supplier<String> versie) {
        this.fvw = metAlgemeneOpties(fvw);
        this.commandos = commandos.stream().map(Opdrachtregel::metAlgemeneOpties).toList();
        this.voet = List.copyOf(voet);
        this.versie = versie;
    }

    /** What the arguments ask: a call of a command, the help or version, or wrong use of the command line. */
    sealed interface Uitkomst {
    }

    /** A command to run. */
    record Uitvoeren(Aanroep aanroep) implements Uitkomst {
    }

    /** Text for standard output, then exit 0 (--help, --version). */
    record Tonen(String tekst) implements Uitkomst {
    }

    /** Wrong use: the message, and the help of the command it was for. */
    record Fout(String melding, String hulp) implements Uitkomst {
    }

    /**
     * Reads the arguments.
     *
     * @param args the arguments
     * @param out standard output, for the call
     * @param err standard error, for the call
     * @return what to do
     */
    Uitkomst lees(String[] args, PrintWriter out, PrintWriter err) {
        List<String> alle = List.of(args);
        int i = 0;
        while (i < alle.size() && alle.get(i).startsWith("-") && !alle.get(i).equals("--")) {
            i++;
        }
        if (i == alle.size() || alle.get(i).equals("--")) {
            return lees(fvw, "fvw", alle, out, err);
        }
        Opdracht o = commando(alle.get(i));
        if (o == null) {
            return new Fout(onbekend(alle.get(i)), hulp(fvw, "fvw"));
        }
        List<String> ervoor = alle.subList(0, i);
        Uitkomst voor = lees(fvw, "fvw", ervoor, out, err);
        if (!(voor instanceof Uitvoeren)) {
            return voor;
        }
        List<String> rest = new ArrayList<>(ervoor);
        rest.addAll(alle.subList(i + 1, alle.size()));
        return lees(o, "fvw " + o.naam(), rest, out, err);
    }

    private Uitkomst lees(Opdracht o, String pad, List<String> args, PrintWriter out, PrintWriter err) {
        try {
            List<String> opties = args.contains("--") ? args.subList(0, args.indexOf("--")) : args;
            if (opties.contains("-h") || opties.contains(HELP)) {
                return new Tonen(hulp(o, pad));
            }
            if (opties.contains("-V") || opties.contains(VERSION)) {
                return new Tonen(versie.get() + "\n");
            }
            Map<String, Object> waarden = new HashMap<>();
            List<String> onverwacht = lees(o, args, waarden);
            if (!onverwacht.isEmpty()) {
                throw new Ongeldig(onverwacht(onverwacht));
            }
            List<String> ontbreekt = o.parameters().stream().map(Opdracht.Parameter::label)
                    .filter(l -> !waarden.containsKey(l)).map(l -> "'" + l + "'").toList();
            if (!ontbreekt.isEmpty()) {
                throw new Ongeldig((ontbreekt.size() == 1 ? "verplichte parameter ontbreekt: "
                        : "verplichte parameters ontbreken: ") + String.join(", ", ontbreekt));
            }
            for (Opdracht.Optie x : o.opties()) {
                if (x.standaard() != null) {
                    waarden.putIfAbsent(x.naam(), x.standaard());
                }
            }
            boolean debug = waarden.remove(DEBUG) != null;
            boolean toe = waarden.remove(RUWE_REGELS_TOE) != null;
            return new Uitvoeren(new Aanroep(o, waarden, out, err, debug, toe));
        } catch (Ongeldig e) {
            return new Fout(e.getMessage(), hulp(o, pad));
        }
    }

    /** Puts every option and parameter of {@code args} in {@code waarden}; returns the arguments the command does not take. */
    private static List<String> lees(Opdracht o, List<String> args, Map<String, Object> waarden) throws Ongeldig {
        List<Path> meer = new ArrayList<>();
        List<String> onverwacht = new ArrayList<>();
        int positie = 0;
        boolean opties = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (opties && a.equals("--")) {
                opties = false;
            } else if (opties && a.startsWith("-") && a.length() > 1) {
                String naam = optienaam(a);
                int is = naam.length() < a.length() ? naam.length() : -1;
                Opdracht.Optie optie = o.optie(naam);
                if (optie == null) {
                    onverwacht.add(a);
                    continue;
                }
                if (waarden.containsKey(optie.naam())) {
                    throw new Ongeldig("optie " + optie.naam() + " staat er meer dan eens; geef haar één keer");
                }
                if (optie.label() == null) {
                    if (is > 0) {
                        throw new Ongeldig("optie " + optie.naam() + " neemt geen waarde, gegeven: '" + a.substring(is + 1) + "'");
                    }
                    waarden.put(optie.naam(), Boolean.TRUE);
                } else if (is > 0) {
                    waarden.put(optie.naam(), waarde(optie.soort(), optie.naam(), a.substring(is + 1), optie.keuzes()));
                } else if (i + 1 < args.size() && !isOptie(o, args.get(i + 1))) {
                    waarden.put(optie.naam(), waarde(optie.soort(), optie.naam(), args.get(++i), optie.keuzes()));
                } else {
                    throw new Ongeldig("optie " + optie.naam() + " vraagt een waarde (" + optie.label() + ")"
                            + (i + 1 < args.size() ? ", gegeven: de optie '" + args.get(i + 1) + "'" : ""));
                }
            } else if (positie < o.parameters().size()) {
                Opdracht.Parameter p = o.parameters().get(positie);
                Object waarde = waarde(p.soort(), p.label(), a, List.of());
                if (p.meerdere()) {
                    meer.add((Path) waarde);
                    waarden.put(p.label(), meer);
                } else {
                    waarden.put(p.label(), waarde);
                    positie++;
                }
            } else {
                onverwacht.add(a);
            }
        }
        return onverwacht;
    }

    /** The help of the command line itself. */
    String hulp() {
        return hulp(fvw, "fvw");
    }

    private String hulp(Opdracht o, String pad) {
        return o == fvw ? Hulptekst.van(pad, o, commandos, voet) : Hulptekst.van(pad, o, List.of(), List.of());
    }

    private Opdracht commando(String naam) {
        return commandos.stream().filter(c -> c.naam().equals(naam)).findFirst().orElse(null);
    }

    private String onbekend(String naam) {
        return "onbekend commando '" + naam + "'; de commando's zijn "
                + String.join(", ", commandos.stream().map(Opdracht::naam).toList()) + " en shell";
    }

    private static boolean isOptie(Opdracht o, String a) {
        return a.startsWith("-") && o.optie(optienaam(a)) != null;
    }

    /** The option an argument names: {@code --name} of {@code --name=value}, else the argument itself. */
    private static String optienaam(String a) {
        int is = a.startsWith("--") ? a.indexOf('=') : -1;
        return is > 0 ? a.substring(0, is) : a;
    }

    /** A value converted to its kind; {@code waarvoor} names the option or parameter in the message. */
    private static Object waarde(Opdracht.Soort soort, String waarvoor, String tekst, List<String> keuzes) throws Ongeldig {
        switch (soort) {
            case GEHEEL -> {
                try {
                    return Integer.valueOf(tekst);
                } catch (NumberFormatException e) {
                    throw new Ongeldig("ongeldige waarde voor " + waarvoor + ": '" + tekst + "' is geen geheel getal");
                }
            }
            case KEUZE -> {
                if (!keuzes.contains(tekst)) {
                    throw new Ongeldig("ongeldige waarde voor " + waarvoor + ": '" + tekst + "'; kies uit "
                            + String.join(", ", keuzes));
                }
                return tekst;
            }
            case PAD -> {
                try {
                    return Path.of(tekst);
                } catch (InvalidPathException e) {
                    throw new Ongeldig("ongeldige waarde voor " + waarvoor + ": '" + tekst + "' is geen bestandsnaam");
                }
            }
            default -> {
                return tekst;
            }
        }
    }

    /** Wrong use of the command line, with the message for the user. */
    private static final class Ongeldig extends Exception {
        private static final long serialVersionUID = 1L;

        Ongeldig(String melding) {
            super(melding, null, false, false);
        }
    }

    private static String onverwacht(List<String> args) {
        List<String> q = args.stream().map(a -> "'" + a + "'").toList();
        if (args.stream().anyMatch(a -> a.startsWith("-"))) {
            return (args.size() == 1 ? "onbekende optie: " : "onbekende opties: ") + String.join(", ", q);
        }
        return (args.size() == 1 ? "onverwacht argument: " : "onverwachte argumenten: ") + String.join(", ", q);
    }

    private static Opdracht metAlgemeneOpties(Opdracht o) {
        return o.schakelaar(DEBUG, "Toon de stacktrace van een fout.")
                .schakelaar("-h", HELP, "Toon deze hulp en stop.")
                .schakelaar(RUWE_REGELS_TOE, "Sta de ruwe DRL (regels met >) van de ruwe_regels van een scenario toe; ook dan"
                        + " alleen fvw's feiten en uitkomst.")
                .schakelaar("-V", VERSION, "Toon de versie en stop.");
    }
}
