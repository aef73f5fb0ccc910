package nl.fvw.begroting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a {@link Mutatietabel} adds up: every stand is the stand before plus its mutations, every
 * mutation with sub-mutations their sum, and the waarvan lines the last stand (normering.md §2:
 * stand_new = stand_old + mutaties). Published tables print rounded parts of unrounded sums: each
 * of the n printed parts and the printed total is off by at most half a printed unit, so a
 * difference up to (n + 1) / 2 units is reported as rounding; anything larger is reported as an
 * inconsistency in the source.
 *
 * <pre>{@code
 * for (Mutatiecontrole.Afwijking a : Mutatiecontrole.check(tabel)) {
 *     System.out.println(a);   // afrondingsverschil in 'Stand Voorjaarsnota 2023' 2023: gedrukt 586.7, …
 * }
 * }</pre>
 */
public final class Mutatiecontrole {
    private Mutatiecontrole() {
    }

    /**
     * A cell that does not add up: the row, the column, the printed value, the recomputed one.
     *
     * @param regel the row's label (with "waarvan-regels bij " for the waarvan lines of a stand)
     * @param kolom the column
     * @param gedrukt the printed value
     * @param berekend the sum of its printed parts
     * @param afronding whether the difference is within the rounding of the parts
     * @param afrondingsmarge the most the rounding of the parts explains
     */
    public record Afwijking(String regel, String kolom, BigDecimal gedrukt, BigDecimal berekend, boolean afronding,
            BigDecimal afrondingsmarge) {
        /**
         * How far the printed cell is from the recomputed one.
         *
         * @return gedrukt − berekend
         */
        public BigDecimal verschil() {
            return gedrukt.subtract(berekend);
        }

        @Override
        public String toString() {
            return (afronding ? "afrondingsverschil" : "INCONSISTENTIE") + " in '" + regel + "' " + kolom + ": gedrukt "
                    + gedrukt.toPlainString() + ", som van de delen " + berekend.toPlainString() + " (verschil "
                    + verschil().toPlainString() + "; afronding van de delen verklaart ten hoogste "
                    + afrondingsmarge.toPlainString() + ")";
        }
    }

    private record Gevonden(int rij, Afwijking afwijking) {
    }

    /**
     * Every cell that does not add up, in table order; empty when the table is consistent.
     *
     * @param t the table
     * @return the cells that do not add up
     */
    public static List<Afwijking> check(Mutatietabel t) {
        List<Mutatietabel.Rij> rijen = t.rijen();
        Mutatietabel.Opbouw o = t.opbouw();
        List<Gevonden> out = new ArrayList<>();
        for (int c = 0; c < t.kolommen().size(); c++) {
            for (Mutatietabel.Overgang g : o.overgangen()) {
                BigDecimal running = rijen.get(g.van()).at(c);
                int terms = 0;
                for (Mutatietabel.Mutatie m : g.mutaties()) {
                    running = running.add(rijen.get(m.rij()).at(c));
                    terms += rijen.get(m.rij()).waarden().get(c) == null ? 0 : 1;
                    if (!m.sub().isEmpty()) {
                        compare(t, out, m.rij(), c, sum(rijen, m.sub(), c), count(rijen, m.sub(), c), "");
                    }
                }
                compare(t, out, g.naar(), c, running, terms + 1, "");
            }
            if (!o.waarvan().isEmpty()) {
                compare(t, out, o.laatsteStand(), c, sum(rijen, o.waarvan(), c), count(rijen, o.waarvan(), c),
                        "waarvan-regels bij ");
            }
        }
        return out.stream().sorted(Comparator.comparingInt(Gevonden::rij).thenComparing(g -> g.afwijking().kolom()))
                .map(Gevonden::afwijking).toList();
    }

    private static BigDecimal sum(List<Mutatietabel.Rij> rijen, List<Integer> rows, int c) {
        BigDecimal s = BigDecimal.ZERO;
        for (int r : rows) {
            s = s.add(rijen.get(r).at(c));
        }
        return s;
    }

    private static int count(List<Mutatietabel.Rij> rijen, List<Integer> rows, int c) {
        int n = 0;
        for (int r : rows) {
            n += rijen.get(r).waarden().get(c) == null ? 0 : 1;
        }
        return n;
    }

    /** Compares a printed cell with the sum of its {@code terms} printed parts. */
    private static void compare(Mutatietabel t, List<Gevonden> out, int row, int c, BigDecimal computed, int terms,
            String prefix) {
        Mutatietabel.Rij r = t.rijen().get(row);
        BigDecimal printed = r.at(c);
        BigDecimal diff = printed.subtract(computed).abs();
        if (diff.signum() != 0) {
            BigDecimal margin = t.printUnit().multiply(BigDecimal.valueOf(terms + 1)).divide(BigDecimal.valueOf(2));
            out.add(new Gevonden(row, new Afwijking(prefix + r.label(), t.kolommen().get(c), printed, computed,
                    diff.compareTo(margin) <= 0, margin)));
        }
    }
}
