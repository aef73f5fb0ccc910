package nl.fvw.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The help of a command, laid out for a terminal of 80 columns (no line longer than
 * {@value #BREEDTE}): the synopsis, the description, the positional parameters and options in a
 * table, and for the command line itself its commands and the footer.
 */
final class Hulptekst {
    /** The longest line. */
    static final int BREEDTE = 79;
    /** An option's text longer than this has its description on the next line. */
    private static final int LANGSTE_OPTIE = 20;

    private Hulptekst() {
    }

    /**
     * The help of a command.
     *
     * @param pad how the user calls it ("fvw run")
     * @param o the command, with the options every command has
     * @param commando's the commands under it (only for the command line itself), else empty
     * @param voet lines printed last, as they are
     * @return the help, every line ending in a newline
     */
    static String van(String pad, Opdracht o, List<Opdracht> commandos, List<String> voet) {
        StringBuilder sb = new StringBuilder();
        List<Opdracht.Optie> opties = gesorteerd(o.opties());
        List<String> delen = synopsis(o, opties);
        if (!commandos.isEmpty()) {
            delen.add("[COMMAND]");
        }
        String begin = "Gebruik: " + pad + " ";
        omloop(sb, begin, " ".repeat(begin.length()), String.join(" ", delen));
        omloop(sb, "", "", o.omschrijving());
        tabel(sb, o, opties);
        if (!commandos.isEmpty()) {
            sb.append("Commando's:\n");
            int breed = commandos.stream().mapToInt(c -> c.naam().length()).max().orElse(0) + 2;
            for (Opdracht c : commandos) {
                String kop = "  " + c.naam() + " ".repeat(breed - c.naam().length());
                omloop(sb, kop, " ".repeat(kop.length() + 2), c.omschrijving());
            }
        }
        voet.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    /**
     * The synopsis, {@code opties} in the help's order: the short switches together, the long switches,
     * the options with a value, the parameters.
     */
    private static List<String> synopsis(Opdracht o, List<Opdracht.Optie> opties) {
        StringBuilder kort = new StringBuilder();
        List<String> delen = new ArrayList<>();
        for (Opdracht.Optie x : opties) {
            if (x.kort() != null) {
                kort.append(x.kort().substring(1));
            }
        }
        if (kort.length() > 0) {
            delen.add("[-" + kort + "]");
        }
        opties.stream().filter(x -> x.kort() == null && x.label() == null).forEach(x -> delen.add("[" + x.naam() + "]"));
        opties.stream().filter(x -> x.kort() == null && x.label() != null).forEach(x -> delen.add("[" + x.tekst() + "]"));
        o.parameters().forEach(p -> delen.add(p.tekst()));
        return delen;
    }

    /**
     * The table of parameters and {@code opties} (in the help's order): "  -h, --help   Description",
     * descriptions wrapped in their column.
     */
    private static void tabel(StringBuilder sb, Opdracht o, List<Opdracht.Optie> opties) {
        int breed = 0;
        for (Opdracht.Parameter p : o.parameters()) {
            breed = past(breed, p.tekst());
        }
        for (Opdracht.Optie x : opties) {
            breed = past(breed, x.tekst());
        }
        int kolom = 6 + breed + 3;
        for (Opdracht.Parameter p : o.parameters()) {
            rij(sb, "      " + p.tekst(), kolom, p.omschrijving());
        }
        for (Opdracht.Optie x : opties) {
            String naam = x.kort() != null ? "  " + x.kort() + ", " + x.tekst() : "      " + x.tekst();
            rij(sb, naam, kolom, x.omschrijving());
        }
    }

    private static int past(int breed, String tekst) {
        return tekst.length() <= LANGSTE_OPTIE ? Math.max(breed, tekst.length()) : breed;
    }

    private static void rij(StringBuilder sb, String naam, int kolom, String omschrijving) {
        if (naam.length() + 1 > kolom) {
            sb.append(naam).append('\n');
            naam = "";
        }
        omloop(sb, naam + " ".repeat(kolom - naam.length()), " ".repeat(kolom + 2), omschrijving);
    }

    /** The options in the order of the help: by their shortest name without dashes, case aside. */
    private static List<Opdracht.Optie> gesorteerd(List<Opdracht.Optie> opties) {
        return opties.stream().sorted(Comparator.comparing((Opdracht.Optie x) -> x.sorteernaam().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(Opdracht.Optie::sorteernaam)).toList();
    }

    /** Appends {@code tekst} after {@code eerste}, wrapped at spaces; the next lines start with {@code verder}. */
    private static void omloop(StringBuilder sb, String eerste, String verder, String tekst) {
        StringBuilder regel = new StringBuilder(eerste);
        boolean leeg = true;
        for (String woord : tekst.split(" ")) {
            if (!leeg && regel.length() + 1 + woord.length() > BREEDTE) {
                sb.append(regel).append('\n');
                regel = new StringBuilder(verder);
                leeg = true;
            }
            regel.append(leeg ? "" : " ").append(woord);
            leeg = false;
        }
        sb.append(regel).append('\n');
    }
}
