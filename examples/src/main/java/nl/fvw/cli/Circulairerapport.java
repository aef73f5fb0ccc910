package nl.fvw.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import nl.fvw.gemeentefonds.Circulaire;
import nl.fvw.gemeentefonds.Circulairevergelijking;
import nl.fvw.gemeentefonds.Gemeente;
import nl.fvw.present.DutchNumbers;
import nl.fvw.present.Html;
import nl.fvw.present.Json;

/**
 * Two circulaires side by side, as {@code fvw compare} shows them: per gemeente the change of its
 * algemene uitkering in euro and per inwoner, split into the effect of the volumes, the bedragen per
 * eenheid and the uitkeringsfactor; summaries by provincie and size class. Every amount is rounded on
 * its own to the cent from the exact amount; the change is the difference of the amounts paid, so it may
 * differ by a cent from the sum of its printed effects (afrondingsverschil).
 */
final class Circulairerapport {
    private static final List<String> KOLOMMEN = List.of("code", "naam", "provincie", "grootteklasse", "inwoners",
            "algemene uitkering van", "algemene uitkering naar", "verschil", "verschil per inwoner", "effect volumes",
            "effect bedragen per eenheid", "effect uitkeringsfactor", "IU/DU van", "IU/DU naar");

    private Circulairerapport() {
    }

    private static String titel(Circulairevergelijking v) {
        Circulaire van = v.van().circulaire();
        Circulaire naar = v.naar().circulaire();
        return "Algemene uitkering " + naar.uitkeringsjaar() + ": " + van.naam() + " (" + van.code() + ", uitkeringsfactor "
                + nl(van.uitkeringsfactor()) + ") → " + naar.naam() + " (" + naar.code() + ", uitkeringsfactor "
                + nl(naar.uitkeringsfactor()) + ")";
    }

    private static String nl(BigDecimal v) {
        return DutchNumbers.format(v, Math.max(0, v.scale()));
    }

    private static String euro(BigDecimal v) {
        return DutchNumbers.format(v.setScale(2, RoundingMode.HALF_UP), 2);
    }

    private static BigDecimal perInwoner(BigDecimal v, BigDecimal inwoners) {
        return v.divide(inwoners, 2, RoundingMode.HALF_UP);
    }

    /** Every gemeente's row, then Totaal: text cells as strings, amounts as BigDecimal rounded to the cent. */
    static List<List<Object>> rijen(Circulairevergelijking v) {
        List<List<Object>> out = new ArrayList<>();
        BigDecimal[] som = new BigDecimal[9];
        java.util.Arrays.fill(som, BigDecimal.ZERO);
        for (Circulairevergelijking.Verschil d : v.verschillen()) {
            Gemeente g = d.gemeente();
            BigDecimal[] w = {g.inwoners(), d.auVan(), d.auNaar(), d.au(), null, d.volume(), d.bedragen(), d.factor(),
                d.iuDuVan(), d.iuDuNaar()};
            List<Object> rij = new ArrayList<>(List.of(g.code(), g.naam(), g.provincie(), g.grootteklasse(), g.inwoners()));
            rij.add(d.auVan());
            rij.add(d.auNaar());
            rij.add(d.au());
            rij.add(perInwoner(d.au(), g.inwoners()));
            rij.add(Verdelingsrapport.cent(d.volume()));
            rij.add(Verdelingsrapport.cent(d.bedragen()));
            rij.add(Verdelingsrapport.cent(d.factor()));
            rij.add(Verdelingsrapport.cent(d.iuDuVan()));
            rij.add(Verdelingsrapport.cent(d.iuDuNaar()));
            out.add(rij);
            int i = 0;
            for (BigDecimal x : w) {
                if (x != null) {
                    som[i] = som[i].add(x);
                    i++;
                }
            }
        }
        List<Object> totaal = new ArrayList<>(List.of("Totaal", "", "", "", som[0], som[1], som[2], som[3],
                perInwoner(som[3], som[0])));
        for (int i = 4; i < 9; i++) {
            totaal.add(Verdelingsrapport.cent(som[i]));
        }
        out.add(totaal);
        return out;
    }

    /** Semicolon-separated, decimal comma, UTF-8 with BOM: opens directly in Dutch Excel. */
    static String csv(Circulairevergelijking v) {
        StringBuilder sb = new StringBuilder("\uFEFF").append(String.join(";", KOLOMMEN)).append("\r\n");
        for (List<Object> rij : rijen(v)) {
            List<String> cellen = new ArrayList<>();
            rij.forEach(c -> cellen.add(c instanceof BigDecimal b ? b.toPlainString().replace('.', ',') : String.valueOf(c)));
            sb.append(String.join(";", cellen)).append("\r\n");
        }
        return sb.toString();
    }

    /** The terminal report: totals, the groups, and the ten largest changes per inwoner either way. */
    static String text(Circulairevergelijking v) {
        StringBuilder sb = new StringBuilder(titel(v)).append("\n\n");
        List<Object> totaal = rijen(v).get(v.verschillen().size());
        sb.append(String.format("%-40s € %20s%n", "verschil algemene uitkering", euro((BigDecimal) totaal.get(7))));
        sb.append(String.format("%-40s € %20s%n", "  waarvan effect volumes", euro((BigDecimal) totaal.get(9))));
        sb.append(String.format("%-40s € %20s%n", "  waarvan effect bedragen per eenheid", euro((BigDecimal) totaal.get(10))));
        sb.append(String.format("%-40s € %20s%n", "  waarvan effect uitkeringsfactor", euro((BigDecimal) totaal.get(11))));
        sb.append("De drie effecten tellen exact op tot het exacte verschil; het verschil is dat van de op de cent betaalde"
                + " bedragen (afrondingsverschil hooguit een cent per gemeente). Volgorde: eerst de volumes, dan de bedragen"
                + " per eenheid, dan de uitkeringsfactor.\n");
        groepen(sb, "Per provincie (€ per inwoner)", v.perGroep(Gemeente::provincie));
        List<Circulairevergelijking.Groep> klassen = new ArrayList<>(v.perGroep(Gemeente::grootteklasse));
        klassen.sort(Comparator.comparing(Circulairevergelijking.Groep::naam, Verdelingsrapport.GROOTTE));
        groepen(sb, "Per grootteklasse (€ per inwoner)", klassen);
        List<Circulairevergelijking.Verschil> perInw = new ArrayList<>(v.verschillen());
        Function<Circulairevergelijking.Verschil, BigDecimal> per = d -> perInwoner(d.au(), d.gemeente().inwoners());
        perInw.sort(Comparator.comparing(per).reversed().thenComparing(d -> d.gemeente().code()));
        sb.append("\nGrootste stijging per inwoner\n");
        perInw.subList(0, Math.min(10, perInw.size())).forEach(d -> gemeente(sb, d, per));
        sb.append("\nGrootste daling per inwoner\n");
        for (int i = perInw.size() - 1; i >= Math.max(0, perInw.size() - 10); i--) {
            gemeente(sb, perInw.get(i), per);
        }
        sb.append("\nAlle gemeenten: --format csv, json of html; één gemeente: fvw explain SCENARIO \"verschil algemene"
                + " uitkering <gemeente> ").append(v.naar().circulaire().uitkeringsjaar()).append("\"\n");
        return sb.toString();
    }

    private static void gemeente(StringBuilder sb, Circulairevergelijking.Verschil d,
            Function<Circulairevergelijking.Verschil, BigDecimal> per) {
        sb.append(String.format("  %-34s %-16s € %16s  € %9s per inwoner%n", d.gemeente().naam(), d.gemeente().provincie(),
                euro(d.au()), DutchNumbers.format(per.apply(d), 2)));
    }

    private static void groepen(StringBuilder sb, String titel, List<Circulairevergelijking.Groep> groepen) {
        sb.append('\n').append(titel).append('\n');
        sb.append(String.format("%-32s %10s %14s %12s %12s %12s %12s%n", "", "gemeenten", "verschil € mln", "verschil",
                "volumes", "bedragen", "factor"));
        for (Circulairevergelijking.Groep g : groepen) {
            sb.append(String.format("%-32s %10d %14s %12s %12s %12s %12s%n", g.naam(), g.gemeenten(),
                    DutchNumbers.format(g.au().movePointLeft(6).setScale(1, RoundingMode.HALF_UP), 1),
                    DutchNumbers.format(perInwoner(g.au(), g.inwoners()), 2),
                    DutchNumbers.format(perInwoner(g.volume(), g.inwoners()), 2),
                    DutchNumbers.format(perInwoner(g.bedragen(), g.inwoners()), 2),
                    DutchNumbers.format(perInwoner(g.factor(), g.inwoners()), 2)));
        }
    }

    /** The same rows as JSON: exact amounts as text. */
    static String json(Circulairevergelijking v) {
        return Json.pretty(g -> {
            g.writeStartObject();
            g.writeStringField("vergelijking", titel(v));
            g.writeArrayFieldStart("gemeenten");
            for (List<Object> rij : rijen(v)) {
                g.writeStartObject();
                for (int i = 0; i < KOLOMMEN.size(); i++) {
                    Object c = rij.get(i);
                    g.writeStringField(KOLOMMEN.get(i).replace(' ', '_').replace("/", "_"),
                            c instanceof BigDecimal b ? b.toPlainString() : String.valueOf(c));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }) + "\n";
    }

    /** A page: the totals, a chart of the three effects per inwoner by provincie, and every gemeente's row. */
    static String html(Circulairevergelijking v) {
        StringBuilder sb = HtmlRapport.kop(titel(v));
        List<Circulairevergelijking.Groep> provincies = v.perGroep(Gemeente::provincie);
        List<String> namen = provincies.stream().map(Circulairevergelijking.Groep::naam).toList();
        sb.append(Grafiek.staven("effecten-per-provincie", "Verschil per inwoner naar provincie, in drie effecten",
                "€ per inwoner", namen, List.of(
                        new Grafiek.Reeks("volumes", provincies.stream().map(g -> perInwoner(g.volume(), g.inwoners())).toList()),
                        new Grafiek.Reeks("bedragen per eenheid", provincies.stream().map(g -> perInwoner(g.bedragen(),
                                g.inwoners())).toList()),
                        new Grafiek.Reeks("uitkeringsfactor", provincies.stream().map(g -> perInwoner(g.factor(),
                                g.inwoners())).toList()))));
        sb.append("<table id=\"circulaires\">\n<tr>");
        KOLOMMEN.forEach(k -> sb.append("<th>").append(Html.escape(k)).append("</th>"));
        sb.append("</tr>\n");
        for (List<Object> rij : rijen(v)) {
            sb.append("<tr>");
            for (int i = 0; i < rij.size(); i++) {
                Object c = rij.get(i);
                sb.append("<td>").append(c instanceof BigDecimal b ? (i == 4 ? nl(b) : euro(b))
                        : Html.escape(String.valueOf(c))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</table>\n<p>Elk bedrag is op zichzelf op de cent afgerond; het verschil is dat van de betaalde"
                + " bedragen en kan een cent afwijken van de som van de drie effecten (afrondingsverschil).</p>\n</body></html>\n")
                .toString();
    }
}
