package nl.fvw.begroting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.fvw.FvwException;
import nl.fvw.money.RoundingStep;
import nl.fvw.money.SumPreservingRounding;
import nl.fvw.present.DutchNumbers;

/**
 * A table in the shape of a begroting: a stand, the mutations by cause that lead to the next
 * stand, that stand, and so on, then the "waarvan" lines that break the last stand down. A
 * mutation may have sub-mutations (e.g. "Technisch" with loon- en prijsbijstelling and
 * overboekingen). Values are as printed, in the table's unit; a blank cell is zero.
 *
 * <p>{@link #check()} recomputes every stand, every mutation with sub-mutations and the waarvan
 * lines, and reports each cell that does not add up. Published tables print rounded parts of
 * unrounded sums: each of the n printed parts and the printed total is off by at most half a
 * printed unit, so a difference up to (n + 1) / 2 units is reported as rounding; anything larger
 * is reported as an inconsistency in the source.
 *
 * <pre>{@code
 * Mutatietabel t = uitkomst.mutatietabel(Fonds.GEMEENTEFONDS, Stand.parse("Miljoenennota 2024"),
 *         Stand.parse("Voorjaarsnota 2024"), BudgetTable.MLN);
 * System.out.print(t.render());
 * t.check().forEach(System.out::println);   // rows that do not add up
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

    /** One row: its label, kind, and one value per column (null: blank). */
    public record Regel(String label, Soort soort, List<BigDecimal> waarden) {
        /**
         * Checks the components.
         *
         * @param label the row's label
         * @param soort what the row is
         * @param waarden one value per column (null: blank)
         */
        public Regel {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(soort, "soort");
            waarden = java.util.Collections.unmodifiableList(new ArrayList<>(waarden));
        }

        BigDecimal at(int c) {
            BigDecimal v = waarden.get(c);
            return v == null ? BigDecimal.ZERO : v;
        }
    }

    /** A cell that does not add up: the row, the column, the printed value, the recomputed one. */
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

    private final String titel;
    private final String eenheid;
    private final BigDecimal printUnit;
    private final List<String> kolommen;
    private final List<Regel> regels;

    /**
     * A table as printed.
     *
     * @param titel the table's title
     * @param eenheid the unit line ("x € 1.000")
     * @param printUnit the smallest printed step: 1 for x € 1.000, 0.1 for € mln with one decimal
     * @param kolommen the column headers
     * @param regels the rows, in table order
     */
    public Mutatietabel(String titel, String eenheid, BigDecimal printUnit, List<String> kolommen, List<Regel> regels) {
        this.titel = Objects.requireNonNull(titel, "titel");
        this.eenheid = Objects.requireNonNull(eenheid, "eenheid");
        this.printUnit = Objects.requireNonNull(printUnit, "printUnit");
        this.kolommen = List.copyOf(kolommen);
        this.regels = List.copyOf(regels);
        if (this.regels.isEmpty() || this.regels.get(0).soort() != Soort.STAND) {
            throw new FvwException(titel + ": a mutation table starts with a stand");
        }
        for (Regel r : this.regels) {
            if (r.waarden().size() != kolommen.size()) {
                throw new FvwException(titel + ": row '" + r.label() + "' has " + r.waarden().size() + " values for "
                        + kolommen.size() + " columns");
            }
        }
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
    public List<Regel> regels() {
        return regels;
    }

    /**
     * Every cell that does not add up, in table order; empty when the table is consistent.
     * A difference within the printed rounding of the cells involved is marked as rounding.
     *
     * @return the cells that do not add up
     */
    public List<Afwijking> check() {
        List<Afwijking> out = new ArrayList<>();
        for (int c = 0; c < kolommen.size(); c++) {
            BigDecimal running = null;
            Regel lastStand = null;
            Regel openMutation = null;
            BigDecimal subSum = BigDecimal.ZERO;
            int subTerms = 0;
            int standTerms = 0;
            BigDecimal waarvanSum = BigDecimal.ZERO;
            int waarvanTerms = 0;
            boolean anyWaarvan = false;
            for (Regel r : regels) {
                if (r.soort() != Soort.SUBMUTATIE && openMutation != null) {
                    compare(out, openMutation, c, subSum, subTerms, "");
                    openMutation = null;
                }
                switch (r.soort()) {
                    case STAND -> {
                        if (running != null) {
                            compare(out, r, c, running, standTerms + 1, "");
                        }
                        running = r.at(c);
                        lastStand = r;
                        standTerms = 0;
                    }
                    case MUTATIE -> {
                        running = running.add(r.at(c));
                        standTerms += r.waarden().get(c) == null ? 0 : 1;
                        if (hasSubs(r)) {
                            openMutation = r;
                            subSum = BigDecimal.ZERO;
                            subTerms = 0;
                        }
                    }
                    case SUBMUTATIE -> {
                        if (openMutation == null) {
                            throw new FvwException(titel + ": sub-mutation '" + r.label()
                                    + "' does not follow a mutation that it breaks down");
                        }
                        subSum = subSum.add(r.at(c));
                        subTerms += r.waarden().get(c) == null ? 0 : 1;
                    }
                    case WAARVAN -> {
                        waarvanSum = waarvanSum.add(r.at(c));
                        waarvanTerms += r.waarden().get(c) == null ? 0 : 1;
                        anyWaarvan = true;
                    }
                }
            }
            if (openMutation != null) {
                compare(out, openMutation, c, subSum, subTerms, "");
            }
            if (anyWaarvan) {
                compare(out, lastStand, c, waarvanSum, waarvanTerms, "waarvan-regels bij ");
            }
        }
        out.sort(java.util.Comparator.comparingInt((Afwijking a) -> rowIndex(a.regel())).thenComparing(Afwijking::kolom));
        return out;
    }

    private int rowIndex(String label) {
        for (int i = 0; i < regels.size(); i++) {
            if (label.endsWith(regels.get(i).label())) {
                return i;
            }
        }
        return -1;
    }

    private boolean hasSubs(Regel r) {
        int i = regels.indexOf(r);
        return i + 1 < regels.size() && regels.get(i + 1).soort() == Soort.SUBMUTATIE;
    }

    /** Compares a printed cell with the sum of its {@code terms} printed parts. */
    private void compare(List<Afwijking> out, Regel r, int c, BigDecimal computed, int terms, String prefix) {
        BigDecimal printed = r.at(c);
        BigDecimal diff = printed.subtract(computed).abs();
        if (diff.signum() != 0) {
            BigDecimal margin = printUnit.multiply(BigDecimal.valueOf(terms + 1)).divide(BigDecimal.valueOf(2));
            out.add(new Afwijking(prefix + r.label(), kolommen.get(c), printed, computed, diff.compareTo(margin) <= 0,
                    margin));
        }
    }

    /**
     * The table from exact values in euro, printed so that it adds up: every stand is its exact
     * value rounded by {@code step}; the mutations between two stands are rounded (largest
     * remainder) so that they add up to the printed difference of the stands; sub-mutations add
     * up to their printed mutation, and waarvan lines to the printed last stand.
     *
     * @param titel the table's title
     * @param kolommen the column headers
     * @param exact rows with exact values in euro
     * @param step a money rounding such as {@code BudgetTable.MLN}
     * @return the printed table, adding up
     */
    public static Mutatietabel fromExact(String titel, List<String> kolommen, List<Regel> exact, RoundingStep step) {
        BigDecimal quantum = step.unit().quantum();
        BigDecimal perUnit = step.unit() == nl.fvw.money.RoundingUnit.MLN_1DEC ? new BigDecimal("1000000")
                : step.unit() == nl.fvw.money.RoundingUnit.DUIZEND ? new BigDecimal("1000") : BigDecimal.ONE;
        BigDecimal[][] printed = new BigDecimal[exact.size()][kolommen.size()];
        for (int c = 0; c < kolommen.size(); c++) {
            BigDecimal previousStand = null;
            List<Integer> mutations = new ArrayList<>();
            List<Integer> waarvan = new ArrayList<>();
            Integer lastStand = null;
            for (int r = 0; r < exact.size(); r++) {
                Regel row = exact.get(r);
                if (row.soort() == Soort.STAND) {
                    BigDecimal stand = step.round(row.at(c));
                    if (previousStand != null) {
                        assign(printed, exact, mutations, c, stand.subtract(previousStand), quantum);
                    }
                    printed[r][c] = stand;
                    previousStand = stand;
                    lastStand = r;
                    mutations.clear();
                } else if (row.soort() == Soort.MUTATIE) {
                    mutations.add(r);
                } else if (row.soort() == Soort.WAARVAN) {
                    waarvan.add(r);
                }
            }
            if (!mutations.isEmpty()) {
                throw new FvwException(titel + ": mutations after the last stand have no stand to lead to");
            }
            if (!waarvan.isEmpty()) {
                assign(printed, exact, waarvan, c, printed[lastStand][c], quantum);
            }
            for (int r = 0; r < exact.size(); r++) {
                if (exact.get(r).soort() == Soort.MUTATIE) {
                    List<Integer> subs = new ArrayList<>();
                    for (int k = r + 1; k < exact.size() && exact.get(k).soort() == Soort.SUBMUTATIE; k++) {
                        subs.add(k);
                    }
                    if (!subs.isEmpty()) {
                        assign(printed, exact, subs, c, printed[r][c], quantum);
                    }
                }
            }
        }
        List<Regel> rows = new ArrayList<>();
        for (int r = 0; r < exact.size(); r++) {
            List<BigDecimal> values = new ArrayList<>();
            for (int c = 0; c < kolommen.size(); c++) {
                values.add(printed[r][c] == null ? null : printed[r][c].divide(perUnit)
                        .setScale(Math.max(0, quantum.divide(perUnit).stripTrailingZeros().scale())));
            }
            rows.add(new Regel(exact.get(r).label(), exact.get(r).soort(), values));
        }
        return new Mutatietabel(titel, step.unit().label(), quantum.divide(perUnit), kolommen, rows);
    }

    private static void assign(BigDecimal[][] printed, List<Regel> exact, List<Integer> rows, int c, BigDecimal target,
            BigDecimal quantum) {
        List<BigDecimal> parts = new ArrayList<>();
        for (int r : rows) {
            parts.add(exact.get(r).at(c));
        }
        List<BigDecimal> rounded = SumPreservingRounding.roundTo(parts, target, quantum);
        for (int i = 0; i < rows.size(); i++) {
            printed[rows.get(i)][c] = rounded.get(i);
        }
    }

    /**
     * The table as text.
     *
     * @return the table, with its title and unit
     */
    public String render() {
        int decimals = Math.max(0, printUnit.stripTrailingZeros().scale());
        int labelWidth = regels.stream().mapToInt(r -> r.label().length() + 2).max().orElse(10);
        StringBuilder sb = new StringBuilder(titel).append(" (").append(eenheid).append(")\n");
        sb.append(" ".repeat(labelWidth));
        for (String k : kolommen) {
            sb.append(String.format("%12s", k));
        }
        sb.append('\n');
        for (Regel r : regels) {
            String indent = r.soort() == Soort.SUBMUTATIE || r.soort() == Soort.WAARVAN ? "  " : "";
            sb.append(String.format("%-" + labelWidth + "s", indent + r.label()));
            for (BigDecimal v : r.waarden()) {
                sb.append(String.format("%12s", v == null ? "" : DutchNumbers.format(v.setScale(decimals,
                        java.math.RoundingMode.UNNECESSARY), decimals)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
