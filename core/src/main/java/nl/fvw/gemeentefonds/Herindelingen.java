package nl.fvw.gemeentefonds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which gemeenten merged into which, by CBS code, so that gemeenten can be followed across
 * uitkeringsjaren. Tab-separated: {@code datum, code, naam, opgeheven, bron}, with the codes of the
 * gemeenten that were merged separated by commas.
 *
 * @param naam the file's name
 * @param herindelingen the mergers, in the file's order
 */
public record Herindelingen(String naam, List<Herindeling> herindelingen) {
    /** No mergers. */
    public static final Herindelingen GEEN = new Herindelingen("", List.of());

    /**
     * One merger.
     *
     * @param datum the date it took effect, as written (such as 2023-01-01)
     * @param code the CBS number of the gemeente after the merger
     * @param naam its name
     * @param opgeheven the CBS numbers of the gemeenten merged into it (it may be one of them)
     * @param bron the law or CBS table it comes from
     */
    public record Herindeling(String datum, int code, String naam, List<Integer> opgeheven, String bron) {
        /**
         * Copies the list.
         *
         * @param datum the date
         * @param code the code after
         * @param naam the name
         * @param opgeheven the codes merged
         * @param bron the source
         */
        public Herindeling {
            opgeheven = List.copyOf(opgeheven);
        }
    }

    /**
     * Copies the list.
     *
     * @param naam the file's name
     * @param herindelingen the mergers
     */
    public Herindelingen {
        herindelingen = List.copyOf(herindelingen);
    }

    /**
     * Reads the table.
     *
     * @param file the file
     * @param naam its name in errors
     * @return the mergers
     * @throws nl.fvw.input.InputException naming file, line and column of a code that is not a CBS number, or of a
     *         gemeente merged twice
     */
    public static Herindelingen lees(Path file, String naam) {
        Tabelbestand t = Tabelbestand.lees(file, naam, '\t', Getalnotatie.ZONDER_DUIZENDTALLEN);
        int datum = t.kolom("datum");
        int code = t.kolom("code");
        int gnaam = t.kolom("naam");
        int opgeheven = t.kolom("opgeheven");
        int bron = t.kolom("bron");
        List<Herindeling> out = new ArrayList<>();
        Map<Integer, Integer> gezien = new LinkedHashMap<>();
        for (Tabelbestand.Rij r : t.rijen()) {
            List<Integer> codes = new ArrayList<>();
            for (String c : r.cellen().get(opgeheven).split(",")) {
                int x = nummer(t, r, opgeheven, c.strip());
                if (gezien.put(x, r.regel()) != null) {
                    throw t.fout(r, opgeheven, "gemeente " + Gemeente.code(x) + " is merged twice");
                }
                codes.add(x);
            }
            out.add(new Herindeling(r.cellen().get(datum).strip(), nummer(t, r, code, r.cellen().get(code).strip()),
                    r.cellen().get(gnaam).strip(), codes, r.cellen().get(bron).strip()));
        }
        return new Herindelingen(naam, out);
    }

    private static int nummer(Tabelbestand t, Tabelbestand.Rij r, int kolom, String text) {
        String digits = text.startsWith("GM") ? text.substring(2) : text;
        if (!digits.matches("\\d{1,4}")) {
            throw t.fout(r, kolom, "'" + text + "' is not a CBS gemeentecode (GM and four digits)");
        }
        return Integer.parseInt(digits);
    }

    /**
     * The merger a gemeente disappeared in.
     *
     * @param opgeheven the CBS number of the gemeente that is gone
     * @return the merger, or null when none names it
     */
    public Herindeling van(int opgeheven) {
        for (Herindeling h : herindelingen) {
            if (h.opgeheven().contains(opgeheven)) {
                return h;
            }
        }
        return null;
    }
}
