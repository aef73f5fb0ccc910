package nl.fvw.scenario;

import java.util.List;
import java.util.Objects;

import nl.fvw.begroting.Mutatiecontrole;
import nl.fvw.begroting.Mutatietabel;
import nl.fvw.normering.Fonds;
import nl.fvw.time.Stand;

/**
 * A table of a begroting as a scenario gives it (normering.md §2a): the fund's table or the
 * aanvullende post's (the accres first sits on the aanvullende post of Financiën, then is
 * transferred to the fund), its stands and the mutations between them by cause, each with its own
 * source, as printed; where the source prints only stands or only mutations, fvw derives the rest.
 * It was read only when it adds up within the printed rounding, or where it does not, the scenario
 * names the cell and why ({@code erkend}).
 *
 * <pre>{@code
 * for (Begrotingstabel b : scenario.begrotingstabellen()) {
 *     System.out.print(MutatietabelTekst.of(b.tabel()));
 *     b.afwijkingen().forEach(System.out::println);   // afrondingsverschillen, with their margin
 * }
 * }</pre>
 *
 * @param fonds the fund the table is of, or null for a table of both funds
 * @param post the fund's own table or the aanvullende post's
 * @param bron the table's source
 * @param tabel the table, as printed (and where derived, said so per row)
 * @param standen the stand of each stand row, in table order
 * @param erkend the cells that do not add up in the source, with the reason the scenario gives
 */
public record Begrotingstabel(Fonds fonds, Post post, String bron, Mutatietabel tabel, List<Stand> standen,
        List<Erkend> erkend) {
    /** Whose table it is. */
    public enum Post {
        /** The fund's own begroting (Gemeentefonds B, Provinciefonds C). */
        FONDS("fonds"),
        /** The aanvullende post of Financiën, where the accres sits until it is transferred. */
        AANVULLENDE_POST("aanvullende post");

        private final String naam;

        Post(String naam) {
            this.naam = naam;
        }

        @Override
        public String toString() {
            return naam;
        }
    }

    /**
     * A cell the source prints inconsistently, beyond its rounding, as the scenario acknowledges it.
     *
     * @param regel the row's label
     * @param kolom the column (the year)
     * @param reden why the source is taken as printed
     */
    public record Erkend(String regel, String kolom, String reden) {
        /**
         * Checks the components.
         *
         * @param regel the row's label
         * @param kolom the column
         * @param reden why
         */
        public Erkend {
            Objects.requireNonNull(regel, "regel");
            Objects.requireNonNull(kolom, "kolom");
            Objects.requireNonNull(reden, "reden");
        }

        boolean geldtVoor(Mutatiecontrole.Afwijking a) {
            return a.kolom().equals(kolom) && (a.regel().equals(regel) || a.regel().equals("waarvan-regels bij " + regel));
        }
    }

    /**
     * Copies the lists.
     *
     * @param fonds the fund
     * @param post whose table
     * @param bron the source
     * @param tabel the table
     * @param standen the stand of each stand row
     * @param erkend the acknowledged inconsistencies
     */
    public Begrotingstabel {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(bron, "bron");
        Objects.requireNonNull(tabel, "tabel");
        standen = List.copyOf(standen);
        erkend = List.copyOf(erkend);
    }

    /**
     * Every cell that does not add up: the afrondingsverschillen (within the printed rounding of the
     * parts) and the inconsistencies the scenario acknowledged.
     *
     * @return the cells, in table order
     */
    public List<Mutatiecontrole.Afwijking> afwijkingen() {
        return Mutatiecontrole.check(tabel);
    }

    /**
     * The reason the scenario gives for a cell that does not add up, if it gave one.
     *
     * @param a the cell
     * @return the reason, or null
     */
    public String erkendeReden(Mutatiecontrole.Afwijking a) {
        return erkend.stream().filter(e -> e.geldtVoor(a)).map(Erkend::reden).findFirst().orElse(null);
    }
}
