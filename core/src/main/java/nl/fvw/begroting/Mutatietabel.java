package nl.fvw.begroting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import nl.fvw.FvwException;
import nl.fvw.money.RoundingStep;

/**
 * A table in the shape of a begroting: a stand, the mutations by cause that lead to the next
 * stand, that stand, and so on, then the "waarvan" lines that break the last stand down. A
 * mutation may have sub-mutations (e.g. "Technisch" with loon- en prijsbijstelling and
 * overboekingen). Values are as printed, in the table's unit; a blank cell is zero. The rows are
 * read into their {@link Opbouw} once, when the table is made; {@link Mutatiecontrole} checks
 * that it adds up, {@code nl.fvw.present.MutatietabelTekst} prints it.
 *
 * <pre>{@code
 * Mutatietabel t = uitkomst.mutatietabel(Fonds.GEMEENTEFONDS, Stand.parse("Miljoenennota 2024"),
 *         Stand.parse("Voorjaarsnota 2024"), RoundingStep.MLN);
 * Mutatiecontrole.check(t).forEach(System.out::println);   // cells that do not add up
 * }</pre>
 */
public final class Mutatietabel {
    /** What a row is. */
    public enum Soort {
        /** A stand: the level as published at an ijkmoment. */
        STAND,
        /** A mutation between two stands, by cause. */
        MUTATIE,
        /** A part of the mutation above it. */
        SUBMUTATIE,
        /** A "waarvan" line: a part of the last stand. */
        WAARVAN
    }

    /** What caused a mutation, as the begroting's tables group them (normering.md §2a). */
    public enum Oorzaak {
        /** A policy decision, such as "vervroegen bbp-systematiek". */
        BESLUITVORMING,
        /** A technical mutation: bijstelling tranche, extrapolatie, loon- en prijsbijstelling, overboekingen, afrekening BCF, … */
        TECHNISCH
    }

    /**
     * One row: its label, kind, and one value per column (null: blank); for a mutation its cause,
     * for any row its own source, and whether fvw derived it from the rows around it because the
     * source does not print it.
     *
     * @param label the row's label
     * @param soort what the row is
     * @param waarden one value per column (null: blank)
     * @param oorzaak the cause of a mutation, or null
     * @param bron the row's own source, or null (the table's)
     * @param afgeleid true when fvw derived the row: a stand as the stand before plus the mutations, a
     *                 mutation as the sum of its parts or as the difference of two stands
     */
    public record Rij(String label, Soort soort, List<BigDecimal> waarden, Oorzaak oorzaak, String bron, boolean afgeleid) {
        /**
         * Checks the components.
         *
         * @param label the row's label
         * @param soort what the row is
         * @param waarden one value per column (null: blank)
         * @param oorzaak the cause of a mutation, or null
         * @param bron the row's own source, or null
         * @param afgeleid whether fvw derived the row
         */
        public Rij {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(soort, "soort");
            waarden = Collections.unmodifiableList(new ArrayList<>(waarden));
        }

        /**
         * A printed row without cause or source of its own.
         *
         * @param label the row's label
         * @param soort what the row is
         * @param waarden one value per column (null: blank)
         */
        public Rij(String label, Soort soort, List<BigDecimal> waarden) {
            this(label, soort, waarden, null, null, false);
        }

        /**
         * The value of a column, blank as zero.
         *
         * @param c the column
         * @return the value
         */
        public BigDecimal at(int c) {
            BigDecimal v = waarden.get(c);
            return v == null ? BigDecimal.ZERO : v;
        }
    }

    /**
     * A mutation row and the rows of its sub-mutations, by index.
     *
     * @param rij the mutation's row
     * @param sub the rows that break it down (empty: none)
     */
    public record Mutatie(int rij, List<Integer> sub) {
        /**
         * Copies the list.
         *
         * @param rij the mutation's row
         * @param sub the rows that break it down
         */
        public Mutatie {
            sub = List.copyOf(sub);
        }
    }

    /**
     * The step from one stand to the next through its mutations, by row index.
     *
     * @param van the row of the earlier stand
     * @param mutaties the mutations between them
     * @param naar the row of the later stand
     */
    public record Overgang(int van, List<Mutatie> mutaties, int naar) {
        /**
         * Copies the list.
         *
         * @param van the row of the earlier stand
         * @param mutaties the mutations between them
         * @param naar the row of the later stand
         */
        public Overgang {
            mutaties = List.copyOf(mutaties);
        }
    }

    /**
     * The grammar of the rows, read once: stand (mutation sub-mutation*)* stand … waarvan*.
     *
     * @param overgangen every step from a stand to the next
     * @param laatsteStand the row of the last stand
     * @param waarvan the rows that break the last stand down
     */
    public record Opbouw(List<Overgang> overgangen, int laatsteStand, List<Integer> waarvan) {
        /**
         * Copies the lists.
         *
         * @param overgangen every step from a stand to the next
         * @param laatsteStand the row of the last stand
         * @param waarvan the rows that break the last stand down
         */
        public Opbouw {
            overgangen = List.copyOf(overgangen);
            waarvan = List.copyOf(waarvan);
        }
    }

    private final String titel;
    private final String eenheid;
    private final BigDecimal printUnit;
    private final List<String> kolommen;
    private final List<Rij> rijen;
    private final Opbouw opbouw;

    /**
     * A table as printed.
     *
     * @param titel the table's title
     * @param eenheid the unit line ("x € 1.000")
     * @param printUnit the smallest printed step: 1 for x € 1.000, 0.1 for € mln with one decimal
     * @param kolommen the column headers
     * @param rijen the rows, in table order
     * @throws FvwException when the rows do not follow the grammar, or a row has too few or many values
     */
    public Mutatietabel(String titel, String eenheid, BigDecimal printUnit, List<String> kolommen, List<Rij> rijen) {
        this.titel = Objects.requireNonNull(titel, "titel");
        this.eenheid = Objects.requireNonNull(eenheid, "eenheid");
        this.printUnit = Objects.requireNonNull(printUnit, "printUnit");
        this.kolommen = List.copyOf(kolommen);
        this.rijen = List.copyOf(rijen);
        for (Rij r : this.rijen) {
            if (r.waarden().size() != kolommen.size()) {
                throw new FvwException(titel + ": row '" + r.label() + "' has " + r.waarden().size() + " values for "
                        + kolommen.size() + " columns");
            }
        }
        this.opbouw = opbouw(titel, this.rijen);
    }

    private static Opbouw opbouw(String titel, List<Rij> rijen) {
        if (rijen.isEmpty() || rijen.get(0).soort() != Soort.STAND) {
            throw new FvwException(titel + ": a mutation table starts with a stand");
        }
        List<Overgang> overgangen = new ArrayList<>();
        List<Mutatie> open = new ArrayList<>();
        List<Integer> waarvan = new ArrayList<>();
        int stand = 0;
        for (int i = 1; i < rijen.size(); i++) {
            Rij r = rijen.get(i);
            if (!waarvan.isEmpty() && r.soort() != Soort.WAARVAN) {
                throw new FvwException(titel + ": row '" + r.label() + "' follows the waarvan lines; they break down the"
                        + " last stand and close the table");
            }
            switch (r.soort()) {
                case STAND -> {
                    overgangen.add(new Overgang(stand, open, i));
                    open = new ArrayList<>();
                    stand = i;
                }
                case MUTATIE -> open.add(new Mutatie(i, subRows(rijen, i)));
                case SUBMUTATIE -> {
                    if (rijen.get(i - 1).soort() != Soort.MUTATIE && rijen.get(i - 1).soort() != Soort.SUBMUTATIE) {
                        throw new FvwException(titel + ": sub-mutation '" + r.label()
                                + "' does not follow a mutation that it breaks down");
                    }
                }
                case WAARVAN -> {
                    if (!open.isEmpty()) {
                        throw new FvwException(titel + ": mutations after the last stand have no stand to lead to");
                    }
                    waarvan.add(i);
                }
            }
        }
        if (!open.isEmpty()) {
            throw new FvwException(titel + ": mutations after the last stand have no stand to lead to");
        }
        return new Opbouw(overgangen, stand, waarvan);
    }

    private static List<Integer> subRows(List<Rij> rijen, int mutatie) {
        List<Integer> out = new ArrayList<>();
        for (int k = mutatie + 1; k < rijen.size() && rijen.get(k).soort() == Soort.SUBMUTATIE; k++) {
            out.add(k);
        }
        return out;
    }

    /**
     * The title.
     *
     * @return the table's title
     */
    public String titel() {
        return titel;
    }

    /**
     * The unit line.
     *
     * @return like "x € 1.000"
     */
    public String eenheid() {
        return eenheid;
    }

    /**
     * The smallest printed step.
     *
     * @return 1 for x € 1.000, 0.1 for € mln with one decimal
     */
    public BigDecimal printUnit() {
        return printUnit;
    }

    /**
     * The column headers.
     *
     * @return the headers
     */
    public List<String> kolommen() {
        return kolommen;
    }

    /**
     * The rows.
     *
     * @return the rows, in table order
     */
    public List<Rij> rijen() {
        return rijen;
    }

    /**
     * How the rows are built up: stands, the mutations between them, the waarvan lines.
     *
     * @return the structure
     */
    public Opbouw opbouw() {
        return opbouw;
    }

    /**
     * The table from exact values in euro, printed as the budget documents print it: every row
     * rounded on its own by {@code step} from its exact value, so that the printed mutations may
     * differ from the printed difference of the stands by an afrondingsverschil
     * ({@link Mutatiecontrole#check} names each).
     *
     * @param titel the table's title
     * @param kolommen the column headers
     * @param exact rows with exact values in euro
     * @param step a money rounding such as {@link RoundingStep#MLN}
     * @return the printed table
     */
    public static Mutatietabel fromExact(String titel, List<String> kolommen, List<Rij> exact, RoundingStep step) {
        opbouw(titel, exact); // the rows must have the table's structure
        List<Rij> rows = new ArrayList<>();
        for (Rij e : exact) {
            List<BigDecimal> values = new ArrayList<>();
            for (int c = 0; c < kolommen.size(); c++) {
                values.add(e.waarden().get(c) == null ? null : step.printed(e.waarden().get(c)));
            }
            rows.add(new Rij(e.label(), e.soort(), values, e.oorzaak(), e.bron(), e.afgeleid()));
        }
        return new Mutatietabel(titel, step.unit().label(), step.unit().quantum().divide(step.unit().printUnit()), kolommen,
                rows);
    }
}
