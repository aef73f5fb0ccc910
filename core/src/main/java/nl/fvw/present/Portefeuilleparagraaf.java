package nl.fvw.present;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.fvw.bekostiging.Portefeuille;
import nl.fvw.bekostiging.Portefeuilleuitkomst;
import nl.fvw.bekostiging.Route;
import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.bekostiging.Wijziging;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;

/**
 * A tier's portfolio of tasks as a paragraph (Markdown, or HTML elements): per year the tasks' claim, the
 * compensation per route, the saldo and its cumulative sum, the accres of the fund and the share of it the
 * uncompensated part takes; the years in which the cumulative saldo turns; the signals with their rules; each task with
 * its verdict. Each figure is rounded on its own from its exact amount.
 */
public final class Portefeuilleparagraaf {
    private Portefeuilleparagraaf() {
    }

    /**
     * The paragraph in Markdown.
     *
     * @param u the portfolio with its signals
     * @return the paragraph
     */
    public static String markdown(Portefeuilleuitkomst u) {
        Portefeuille p = u.portefeuille();
        List<String> years = p.jaren().stream().map(j -> j.jaar().toString()).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("## Taken en middelen: ").append(p.laag().woord()).append("\n\n");
        sb.append(p.taken().size()).append(" taken, het aandeel van de ").append(p.laag().woord())
                .append(" in elk; accres: ").append(p.accresBron()).append(".\n\n");
        sb.append("Bedragen in € mln, elk cijfer op zich afgerond (").append(RoundingStep.MLN.mode())
                .append("); saldo = compensatie − claim.\n\n");
        sb.append(row("", years));
        sb.append(row("---", years.stream().map(y -> "---:").toList()));
        sb.append(row("claim van de taken", p.jaren().stream().map(j -> mln(j.claim())).toList()));
        Set<Wijziging> soorten = new TreeSet<>();
        p.jaren().forEach(j -> soorten.addAll(j.claimPerWijziging().keySet()));
        for (Wijziging w : soorten) {
            sb.append(row("waarvan " + w.woord(), p.jaren().stream()
                    .map(j -> mln(j.claimPerWijziging().getOrDefault(w, Amounts.zeroEur()))).toList()));
        }
        Set<Route> routes = new TreeSet<>();
        p.jaren().forEach(j -> routes.addAll(j.compensatie().keySet()));
        for (Route r : routes) {
            sb.append(row("compensatie (" + r.woord() + ")", p.jaren().stream()
                    .map(j -> mln(j.compensatie().getOrDefault(r, Amounts.zeroEur()))).toList()));
        }
        sb.append(row("**saldo**", p.jaren().stream().map(j -> "**" + mln(j.saldo()) + "**").toList()));
        sb.append(row("saldo cumulatief", p.jaren().stream().map(j -> mln(j.saldoCumulatief())).toList()));
        sb.append(row("accres van het fonds", p.jaren().stream().map(j -> j.accres() == null ? "—" : mln(j.accres()))
                .toList()));
        sb.append(row("ongedekt in % van het accres", p.jaren().stream().map(j -> j.beslag() == null ? "—"
                : Values.percent(j.beslag())).toList()));
        List<String> verschil = new ArrayList<>();
        for (Portefeuille.Jaar j : p.jaren()) {
            BigDecimal parts = BigDecimal.ZERO;
            for (Route r : routes) {
                parts = parts.add(round(j.compensatie().getOrDefault(r, Amounts.zeroEur())));
            }
            if (parts.subtract(round(j.claim())).compareTo(round(j.saldo())) != 0) {
                verschil.add(j.jaar().toString());
            }
        }
        if (!verschil.isEmpty()) {
            sb.append("\nAfrondingsverschil: in ").append(String.join(", ", verschil))
                    .append(" is het afgeronde saldo niet precies de afgeronde compensatie min de afgeronde claim.\n");
        }
        sb.append("\n**Kentering van het cumulatieve saldo:** ").append(p.kentering().isEmpty() ? "geen"
                : String.join(", ", p.kentering().stream().map(Object::toString).toList())).append("\n\n");
        sb.append("**Signalen:**").append(u.signalen().isEmpty() ? " geen\n" : "\n");
        for (Taakuitkomst.Signaal s : u.signalen()) {
            sb.append("- ").append(s.tekst()).append(" — regel ").append(s.regel().id()).append(" (")
                    .append(s.regel().source()).append(")\n");
        }
        sb.append("\n**Taken:**\n");
        for (Taakuitkomst t : p.taken()) {
            sb.append("- ").append(t.taak().naam()).append(" (").append(t.taak().route().woord()).append("): ")
                    .append(t.oordeel() == null ? "(geen oordeel)" : t.oordeel().tekst()).append('\n');
        }
        return sb.toString();
    }

    /**
     * The paragraph as HTML elements.
     *
     * @param u the portfolio with its signals
     * @return the HTML, without document, head or body
     */
    public static String htmlFragment(Portefeuilleuitkomst u) {
        return MarkdownHtml.fragment(markdown(u));
    }

    private static BigDecimal round(javax.money.MonetaryAmount a) {
        return RoundingStep.MLN.round(Amounts.value(a));
    }

    private static String mln(javax.money.MonetaryAmount a) {
        return Financieleparagraaf.mln(round(a));
    }

    private static String row(String label, List<String> cells) {
        return Financieleparagraaf.row(label, cells);
    }
}
