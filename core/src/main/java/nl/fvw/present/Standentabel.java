package nl.fvw.present;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.fvw.explain.FigureName;
import nl.fvw.explain.Figuur;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;
import nl.fvw.normering.Bedrag;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.normering.Tranche;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The table analysts read: one figure kind of one fund, the stands as rows in publication order,
 * the years as columns, "—" where a stand has no figure for a year (never 0,0). Every figure is
 * rounded on its own from its exact amount, as the budget documents print it; there is no total.
 * Also a stand's tranches over the years, where a tranche counts differently in a later year than in
 * its own (the Miljoenennota 2023 bijlage's table of the tranche 2023).
 *
 * <pre>{@code
 * System.out.print(Standentabel.text(uitkomst, Fonds.GEMEENTEFONDS, "tranche", jaren));
 * }</pre>
 */
public final class Standentabel {
    private static final RoundingStep STEP = RoundingStep.MLN;

    private Standentabel() {
    }

    /**
     * One figure kind of one fund over the stands and years.
     *
     * @param u the outcome
     * @param f the fund
     * @param grootheid tranche, cumulatief, niveau, korting, afrekening, bcf-ruimte, …
     * @param jaren the columns
     * @return the table, or "" when no stand has such a figure
     */
    public static String text(Normeringsuitkomst u, Fonds f, String grootheid, List<BudgetYear> jaren) {
        Map<Stand, Map<BudgetYear, Bedrag>> perStand = perStand(u, f, grootheid);
        if (perStand.isEmpty()) {
            return "";
        }
        List<String> labels = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        perStand.forEach((stand, figuren) -> {
            labels.add(stand.toString());
            List<String> row = new ArrayList<>();
            for (BudgetYear y : jaren) {
                Bedrag b = figuren.get(y);
                row.add(b == null ? BudgetTable.GEEN : cel(b));
            }
            cells.add(row);
        });
        return render(f.naam() + ": " + grootheid + " per stand", labels, jaren, cells);
    }

    /**
     * The bijstellingen of one figure kind of one fund: per stand and year the figure less the
     * figure of that year at the last earlier stand that has one, rounded on its own from the exact
     * difference; "—" where either has none; "" when no year has two stands.
     *
     * @param u the outcome
     * @param f the fund
     * @param grootheid tranche, cumulatief, niveau, korting, …
     * @param jaren the columns
     * @return the table, or ""
     */
    public static String bijstellingen(Normeringsuitkomst u, Fonds f, String grootheid, List<BudgetYear> jaren) {
        Map<Stand, Map<BudgetYear, Bedrag>> perStand = perStand(u, f, grootheid);
        Map<BudgetYear, Bedrag> vorige = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        for (Map.Entry<Stand, Map<BudgetYear, Bedrag>> e : perStand.entrySet()) {
            List<String> row = new ArrayList<>();
            boolean any = false;
            for (BudgetYear y : jaren) {
                Bedrag nu = e.getValue().get(y);
                Bedrag eerder = vorige.get(y);
                if (nu == null || eerder == null) {
                    row.add(BudgetTable.GEEN);
                } else {
                    row.add(fmt(Amounts.value(nu.bedrag()).subtract(Amounts.value(eerder.bedrag()))));
                    any = true;
                }
            }
            vorige.putAll(e.getValue());
            if (any) {
                labels.add(e.getKey().toString());
                cells.add(row);
            }
        }
        if (labels.isEmpty()) {
            return "";
        }
        return render(f.naam() + ": " + grootheid + ", bijstelling ten opzichte van de vorige stand met een cijfer voor het"
                + " jaar", labels, jaren, cells);
    }

    /** The figures of one kind of one fund, per stand in publication order. */
    private static Map<Stand, Map<BudgetYear, Bedrag>> perStand(Normeringsuitkomst u, Fonds f, String grootheid) {
        Map<Stand, Map<BudgetYear, Bedrag>> perStand = new TreeMap<>();
        for (Figuur x : u.figuren()) {
            FigureName n = x.name();
            if (x instanceof Bedrag b && n.grootheid().equals(grootheid) && f.code().equals(n.fonds()) && n.stand() != null) {
                perStand.computeIfAbsent(n.stand(), s -> new LinkedHashMap<>()).put(n.jaar(), b);
            }
        }
        return perStand;
    }

    /**
     * A stand's tranches over the years: per tranche year its own amount, then what it counts for in
     * every later year; "" when every tranche of the stand counts for its own amount throughout.
     *
     * @param u the outcome
     * @param f the fund
     * @param s the stand
     * @param jaren the columns
     * @return the table, or ""
     */
    public static String tranchesOverDeJaren(Normeringsuitkomst u, Fonds f, Stand s, List<BudgetYear> jaren) {
        List<Tranche> tranches = u.tranches().stream().filter(t -> t.fonds() == f && t.stand().equals(s)).toList();
        boolean profiel = u.figuren().stream().anyMatch(x -> f.code().equals(x.name().fonds()) && s.equals(x.name().stand())
                && x.name().grootheid().matches("tranche \\d{4} in"));
        if (!profiel) {
            return "";
        }
        BudgetYear tot = tranches.stream().map(Tranche::jaar).max(BudgetYear::compareTo).orElseThrow();
        List<String> labels = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        for (Tranche t : tranches) {
            labels.add("tranche " + t.jaar());
            // after the stand's own years, as far as a year of the tranche is a figure of its own (a printed profile)
            String g = "tranche " + t.jaar() + " in";
            BudgetYear laatste = u.figuren().stream().filter(x -> f.code().equals(x.name().fonds()) && s.equals(x.name().stand())
                    && x.name().grootheid().equals(g)).map(x -> x.name().jaar()).max(BudgetYear::compareTo).orElse(tot);
            BudgetYear tot2 = laatste.isAfter(tot) ? laatste : tot;
            List<String> row = new ArrayList<>();
            for (BudgetYear y : jaren) {
                row.add(y.isBefore(t.jaar()) || y.isAfter(tot2) ? BudgetTable.GEEN
                        : fmt(Amounts.value(u.trancheIn(f, t.jaar(), y, s))));
            }
            cells.add(row);
        }
        return render(f.naam() + ": tranches over de jaren, stand " + s, labels, jaren, cells);
    }

    /**
     * What changed between two stands in one figure kind of one fund: the figure at each stand and
     * the bijstelling (the later less the earlier), per year; "—" where either stand has no figure,
     * and only the years in which one of the two has.
     *
     * @param u the outcome
     * @param f the fund
     * @param grootheid tranche, cumulatief, niveau, korting, …
     * @param van the earlier stand
     * @param naar the later stand
     * @param jaren the columns to choose from
     * @return the table, or "" when neither stand has such a figure
     */
    public static String bijstelling(Normeringsuitkomst u, Fonds f, String grootheid, Stand van, Stand naar,
            List<BudgetYear> jaren) {
        Map<BudgetYear, Bedrag> a = figuren(u, f, grootheid, van);
        Map<BudgetYear, Bedrag> b = figuren(u, f, grootheid, naar);
        if (a.isEmpty() && b.isEmpty()) {
            return "";
        }
        List<BudgetYear> kolommen = jaren.stream().filter(y -> a.containsKey(y) || b.containsKey(y)).toList();
        if (kolommen.isEmpty()) {
            return "";
        }
        List<List<String>> cells = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (BudgetYear y : kolommen) {
            Bedrag x = a.get(y);
            Bedrag z = b.get(y);
            cells.get(0).add(x == null ? BudgetTable.GEEN : cel(x));
            cells.get(1).add(z == null ? BudgetTable.GEEN : cel(z));
            cells.get(2).add(x == null || z == null ? BudgetTable.GEEN
                    : fmt(Amounts.value(z.bedrag()).subtract(Amounts.value(x.bedrag()))));
        }
        return render(f.naam() + ": " + grootheid + ", bijstelling van " + van + " naar " + naar,
                List.of(van.toString(), naar.toString(), "bijstelling"), kolommen, cells);
    }

    private static Map<BudgetYear, Bedrag> figuren(Normeringsuitkomst u, Fonds f, String grootheid, Stand s) {
        return perStand(u, f, grootheid).getOrDefault(s, Map.of());
    }

    private static String cel(Bedrag b) {
        return fmt(Amounts.value(b.bedrag()));
    }

    private static String fmt(java.math.BigDecimal euro) {
        return DutchNumbers.format(STEP.printed(euro), STEP.unit().printDecimals());
    }

    private static String render(String titel, List<String> labels, List<BudgetYear> jaren, List<List<String>> cells) {
        int labelWidth = Math.max(8, labels.stream().mapToInt(String::length).max().orElse(0));
        int[] widths = new int[jaren.size()];
        for (int c = 0; c < jaren.size(); c++) {
            widths[c] = 4;
            for (List<String> row : cells) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder(titel).append("  (bedragen in € mln)\n").append(" ".repeat(labelWidth));
        for (int c = 0; c < jaren.size(); c++) {
            sb.append("  ").append(Align.right(jaren.get(c).toString(), widths[c]));
        }
        sb.append('\n');
        for (int r = 0; r < labels.size(); r++) {
            sb.append(labels.get(r)).append(" ".repeat(labelWidth - labels.get(r).length()));
            for (int c = 0; c < jaren.size(); c++) {
                sb.append("  ").append(Align.right(cells.get(r).get(c), widths[c]));
            }
            sb.append('\n');
        }
        sb.append("Afronding: elk cijfer op zich, ").append(STEP.name()).append(", ").append(STEP.mode()).append(" (")
                .append(STEP.source()).append("); ").append(BudgetTable.GEEN).append(": geen cijfer op die stand.\n");
        return sb.toString();
    }
}
