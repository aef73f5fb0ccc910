package nl.fvw.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Fondsniveau;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.present.BudgetTable;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The same inputs under several normering variants, side by side: each fund's level per year
 * at one stand, the difference of each variant with the first, and what that difference means
 * for the Rijk's spending under the uitgavenkader (the funds are Rijk spending: a higher level is
 * more beslag on the kader). The basis for the periodic evaluation of the normering.
 *
 * <pre>{@code
 * Variantvergelijking v = Variantvergelijking.vergelijk(invoer, stand, List.of(
 *         new Variantvergelijking.Variant("beleid", FvwEngine.shipped()),
 *         new Variantvergelijking.Variant("trap-op-trap-af", FvwEngine.withAnalystRules(files))));
 * System.out.print(v.render());
 * }</pre>
 */
public record Variantvergelijking(Stand stand, List<String> varianten, Map<String, Map<Fonds, Map<BudgetYear, MonetaryAmount>>> niveaus) {

    /**
     * A named rule set, and the parameters that differ from the common input (empty: none): a rule
     * variant, a parameter variant, or a point of a sweep.
     */
    public record Variant(String naam, FvwEngine engine, nl.fvw.param.ParameterSet parameters) {
        /**
         * A rule variant, with the common parameters.
         *
         * @param naam the variant's name
         * @param engine its rules
         */
        public Variant(String naam, FvwEngine engine) {
            this(naam, engine, nl.fvw.param.ParameterSet.empty());
        }

        /**
         * Checks the components.
         *
         * @param naam the variant's name
         * @param engine its rules
         * @param parameters the parameters it sets differently (empty: none)
         */
        public Variant {
            Objects.requireNonNull(naam, "naam");
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(parameters, "parameters");
        }
    }

    /**
     * Evaluates every variant on the same input and keeps each fund's level per year at {@code stand}.
     *
     * @param in the common input
     * @param stand the stand compared at
     * @param variants the variants, the reference first
     * @return the comparison
     * @throws FvwException when there are no variants or the stand is not computed
     */
    public static Variantvergelijking vergelijk(Normeringsinvoer in, Stand stand, List<Variant> variants) {
        if (variants.isEmpty()) {
            throw new FvwException("No variants to compare");
        }
        if (!in.standen().contains(stand)) {
            throw new FvwException("Variants are compared at stand " + stand + ", which is not among the stands computed "
                    + in.standen());
        }
        Map<String, Map<Fonds, Map<BudgetYear, MonetaryAmount>>> out = new LinkedHashMap<>();
        for (Variant v : variants) {
            if (out.containsKey(v.naam())) {
                throw new FvwException("Variant '" + v.naam() + "' is named twice");
            }
            NormeringResult r = v.engine().evaluate(in.metParameters(in.parameters().override(v.parameters())), false);
            Map<Fonds, Map<BudgetYear, MonetaryAmount>> perFund = new LinkedHashMap<>();
            for (Fonds f : in.fondsen().keySet()) {
                Map<BudgetYear, MonetaryAmount> levels = new LinkedHashMap<>();
                for (BudgetYear y = in.eersteJaar(); !y.isAfter(in.laatsteJaar()); y = y.next()) {
                    Fondsniveau n = r.uitkomst().niveau(f, y, stand);
                    levels.put(y, n.bedrag());
                }
                perFund.put(f, levels);
            }
            if (perFund.isEmpty()) {
                throw new FvwException("Variants compare the levels of the funds; give a fund with 'niveau_basis'");
            }
            out.put(v.naam(), perFund);
        }
        return new Variantvergelijking(stand, List.copyOf(out.keySet()), out);
    }

    /**
     * A variant's level minus the first variant's.
     *
     * @param variant the variant's name
     * @param fonds the fund
     * @param jaar the year
     * @return the difference
     */
    public MonetaryAmount verschil(String variant, Fonds fonds, BudgetYear jaar) {
        return Amounts.subtract(niveaus.get(variant).get(fonds).get(jaar), niveaus.get(varianten.get(0)).get(fonds).get(jaar));
    }

    /**
     * What a variant means for Rijk spending under the uitgavenkader: the difference of both funds' levels with the first variant.
     *
     * @param variant the variant's name
     * @param jaar the year
     * @return the beslag (positive: more spending)
     */
    public MonetaryAmount uitgavenkader(String variant, BudgetYear jaar) {
        MonetaryAmount sum = Amounts.zeroEur();
        for (Fonds f : niveaus.get(variant).keySet()) {
            sum = Amounts.add(sum, verschil(variant, f, jaar));
        }
        return sum;
    }

    /**
     * The comparison as budget tables: each fund's level per variant, then per variant the
     * difference with the first and the beslag op het uitgavenkader.
     *
     * @return the tables
     */
    public String render() {
        String first = varianten.get(0);
        List<BudgetYear> years = new ArrayList<>(niveaus.get(first).values().iterator().next().keySet());
        List<String> columns = years.stream().map(BudgetYear::toString).toList();
        StringBuilder sb = new StringBuilder("Varianten naast elkaar, stand " + stand + "\n\n");
        int width = Math.max(20, varianten.stream().mapToInt(String::length).max().orElse(0) + 2);
        for (Fonds f : niveaus.get(first).keySet()) {
            // each variant's level rounded on its own: the rows are alternatives, not parts of a total
            sb.append(f.naam()).append(": niveau per variant  (bedragen in € mln)\n").append(" ".repeat(width));
            columns.forEach(c -> sb.append(String.format("%12s", c)));
            sb.append('\n');
            for (String v : varianten) {
                sb.append(String.format("%-" + width + "s", v));
                for (BudgetYear y : years) {
                    sb.append(cel(niveaus.get(v).get(f).get(y)));
                }
                sb.append('\n');
            }
            sb.append("Afronding per variant: ").append(BudgetTable.MLN.name()).append(", ").append(BudgetTable.MLN.mode())
                    .append(".\n\n");
        }
        for (String v : varianten.subList(1, varianten.size())) {
            BudgetTable t = BudgetTable.of(v + " − " + first + " (beslag op het uitgavenkader)", columns, BudgetTable.MLN);
            for (Fonds f : niveaus.get(v).keySet()) {
                t.row(f.naam(), years.stream().map(y -> Amounts.value(verschil(v, f, y))).toList());
            }
            sb.append(t.render()).append('\n');
        }
        return sb.toString();
    }

    /**
     * Every variant's level and its difference with the scenario, per fund and year, as CSV for
     * Dutch Excel: semicolons, decimal commas, exact to the cent; the uitgavenkader row per year.
     *
     * @return the CSV text (without byte order mark), ending in CRLF
     */
    public String csv() {
        StringBuilder sb = new StringBuilder("variant;fonds;jaar;niveau;verschil met scenario\r\n");
        for (String v : varianten) {
            niveaus.get(v).forEach((fonds, jaren) -> jaren.forEach((jaar, niveau) -> sb.append(v).append(';')
                    .append(fonds.code()).append(';').append(jaar).append(';').append(cent(niveau)).append(';')
                    .append(cent(verschil(v, fonds, jaar))).append("\r\n")));
        }
        return sb.toString();
    }

    /**
     * The comparison as JSON in a fixed field order: per variant, fund and year the level and the
     * difference with the first variant, and per year the beslag op het uitgavenkader; amounts in
     * euro as exact decimal strings.
     *
     * @return the JSON object, pretty-printed
     */
    public String json() {
        return nl.fvw.present.Json.pretty(g -> {
            g.writeStartObject();
            g.writeStringField("stand", stand.toString());
            g.writeArrayFieldStart("varianten");
            for (String v : varianten) {
                g.writeStartObject();
                g.writeStringField("naam", v);
                g.writeArrayFieldStart("niveaus");
                for (Map.Entry<Fonds, Map<BudgetYear, MonetaryAmount>> f : niveaus.get(v).entrySet()) {
                    for (Map.Entry<BudgetYear, MonetaryAmount> y : f.getValue().entrySet()) {
                        g.writeStartObject();
                        g.writeStringField("fonds", f.getKey().code());
                        g.writeNumberField("jaar", y.getKey().value());
                        g.writeStringField("niveau", Amounts.value(y.getValue()).toPlainString());
                        g.writeStringField("verschil", Amounts.value(verschil(v, f.getKey(), y.getKey())).toPlainString());
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
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
     * A percentile of the level over the variants but the first (nearest rank): the spread of a sweep.
     *
     * @param fonds the fund
     * @param jaar the year
     * @param p the percentile, 0 to 100
     * @return the level at that percentile
     */
    public MonetaryAmount percentiel(Fonds fonds, BudgetYear jaar, int p) {
        return nearestRank(gesorteerd(fonds, jaar), p);
    }

    /** A fund's levels in a year over every variant but the first, smallest first. */
    private List<MonetaryAmount> gesorteerd(Fonds fonds, BudgetYear jaar) {
        if (varianten.size() < 2) {
            throw new FvwException("Percentiles need the points of a sweep or other variants besides the scenario itself");
        }
        List<MonetaryAmount> levels = new ArrayList<>();
        for (String v : varianten.subList(1, varianten.size())) {
            levels.add(niveaus.get(v).get(fonds).get(jaar));
        }
        levels.sort((x, y) -> Amounts.value(x).compareTo(Amounts.value(y)));
        return levels;
    }

    private static MonetaryAmount nearestRank(List<MonetaryAmount> sorted, int p) {
        if (p < 0 || p > 100) {
            throw new FvwException("A percentile lies between 0 and 100, not " + p);
        }
        int rank = Math.max(1, (p * sorted.size() + 99) / 100);
        return sorted.get(rank - 1);
    }

    /** The percentiles shown by {@link #renderSpreiding()}. */
    public static final List<Integer> PERCENTIELEN = List.of(0, 10, 50, 90, 100);

    /**
     * Per fund, the spread of the level per year over the variants: P0 (min), P10, P50, P90, P100 (max).
     *
     * @return the tables
     */
    public String renderSpreiding() {
        String first = varianten.get(0);
        List<BudgetYear> years = new ArrayList<>(niveaus.get(first).values().iterator().next().keySet());
        List<String> columns = years.stream().map(BudgetYear::toString).toList();
        StringBuilder sb = new StringBuilder("Spreiding over " + (varianten.size() - 1) + " varianten, stand " + stand
                + " (percentielen: nearest rank)\n\n");
        for (Fonds f : niveaus.get(first).keySet()) {
            sb.append(f.naam()).append(": niveau  (bedragen in € mln)\n").append(" ".repeat(20));
            columns.forEach(c -> sb.append(String.format("%12s", c)));
            sb.append('\n');
            List<List<MonetaryAmount>> sorted = years.stream().map(y -> gesorteerd(f, y)).toList();
            for (int p : PERCENTIELEN) {
                sb.append(String.format("%-20s", p == 0 ? "min" : p == 100 ? "max" : "P" + p));
                for (List<MonetaryAmount> levels : sorted) {
                    sb.append(cel(nearestRank(levels, p)));
                }
                sb.append('\n');
            }
            sb.append("Afronding per cel: ").append(BudgetTable.MLN.name()).append(", ").append(BudgetTable.MLN.mode())
                    .append(".\n\n");
        }
        return sb.toString();
    }

    /** One level as a table cell in € mln, rounded on its own with {@link BudgetTable#MLN}. */
    private static String cel(MonetaryAmount level) {
        return String.format("%12s", nl.fvw.present.DutchNumbers.format(BudgetTable.inMln(Amounts.value(level)), 1));
    }
}
