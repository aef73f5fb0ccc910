package nl.fvw.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import nl.fvw.gemeentefonds.Gemeente;
import nl.fvw.gemeentefonds.Specificatie;
import nl.fvw.gemeentefonds.Verdelingsuitkomst;
import nl.fvw.present.DutchNumbers;
import nl.fvw.present.Html;

/**
 * The algemene uitkering of every gemeente as the terminal, CSV, xlsx and HTML show it: one row per
 * gemeente (code, naam, provincie, one column per cluster, the algemene uitkering, the integratie-
 * and decentralisatie-uitkeringen) and a last row Totaal. Every amount is rounded on its own to the
 * cent (HALF_UP) from the exact amount; the algemene uitkering is the amount paid, and its Totaal the
 * sum of the gemeenten's, so a row's clusters may differ by a cent from its total (afrondingsverschil).
 */
final class Verdelingsrapport {
    static final String AU = "algemene uitkering";
    static final String IU_DU = "integratie- en decentralisatie-uitkeringen";

    private Verdelingsrapport() {
    }

    /** The header: code, naam, provincie, the clusters, the algemene uitkering, the IU/DU. */
    static List<String> kolommen(Verdelingsuitkomst v) {
        List<String> out = new ArrayList<>(List.of("code", "naam", "provincie"));
        out.addAll(v.circulaire().clusters());
        out.add(AU);
        out.add(IU_DU);
        return out;
    }

    /** The rows under the header, the last one Totaal; text cells are strings, amounts BigDecimal to the cent. */
    static List<List<Object>> rijen(Verdelingsuitkomst v) {
        List<List<Object>> out = new ArrayList<>();
        for (Specificatie s : v.specificaties()) {
            Gemeente g = s.gemeente();
            List<Object> rij = new ArrayList<>(List.of(g.code(), g.naam(), g.provincie()));
            s.perCluster().forEach(x -> rij.add(cent(x)));
            rij.add(s.bedrag());
            rij.add(cent(s.iuDu()));
            out.add(rij);
        }
        List<Object> totaal = new ArrayList<>(List.of("Totaal", "", ""));
        v.totaalPerCluster().forEach(x -> totaal.add(cent(x)));
        totaal.add(v.totaal());
        totaal.add(cent(v.totaalIuDu()));
        out.add(totaal);
        return out;
    }

    static BigDecimal cent(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP);
    }

    /** Semicolon-separated, decimal comma, UTF-8 with BOM: opens directly in Dutch Excel. */
    static String csv(Verdelingsuitkomst v) {
        StringBuilder sb = new StringBuilder("\uFEFF").append(String.join(";", kolommen(v))).append("\r\n");
        for (List<Object> rij : rijen(v)) {
            List<String> cellen = new ArrayList<>();
            for (Object c : rij) {
                cellen.add(c instanceof BigDecimal b ? b.toPlainString().replace('.', ',') : String.valueOf(c));
            }
            sb.append(String.join(";", cellen)).append("\r\n");
        }
        return sb.toString();
    }

    /** A group of gemeenten: how many, their inwoners, their algemene uitkering and per cluster (exact). */
    record Groep(String naam, int gemeenten, BigDecimal inwoners, BigDecimal au, List<BigDecimal> perCluster) {
        BigDecimal perInwoner(BigDecimal bedrag) {
            return bedrag.divide(inwoners, 2, RoundingMode.HALF_UP);
        }
    }

    /** The gemeenten by provincie or size class, in the group order given. */
    static List<Groep> groepen(Verdelingsuitkomst v, Function<Gemeente, String> groep, Comparator<String> volgorde) {
        Map<String, List<Specificatie>> per = new TreeMap<>(volgorde);
        for (Specificatie s : v.specificaties()) {
            per.computeIfAbsent(groep.apply(s.gemeente()), k -> new ArrayList<>()).add(s);
        }
        List<Groep> out = new ArrayList<>();
        per.forEach((naam, ss) -> {
            List<BigDecimal> clusters = new ArrayList<>();
            for (int c = 0; c < v.circulaire().clusters().size(); c++) {
                int cl = c;
                clusters.add(ss.stream().map(s -> s.perCluster().get(cl)).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            out.add(new Groep(naam, ss.size(), ss.stream().map(s -> s.gemeente().inwoners()).reduce(BigDecimal.ZERO,
                    BigDecimal::add), ss.stream().map(Specificatie::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add), clusters));
        });
        return out;
    }

    /** Size classes from small to large: by the first number in the class's name, "minder dan" first. */
    static final Comparator<String> GROOTTE = Comparator.comparing(Verdelingsrapport::ondergrens).thenComparing(
            Comparator.naturalOrder());

    private static long ondergrens(String klasse) {
        if (klasse.startsWith("minder")) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\d.]+").matcher(klasse);
        return m.find() ? Long.parseLong(m.group().replace(".", "")) : Long.MAX_VALUE;
    }

    /** The terminal report: totals, the choices, and the gemeenten by provincie and by size class. */
    static String samenvatting(Verdelingsuitkomst v) {
        StringBuilder sb = new StringBuilder();
        var c = v.circulaire();
        BigDecimal inwoners = v.specificaties().stream().map(s -> s.gemeente().inwoners()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        sb.append("Algemene uitkering ").append(c.uitkeringsjaar()).append(" per gemeente, ").append(c.naam()).append(" (")
                .append(c.code()).append("): ").append(c.gemeenten().size()).append(" gemeenten, ")
                .append(DutchNumbers.format(inwoners.setScale(0, RoundingMode.HALF_UP), 0)).append(" inwoners\n");
        sb.append("uitkeringsfactor ").append(DutchNumbers.format(v.uitkeringsfactor(), v.uitkeringsfactor().scale()))
                .append(" (gepubliceerd, ").append(c.bron()).append(")\n");
        sb.append("keuzes: ").append(v.keuzes().vasteBedragen()).append(";\n        ").append(v.keuzes().overigeEigenMiddelen())
                .append("\n\n");
        BigDecimal ufMaalBasis = v.uitkeringsfactor().multiply(v.totaalBasis());
        regel(sb, "onderdeel A (inkomstenmaatstaven, zonder uitkeringsfactor)", v.totaalA());
        regel(sb, "uitkeringsbasis (onderdeel B)", v.totaalBasis());
        regel(sb, "uitkeringsfactor × uitkeringsbasis", ufMaalBasis);
        if (v.totaalBuitenFactor().signum() != 0) {
            regel(sb, "buiten de uitkeringsfactor (keuze)", v.totaalBuitenFactor());
        }
        regel(sb, AU + " (Σ van de gemeenten, elk op de cent)", v.totaal());
        regel(sb, IU_DU, v.totaalIuDu());
        if (cent(v.totaalA()).add(cent(ufMaalBasis)).add(cent(v.totaalBuitenFactor())).compareTo(v.totaal()) != 0) {
            sb.append("afrondingsverschil: elk bedrag is op zichzelf afgerond; de algemene uitkering is de som van de op de"
                    + " cent betaalde bedragen per gemeente\n");
        }
        groepTabel(sb, "Per provincie", groepen(v, Gemeente::provincie, Comparator.naturalOrder()));
        groepTabel(sb, "Per grootteklasse", groepen(v, Gemeente::grootteklasse, GROOTTE));
        sb.append("\nAlle gemeenten per cluster: --format csv, xlsx of html; de specificatie van één gemeente: fvw explain"
                + " SCENARIO \"algemene uitkering <gemeente> ").append(c.uitkeringsjaar()).append("\"\n");
        return sb.toString();
    }

    private static void regel(StringBuilder sb, String wat, BigDecimal bedrag) {
        sb.append(String.format("%-62s € %22s%n", wat, DutchNumbers.format(cent(bedrag), 2)));
    }

    private static void groepTabel(StringBuilder sb, String titel, List<Groep> groepen) {
        sb.append('\n').append(titel).append('\n');
        sb.append(String.format("%-32s %10s %14s %20s %12s%n", "", "gemeenten", "inwoners", AU + " (€ mln)", "€ per inw."));
        for (Groep g : groepen) {
            sb.append(String.format("%-32s %10d %14s %20s %12s%n", g.naam(), g.gemeenten(),
                    DutchNumbers.format(g.inwoners().setScale(0, RoundingMode.HALF_UP), 0),
                    DutchNumbers.format(g.au().movePointLeft(6).setScale(1, RoundingMode.HALF_UP), 1),
                    DutchNumbers.format(g.perInwoner(g.au()), 2)));
        }
    }

    /**
     * The HTML section: the totals, a chart of the algemene uitkering per inwoner per cluster for each size
     * class (gemeenteklassen-2025), the same by provincie as a table, and every gemeente's row.
     */
    static void html(StringBuilder sb, Verdelingsuitkomst v) {
        var c = v.circulaire();
        sb.append("<h2>Algemene uitkering ").append(c.uitkeringsjaar()).append(" per gemeente</h2>\n<p>")
                .append(Html.escape(c.naam() + " (" + c.code() + "), uitkeringsfactor "
                        + DutchNumbers.format(v.uitkeringsfactor(), v.uitkeringsfactor().scale()) + "; "
                        + v.keuzes().vasteBedragen() + "; " + v.keuzes().overigeEigenMiddelen()))
                .append(". Bedragen in euro, elk op zichzelf afgerond op de cent.</p>\n<table id=\"au-totalen\">\n");
        totaalRij(sb, "onderdeel A (inkomstenmaatstaven, zonder uitkeringsfactor)", v.totaalA());
        totaalRij(sb, "uitkeringsbasis (onderdeel B)", v.totaalBasis());
        totaalRij(sb, "uitkeringsfactor × uitkeringsbasis", v.uitkeringsfactor().multiply(v.totaalBasis()));
        totaalRij(sb, AU + " (Σ van de gemeenten)", v.totaal());
        totaalRij(sb, IU_DU, v.totaalIuDu());
        sb.append("</table>\n");
        List<Groep> klassen = groepen(v, Gemeente::grootteklasse, GROOTTE);
        List<Grafiek.Reeks> reeksen = new ArrayList<>();
        for (int cl = 0; cl < c.clusters().size(); cl++) {
            int i = cl;
            reeksen.add(new Grafiek.Reeks(c.clusters().get(cl), klassen.stream().map(g -> g.perInwoner(g.perCluster().get(i)))
                    .toList()));
        }
        sb.append(Grafiek.gestapeld("au-per-inwoner", "Algemene uitkering per inwoner, per cluster, naar grootteklasse",
                "€ per inwoner", klassen.stream().map(Groep::naam).toList(), reeksen));
        groepHtml(sb, "au-grootteklassen", "grootteklasse", klassen, c.clusters());
        groepHtml(sb, "au-provincies", "provincie", groepen(v, Gemeente::provincie, Comparator.naturalOrder()), c.clusters());
        sb.append("<h3>Alle gemeenten</h3>\n<table id=\"au-gemeenten\">\n<tr>");
        kolommen(v).forEach(k -> sb.append("<th>").append(Html.escape(k)).append("</th>"));
        sb.append("</tr>\n");
        for (List<Object> rij : rijen(v)) {
            sb.append("<tr>");
            rij.forEach(x -> sb.append("<td>").append(x instanceof BigDecimal b ? DutchNumbers.format(b, 2)
                    : Html.escape(String.valueOf(x))).append("</td>"));
            sb.append("</tr>\n");
        }
        sb.append("</table>\n<p>Afrondingsverschil: elk bedrag is op zichzelf op de cent afgerond; de clusters van een"
                + " gemeente kunnen daardoor een cent van haar algemene uitkering verschillen.</p>\n");
    }

    private static void totaalRij(StringBuilder sb, String wat, BigDecimal bedrag) {
        sb.append("<tr><td>").append(Html.escape(wat)).append("</td><td>€ ").append(DutchNumbers.format(cent(bedrag), 2))
                .append("</td></tr>\n");
    }

    private static void groepHtml(StringBuilder sb, String id, String wat, List<Groep> groepen, List<String> clusters) {
        sb.append("<h3>Per ").append(wat).append(", € per inwoner</h3>\n<table id=\"").append(id).append("\">\n<tr><th>")
                .append(wat).append("</th><th>gemeenten</th><th>inwoners</th>");
        clusters.forEach(k -> sb.append("<th>").append(Html.escape(k)).append("</th>"));
        sb.append("<th>").append(AU).append("</th></tr>\n");
        for (Groep g : groepen) {
            sb.append("<tr><td>").append(Html.escape(g.naam())).append("</td><td>").append(g.gemeenten()).append("</td><td>")
                    .append(DutchNumbers.format(g.inwoners().setScale(0, RoundingMode.HALF_UP), 0)).append("</td>");
            g.perCluster().forEach(x -> sb.append("<td>").append(DutchNumbers.format(g.perInwoner(x), 2)).append("</td>"));
            sb.append("<td>").append(DutchNumbers.format(g.perInwoner(g.au()), 2)).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }
}
