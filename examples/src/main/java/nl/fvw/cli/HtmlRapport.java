package nl.fvw.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.fvw.bekostiging.Taakjaar;
import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.bundeling.Bundelingsjaar;
import nl.fvw.bundeling.Bundelingsuitkomst;
import nl.fvw.bundeling.Herverdeeleffect;
import nl.fvw.money.Amounts;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.normering.Bedrag;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Fondsniveau;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.present.BudgetTable;
import nl.fvw.present.DutchNumbers;
import nl.fvw.present.Financieleparagraaf;
import nl.fvw.present.Html;
import nl.fvw.rules.ControleUitkomst;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The self-contained HTML report of a scenario: one file, no scripts, no external resources.
 * SVG charts show the level per fund per year at each stand, the bijstellingen between stands,
 * the herverdeeleffecten of a bundling per inwoner, and a task's cost against its compensation;
 * the tables beside them give the figures.
 */
final class HtmlRapport {
    private static final BigDecimal MILJOEN = BigDecimal.valueOf(1_000_000);

    private HtmlRapport() {
    }

    static String html(ScenarioResult r) {
        StringBuilder sb = kop(r.scenario().naam());
        if (!r.scenario().omschrijving().isBlank()) {
            sb.append("<p>").append(Html.escape(r.scenario().omschrijving())).append("</p>\n");
        }
        sb.append("<p>Stand: ").append(Html.escape(r.scenario().stand().toString())).append(". Bedragen in € mln tenzij anders"
                + " vermeld; afgerond op één decimaal voor de weergave.</p>\n");
        controles(sb, r);
        if (r.normering() != null) {
            normering(sb, r);
        }
        if (r.varianten() != null) {
            VariantenHtml.sectie(sb, r.varianten());
        }
        for (int i = 0; i < r.bundelingen().size(); i++) {
            bundeling(sb, r.bundelingen().get(i), i);
        }
        if (r.algemeneUitkering() != null) {
            Verdelingsrapport.html(sb, r.algemeneUitkering());
        }
        if (r.portefeuille() != null) {
            sb.append("<section id=\"portefeuille\">\n").append(nl.fvw.present.Portefeuilleparagraaf.htmlFragment(r.portefeuille()))
                    .append("</section>\n");
        }
        for (int i = 0; i < r.taken().size(); i++) {
            taak(sb, r.taken().get(i), i);
        }
        sb.append("<h2>Herkomst</h2>\n<p>fvw ").append(Html.escape(r.provenance().fvwVersion()))
                .append("; SHA-256 van elke invoer:</p>\n<table>\n");
        r.provenance().hashes().forEach((k, v) -> sb.append("<tr><td>").append(Html.escape(k)).append("</td><td><code>")
                .append(v, 0, 16).append("…</code></td></tr>\n"));
        return sb.append("</table>\n</body></html>\n").toString();
    }

    /** The page's head, style and title. */
    static StringBuilder kop(String titel) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(titel)).append("</title>\n<style>\n")
                .append("body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:62em;margin:2em auto;color:#222}\n")
                .append("h1{font-size:1.5em}h2{margin-top:2em;border-bottom:2px solid #1f6fb2}figure{margin:1.2em 0}\n")
                .append("table{border-collapse:collapse;margin:.8em 0}td,th{border-bottom:1px solid #ccc;padding:.2em .6em}\n")
                .append("td:not(:first-child),th:not(:first-child){text-align:right}.fout{color:#b23b3b}.klopt{color:#2e9c5a}\n")
                .append("</style></head><body>\n<h1>").append(Html.escape(titel)).append("</h1>\n");
    }

    private static void controles(StringBuilder sb, ScenarioResult r) {
        if (r.controles().isEmpty()) {
            return;
        }
        sb.append("<h2>Controles tegen gepubliceerde cijfers</h2>\n<table id=\"controles\">\n<tr><th>cijfer</th><th>gepubliceerd"
                + "</th><th>berekend</th><th>tolerantie</th><th></th><th>bron</th></tr>\n");
        for (ControleUitkomst c : r.controles()) {
            sb.append("<tr><td>").append(Html.escape(c.controle().naam())).append("</td><td>")
                    .append(nl(c.controle().gepubliceerd())).append("</td><td>").append(nl(c.berekend()))
                    .append("</td><td>").append(nl(c.controle().tolerantie())).append("</td><td class=\"")
                    .append(c.klopt() ? "klopt\">klopt" : "fout\">wijkt af").append("</td><td>")
                    .append(Html.escape(c.controle().bron())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void normering(StringBuilder sb, ScenarioResult r) {
        Normeringsuitkomst u = r.normering();
        List<Stand> standen = r.scenario().normering().standen();
        List<String> jaren = new ArrayList<>();
        for (BudgetYear y = r.scenario().normering().eersteJaar(); !y.isAfter(r.scenario().normering().laatsteJaar());
                y = y.next()) {
            jaren.add(y.toString());
        }
        sb.append("<h2>Normering</h2>\n");
        boolean niveaus = false;
        for (Fonds f : Fonds.values()) {
            Map<Stand, Map<String, BigDecimal>> perStand = niveaus(u, f);
            if (perStand.isEmpty()) {
                continue;
            }
            niveaus = true;
            List<Grafiek.Reeks> reeksen = new ArrayList<>();
            perStand.forEach((s, m) -> reeksen.add(new Grafiek.Reeks(s.toString(), rij(jaren, m))));
            sb.append(Grafiek.lijnen("niveau-" + f.code(), f.naam() + ": niveau per jaar", "€ mln", jaren, reeksen));
            tabel(sb, "niveau-" + f.code() + "-tabel", jaren, reeksen, 1);
            List<Stand> metNiveau = new ArrayList<>(perStand.keySet());
            if (metNiveau.size() > 1) {
                List<Grafiek.Reeks> bijstellingen = new ArrayList<>();
                for (int i = 1; i < metNiveau.size(); i++) {
                    Map<String, BigDecimal> oud = perStand.get(metNiveau.get(i - 1));
                    Map<String, BigDecimal> nieuw = perStand.get(metNiveau.get(i));
                    List<BigDecimal> verschil = new ArrayList<>();
                    for (String j : jaren) {
                        verschil.add(oud.get(j) == null || nieuw.get(j) == null ? null : nieuw.get(j).subtract(oud.get(j)));
                    }
                    bijstellingen.add(new Grafiek.Reeks(metNiveau.get(i - 1) + " → " + metNiveau.get(i), verschil));
                }
                sb.append(Grafiek.staven("bijstelling-" + f.code(), f.naam() + ": bijstelling van het niveau tussen standen",
                        "€ mln", jaren, bijstellingen));
                tabel(sb, "bijstelling-" + f.code() + "-tabel", jaren, bijstellingen, 1);
            }
        }
        List<Grafiek.Reeks> accres = new ArrayList<>();
        for (Stand s : standen) {
            Map<String, Map<String, BigDecimal>> perFonds = new TreeMap<>();
            for (AccresPercentage a : u.accressen()) {
                if (a.stand().equals(s)) {
                    perFonds.computeIfAbsent(a.fonds() == null ? "GF/PF" : a.fonds().code(), k -> new TreeMap<>())
                            .put(a.jaar().toString(), a.fraction().movePointRight(2));
                }
            }
            perFonds.forEach((fonds, m) -> accres.add(new Grafiek.Reeks(fonds + " " + s, rij(jaren, m))));
        }
        if (!accres.isEmpty()) {
            if (!niveaus) {
                sb.append(Grafiek.lijnen("accres", "Accres per jaar", "%", jaren, accres));
            }
            sb.append("<h3>Accres %</h3>\n");
            tabel(sb, "accres-tabel", jaren, accres, 2); // as the Miljoenennota prints it
        }
    }

    private static Map<Stand, Map<String, BigDecimal>> niveaus(Normeringsuitkomst u, Fonds f) {
        Map<Stand, Map<String, BigDecimal>> out = new TreeMap<>();
        for (Bedrag b : u.bedragen()) {
            if (b instanceof Fondsniveau n && n.fonds() == f) {
                out.computeIfAbsent(n.stand(), k -> new TreeMap<>()).put(n.jaar().toString(), mln(n.bedrag()));
            }
        }
        return out;
    }

    private static void bundeling(StringBuilder sb, Bundelingsuitkomst b, int index) {
        Bundelingsjaar laatste = b.jaren().get(b.jaren().size() - 1);
        sb.append("<h2>Bundeling: ").append(Html.escape(b.bundeling().naam())).append("</h2>\n<p>Overgeheveld in ")
                .append(laatste.jaar()).append(": € ").append(DutchNumbers.format(mln(laatste.overgeheveld()), 1))
                .append(" mln; ").append(laatste.winnaars()).append(" ontvangers gaan erop vooruit, ")
                .append(laatste.verliezers()).append(" achteruit (volledig effect).</p>\n");
        List<BigDecimal> perInwoner = laatste.effecten().stream().map(Herverdeeleffect::volledigPerInwoner).toList();
        sb.append(Grafiek.histogram("herverdeling-" + index, "Herverdeeleffect per inwoner in " + laatste.jaar()
                + " (volledig), aantal ontvangers", "aantal", perInwoner, 16));
        sb.append("<p>Horizontaal: het effect in euro per inwoner (ondergrens van elke klasse).</p>\n");
    }

    private static void taak(StringBuilder sb, Taakuitkomst t, int index) {
        List<String> jaren = t.jaren().stream().map(j -> j.jaar().toString()).toList();
        List<BigDecimal> kosten = new ArrayList<>();
        List<BigDecimal> compensatie = new ArrayList<>();
        for (Taakjaar j : t.jaren()) {
            kosten.add(mln(j.claim()));
            compensatie.add(mln(j.compensatie()));
        }
        sb.append("<h2>Taak: ").append(Html.escape(t.taak().naam())).append("</h2>\n");
        sb.append(Grafiek.staven("taak-" + index, t.taak().naam() + ": kosten en compensatie", "€ mln", jaren,
                List.of(new Grafiek.Reeks("kosten (claim)", kosten), new Grafiek.Reeks("compensatie", compensatie))));
        sb.append(Financieleparagraaf.htmlFragment(t));
    }

    /** A table of the series, each figure rounded on its own (HALF_UP) to {@code decimals}; "—" where a series has none. */
    static void tabel(StringBuilder sb, String id, List<String> jaren, List<Grafiek.Reeks> reeksen, int decimals) {
        sb.append("<table id=\"").append(id).append("\">\n<tr><th></th>");
        jaren.forEach(j -> sb.append("<th>").append(j).append("</th>"));
        sb.append("</tr>\n");
        for (Grafiek.Reeks r : reeksen) {
            sb.append("<tr><td>").append(Html.escape(r.naam())).append("</td>");
            for (BigDecimal v : r.waarden()) {
                sb.append("<td>").append(v == null ? BudgetTable.GEEN
                        : DutchNumbers.format(v.setScale(decimals, RoundingMode.HALF_UP), decimals)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    private static List<BigDecimal> rij(List<String> jaren, Map<String, BigDecimal> waarden) {
        List<BigDecimal> out = new ArrayList<>();
        jaren.forEach(j -> out.add(waarden.get(j)));
        return out;
    }

    /** An exact figure with a decimal comma, as many decimals as it has. */
    private static String nl(BigDecimal v) {
        return v.toPlainString().replace('.', ',');
    }

    static BigDecimal mln(javax.money.MonetaryAmount a) {
        return Amounts.value(a).divide(MILJOEN);
    }
}
