package nl.fvw.present;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.fvw.money.RoundingStep;
import nl.fvw.money.RoundingUnit;

/**
 * A table of euro amounts per column (usually budget years) printed the way budget tables
 * are: "(bedragen x € 1.000)" or "(bedragen in € mln)", Dutch number format, every figure rounded
 * on its own from its exact amount and the total row the rounded exact total, so that a total may
 * differ from the sum of its printed parts; the table then says so (afrondingsverschil), as the
 * Miljoenennota and Voorjaarsnota do.
 *
 * <pre>{@code
 * BudgetTable t = BudgetTable.of("Opschalingskorting", List.of("2015", "2016"), RoundingStep.MLN);
 * t.row("Gemeentefonds", List.of(new BigDecimal("60000000"), new BigDecimal("120000000")));
 * System.out.print(t.render());
 * }</pre>
 */
public final class BudgetTable {
    /** The cell of a row without a figure in that column. */
    public static final String GEEN = "—";

    private final String title;
    private final List<String> columns;
    private final RoundingStep step;
    private final Map<String, List<BigDecimal>> rows = new LinkedHashMap<>();

    private BudgetTable(String title, List<String> columns, RoundingStep step) {
        this.title = Objects.requireNonNull(title, "title");
        this.columns = List.copyOf(columns);
        this.step = Objects.requireNonNull(step, "step");
    }

    /**
     * An empty table.
     *
     * @param title the table's title
     * @param columns the column headers (years)
     * @param step the rounding of the printed cells, such as {@link RoundingStep#MLN}
     * @return the table
     */
    public static BudgetTable of(String title, List<String> columns, RoundingStep step) {
        return new BudgetTable(title, columns, step);
    }

    /**
     * Adds a row.
     *
     * @param label the row's label
     * @param euros one exact value in euro per column; null where the row has no figure (printed "—")
     * @return this table
     */
    public BudgetTable row(String label, List<BigDecimal> euros) {
        if (euros.size() != columns.size()) {
            throw new IllegalArgumentException("Row '" + label + "' has " + euros.size() + " values for "
                    + columns.size() + " columns");
        }
        if (rows.putIfAbsent(label, Collections.unmodifiableList(new ArrayList<>(euros))) != null) {
            throw new IllegalArgumentException("Row '" + label + "' appears twice");
        }
        return this;
    }

    /**
     * Adds a row from a series whose years are the columns.
     *
     * @param label the row's label
     * @param series the amounts
     * @return this table
     */
    public BudgetTable row(String label, nl.fvw.time.YearSeries series) {
        List<BigDecimal> euros = new java.util.ArrayList<>();
        for (String column : columns) {
            euros.add(nl.fvw.money.Amounts.value(series.get(nl.fvw.time.BudgetYear.parse(column))));
        }
        if (series.asMap().size() != columns.size()) {
            throw new IllegalArgumentException("Row '" + label + "' covers " + series.firstYear() + "-" + series.lastYear()
                    + " but the table has columns " + columns);
        }
        return row(label, euros);
    }

    /**
     * The unit line, "(bedragen in € mln)".
     *
     * @return the unit as printed
     */
    public String unitLabel() {
        return step.unit().equals(RoundingUnit.DUIZEND) ? "(bedragen x € 1.000)" : "(bedragen in € mln)";
    }

    /**
     * The printed cells: each figure rounded on its own, and a total row that is the rounded exact total.
     *
     * @return rows of cells, the total last
     */
    public List<List<String>> printedCells() {
        int decimals = step.unit().printDecimals();
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r <= rows.size(); r++) {
            out.add(new ArrayList<>());
        }
        List<List<BigDecimal>> values = new ArrayList<>(rows.values());
        for (int c = 0; c < columns.size(); c++) {
            BigDecimal total = null;
            for (int r = 0; r < values.size(); r++) {
                BigDecimal v = values.get(r).get(c);
                out.get(r).add(v == null ? GEEN : cell(v, decimals));
                total = v == null ? total : total == null ? v : total.add(v);
            }
            out.get(values.size()).add(total == null ? GEEN : cell(total, decimals));
        }
        return out;
    }

    /**
     * The columns in which the printed parts do not add up to the printed total (each rounded on its own).
     *
     * @return the column headers, in table order
     */
    public List<String> afrondingsverschillen() {
        List<String> out = new ArrayList<>();
        List<List<BigDecimal>> values = new ArrayList<>(rows.values());
        for (int c = 0; c < columns.size(); c++) {
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal printedSum = BigDecimal.ZERO;
            boolean any = false;
            for (List<BigDecimal> row : values) {
                if (row.get(c) != null) {
                    total = total.add(row.get(c));
                    printedSum = printedSum.add(step.round(row.get(c)));
                    any = true;
                }
            }
            if (any && printedSum.compareTo(step.round(total)) != 0) {
                out.add(columns.get(c));
            }
        }
        return out;
    }

    private String cell(BigDecimal euro, int decimals) {
        return DutchNumbers.format(step.printed(euro), decimals);
    }

    /**
     * The table as text, with its unit and its rounding named.
     *
     * @return the table
     */
    public String render() {
        List<List<String>> cells = printedCells();
        List<String> labels = new ArrayList<>(rows.keySet());
        labels.add("Totaal");
        int labelWidth = Math.max(title.length(), labels.stream().mapToInt(String::length).max().orElse(0));
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
            for (List<String> row : cells) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(title).append("  ").append(unitLabel()).append('\n');
        sb.append(Align.left("", labelWidth));
        for (int c = 0; c < columns.size(); c++) {
            sb.append("  ").append(Align.right(columns.get(c), widths[c]));
        }
        sb.append('\n');
        for (int r = 0; r < labels.size(); r++) {
            sb.append(Align.left(labels.get(r), labelWidth));
            for (int c = 0; c < columns.size(); c++) {
                sb.append("  ").append(Align.right(cells.get(r).get(c), widths[c]));
            }
            sb.append('\n');
        }
        sb.append("Afronding: elk cijfer op zich, ").append(step.name()).append(", ").append(step.mode()).append(" (")
                .append(step.source()).append("); het totaal is het afgeronde exacte totaal.\n");
        List<String> verschil = afrondingsverschillen();
        if (!verschil.isEmpty()) {
            sb.append("Afrondingsverschil: in ").append(String.join(", ", verschil))
                    .append(" tellen de afgeronde regels niet precies op tot het afgeronde totaal.\n");
        }
        return sb.toString();
    }
}
