package nl.fvw.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.fvw.normering.Fonds;
import nl.fvw.normering.Variantvergelijking;
import nl.fvw.present.Html;
import nl.fvw.time.BudgetYear;

/**
 * Normering variants in the HTML report, as {@code compare} shows them: each fund's level per variant
 * as a chart and a table, then per variant the difference with the first and that difference as
 * plafondcorrectie (the price part) and beslag op het uitgavenkader (the rest).
 */
final class VariantenHtml {
    private VariantenHtml() {
    }

    /** The variants on a page of their own ({@code compare --format html}). */
    static String pagina(String titel, Variantvergelijking v) {
        StringBuilder sb = HtmlRapport.kop(titel);
        sectie(sb, v);
        return sb.append("</body></html>\n").toString();
    }

    /** The variants' section of a report. */
    static void sectie(StringBuilder sb, Variantvergelijking v) {
        List<String> jaren = v.jaren().stream().map(BudgetYear::toString).toList();
        String eerste = v.varianten().get(0);
        sb.append("<h2>Varianten naast elkaar, stand ").append(Html.escape(v.stand().toString())).append("</h2>\n")
                .append("<p>Bedragen in € mln, elk cijfer op zich afgerond op één decimaal (HALF_UP).</p>\n");
        for (Fonds f : v.niveaus().get(eerste).keySet()) {
            List<Grafiek.Reeks> reeksen = new ArrayList<>();
            for (String naam : v.varianten()) {
                reeksen.add(new Grafiek.Reeks(naam, v.jaren().stream()
                        .map(y -> HtmlRapport.mln(v.niveaus().get(naam).get(f).get(y))).toList()));
            }
            sb.append(Grafiek.lijnen("variant-niveau-" + f.code(), f.naam() + ": niveau per variant", "€ mln", jaren,
                    reeksen));
            HtmlRapport.tabel(sb, "variant-niveau-" + f.code() + "-tabel", jaren, reeksen, 1);
        }
        List<String> namen = v.varianten().subList(1, v.varianten().size());
        for (int i = 0; i < namen.size(); i++) {
            String naam = namen.get(i);
            sb.append("<h3>").append(Html.escape(naam + " − " + eerste)).append("</h3>\n");
            List<Grafiek.Reeks> verschil = new ArrayList<>();
            for (Fonds f : v.niveaus().get(naam).keySet()) {
                verschil.add(new Grafiek.Reeks(f.naam(), v.jaren().stream()
                        .map(y -> HtmlRapport.mln(v.verschil(naam, f, y))).toList()));
            }
            HtmlRapport.tabel(sb, "variant-verschil-" + i, jaren, verschil, 1);
            List<BigDecimal> plafond = v.jaren().stream().map(y -> v.gesplitst(naam, y)
                    ? HtmlRapport.mln(v.plafondcorrectie(naam, y)) : null).toList();
            List<BigDecimal> beslag = v.jaren().stream().map(y -> HtmlRapport.mln(v.uitgavenkader(naam, y))).toList();
            List<Grafiek.Reeks> kader = List.of(new Grafiek.Reeks("plafondcorrectie (prijsdeel)", plafond),
                    new Grafiek.Reeks("beslag op het uitgavenkader", beslag));
            sb.append("<p>Uitgavenkader: het prijsdeel van het verschil is een plafondcorrectie, alleen de rest is beslag"
                    + " op het uitgavenkader; waar de tranches niet gesplitst zijn (—), telt het hele verschil als"
                    + " beslag.</p>\n");
            HtmlRapport.tabel(sb, "variant-uitgavenkader-" + i, jaren, kader, 1);
        }
    }
}
