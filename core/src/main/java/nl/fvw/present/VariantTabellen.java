package nl.fvw.present;

import java.util.List;
import java.util.Map;

import javax.money.MonetaryAmount;

import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Variantvergelijking;
import nl.fvw.time.BudgetYear;

/**
 * Normering variants side by side as the terminal, Excel and JSON show them: each fund's level per
 * variant, the difference with the first, split into plafondcorrectie (price part) and beslag op het
 * uitgavenkader (the rest); for a sweep, the spread.
 *
 * <pre>{@code
 * System.out.print(VariantTabellen.text(vergelijking));
 * }</pre>
 */
public final class VariantTabellen {
    private VariantTabellen() {
    }

    /**
     * The comparison as budget tables: each fund's level per variant, then per variant the
     * difference with the first, and that difference as plafondcorrectie and beslag op het uitgavenkader.
     *
     * @param v the comparison
     * @return the tables
     */
    public static String text(Variantvergelijking v) {
        String first = v.varianten().get(0);
        List<BudgetYear> years = v.jaren();
        List<String> columns = years.stream().map(BudgetYear::toString).toList();
        StringBuilder sb = new StringBuilder("Varianten naast elkaar, stand " + v.stand() + "\n\n");
        int width = Math.max(20, v.varianten().stream().mapToInt(String::length).max().orElse(0) + 2);
        for (Fonds f : v.niveaus().get(first).keySet()) {
            // each variant's level rounded on its own: the rows are alternatives, not parts of a total
            sb.append(f.naam()).append(": niveau per variant  (bedragen in € mln)\n").append(" ".repeat(width));
            columns.forEach(c -> sb.append(Align.right(c, 12)));
            sb.append('\n');
            for (String name : v.varianten()) {
                sb.append(Align.left(name, width));
                for (BudgetYear y : years) {
                    sb.append(cel(v.niveaus().get(name).get(f).get(y)));
                }
                sb.append('\n');
            }
            sb.append("Afronding per variant: ").append(RoundingStep.MLN.name()).append(", ").append(RoundingStep.MLN.mode())
                    .append(".\n\n");
        }
        for (String name : v.varianten().subList(1, v.varianten().size())) {
            BudgetTable t = BudgetTable.of(name + " − " + first, columns, RoundingStep.MLN);
            for (Fonds f : v.niveaus().get(name).keySet()) {
                t.row(f.naam(), years.stream().map(y -> Amounts.value(v.verschil(name, f, y))).toList());
            }
            sb.append(t.render());
            BudgetTable k = BudgetTable.of(name + " − " + first + ": uitgavenkader", columns, RoundingStep.MLN);
            k.row("plafondcorrectie (prijsdeel)", years.stream().map(y -> v.gesplitst(name, y)
                    ? Amounts.value(v.plafondcorrectie(name, y)) : null).toList());
            k.row("beslag op het uitgavenkader", years.stream().map(y -> Amounts.value(v.uitgavenkader(name, y))).toList());
            sb.append(k.render());
            List<String> heel = years.stream().filter(y -> !v.gesplitst(name, y)).map(BudgetYear::toString).toList();
            if (!heel.isEmpty()) {
                sb.append("Niet in prijs- en volumedeel gesplitst (geen lpo of prijs bbp bij elke tranche): het hele verschil telt"
                        + " als beslag in ").append(String.join(", ", heel)).append(".\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Every variant's level and its difference with the scenario, per fund and year, as CSV for
     * Dutch Excel: semicolons, decimal commas, exact to the cent; then per variant and year the
     * plafondcorrectie (empty where not split) and the beslag op het uitgavenkader.
     *
     * @param v the comparison
     * @return the CSV text (without byte order mark), ending in CRLF
     */
    public static String csv(Variantvergelijking v) {
        StringBuilder sb = new StringBuilder("variant;fonds;jaar;niveau;verschil met scenario\r\n");
        for (String name : v.varianten()) {
            v.niveaus().get(name).forEach((fonds, jaren) -> jaren.forEach((jaar, niveau) -> sb.append(name).append(';')
                    .append(fonds.code()).append(';').append(jaar).append(';').append(cent(niveau)).append(';')
                    .append(cent(v.verschil(name, fonds, jaar))).append("\r\n")));
        }
        sb.append("\r\nvariant;jaar;plafondcorrectie;beslag op het uitgavenkader\r\n");
        for (String name : v.varianten().subList(1, v.varianten().size())) {
            for (BudgetYear jaar : v.jaren()) {
                sb.append(name).append(';').append(jaar).append(';')
                        .append(v.gesplitst(name, jaar) ? cent(v.plafondcorrectie(name, jaar)) : "").append(';')
                        .append(cent(v.uitgavenkader(name, jaar))).append("\r\n");
            }
        }
        return sb.toString();
    }

    /**
     * The comparison as JSON in a fixed field order: per variant, fund and year the level and the
     * difference with the first variant, and per year the plafondcorrectie and beslag op het uitgavenkader; amounts in
     * euro as exact decimal strings.
     *
     * @param v the comparison
     * @return the JSON object, pretty-printed
     */
    public static String json(Variantvergelijking v) {
        return Json.pretty(g -> {
            g.writeStartObject();
            g.writeStringField("stand", v.stand().toString());
            g.writeArrayFieldStart("varianten");
            for (String name : v.varianten()) {
                g.writeStartObject();
                g.writeStringField("naam", name);
                g.writeArrayFieldStart("niveaus");
                for (Map.Entry<Fonds, Map<BudgetYear, MonetaryAmount>> f : v.niveaus().get(name).entrySet()) {
                    for (Map.Entry<BudgetYear, MonetaryAmount> y : f.getValue().entrySet()) {
                        g.writeStartObject();
                        g.writeStringField("fonds", f.getKey().code());
                        g.writeNumberField("jaar", y.getKey().value());
                        g.writeStringField("niveau", Amounts.value(y.getValue()).toPlainString());
                        g.writeStringField("verschil", Amounts.value(v.verschil(name, f.getKey(), y.getKey())).toPlainString());
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                if (!name.equals(v.varianten().get(0))) {
                    g.writeArrayFieldStart("uitgavenkader");
                    for (BudgetYear jaar : v.jaren()) {
                        g.writeStartObject();
                        g.writeNumberField("jaar", jaar.value());
                        g.writeBooleanField("gesplitst", v.gesplitst(name, jaar));
                        if (v.gesplitst(name, jaar)) {
                            g.writeStringField("plafondcorrectie", Amounts.value(v.plafondcorrectie(name, jaar)).toPlainString());
                        }
                        g.writeStringField("beslag", Amounts.value(v.uitgavenkader(name, jaar)).toPlainString());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }) + "\n";
    }

    private static String cent(MonetaryAmount a) {
        return Amounts.value(a).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString().replace('.', ',');
    }

    /**
     * Per fund, the spread of the level per year over the variants: P0 (min), P10, P50, P90, P100 (max).
     *
     * @param v the comparison
     * @return the tables
     */
    public static String spreiding(Variantvergelijking v) {
        String first = v.varianten().get(0);
        List<BudgetYear> years = v.jaren();
        List<String> columns = years.stream().map(BudgetYear::toString).toList();
        StringBuilder sb = new StringBuilder("Spreiding over " + (v.varianten().size() - 1) + " varianten, stand " + v.stand()
                + " (percentielen: nearest rank)\n\n");
        for (Fonds f : v.niveaus().get(first).keySet()) {
            sb.append(f.naam()).append(": niveau  (bedragen in € mln)\n").append(" ".repeat(20));
            columns.forEach(c -> sb.append(Align.right(c, 12)));
            sb.append('\n');
            for (int p : Variantvergelijking.PERCENTIELEN) {
                sb.append(Align.left(p == 0 ? "min" : p == 100 ? "max" : "P" + p, 20));
                for (BudgetYear y : years) {
                    sb.append(cel(v.percentiel(f, y, p)));
                }
                sb.append('\n');
            }
            sb.append("Afronding per cel: ").append(RoundingStep.MLN.name()).append(", ").append(RoundingStep.MLN.mode())
                    .append(".\n\n");
        }
        return sb.toString();
    }

    /** One level as a table cell in € mln, rounded on its own with {@link RoundingStep#MLN}. */
    private static String cel(MonetaryAmount level) {
        return Align.right(DutchNumbers.format(RoundingStep.MLN.printed(Amounts.value(level)), 1), 12);
    }
}
