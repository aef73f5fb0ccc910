package nl.fvw.present;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.fvw.bekostiging.Bestuurslaag;
import nl.fvw.bekostiging.Kostensoort;
import nl.fvw.bekostiging.Signalering;
import nl.fvw.bekostiging.Taak;
import nl.fvw.bekostiging.Taakjaar;
import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;

/**
 * The financial paragraph of a uitvoerbaarheidstoets decentrale overheden (UDO) for one task:
 * the table per year and tier in € mln (totals that add up), the compensation and its route,
 * the gap, the verdict and the signals with their rules and sources, the assumptions and sources.
 * As Markdown and as self-contained HTML.
 *
 * <pre>{@code
 * Taakuitkomst u = FvwEngine.shipped().beoordeel(taak, false);
 * String udo = Financieleparagraaf.markdown(u);   // or html(u) for a document
 * }</pre>
 */
public final class Financieleparagraaf {
    private Financieleparagraaf() {
    }

    /**
     * The financial paragraph in Markdown: costs by kind, claim, compensation and gap per year in
     * € mln (rounded so that the printed rows add up), the split over the tiers, the verdict, the
     * signals and the assumptions.
     *
     * @param u the task's outcome
     * @return the paragraph
     */
    public static String markdown(Taakuitkomst u) {
        Taak t = u.taak();
        List<String> years = u.jaren().stream().map(j -> j.jaar().toString()).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("## Financiële gevolgen: ").append(t.naam()).append("\n\n");
        sb.append("Bron van de raming: ").append(t.bron()).append(". Prijzen ").append(t.basisjaar())
                .append(t.index().isGeen() ? ", niet geïndexeerd.\n\n" : ", geïndexeerd met " + t.index().naam() + " ("
                        + t.index().bron() + ").\n\n");
        sb.append("Bedragen in € mln, elk cijfer op zich afgerond (").append(RoundingStep.MLN.mode())
                .append("); een totaal is het afgeronde exacte totaal.\n\n");
        sb.append(row("", years));
        sb.append(row("---", years.stream().map(y -> "---:").toList()));
        List<Kostensoort> kinds = new ArrayList<>();
        for (Kostensoort k : Kostensoort.values()) {
            if (u.jaren().stream().anyMatch(j -> j.kosten().containsKey(k))) {
                kinds.add(k);
            }
        }
        List<String> verschil = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        List<BigDecimal> cumulative = new ArrayList<>();
        for (Taakjaar j : u.jaren()) {
            BigDecimal claim = Amounts.value(j.claim());
            BigDecimal gap = claim.subtract(Amounts.value(j.compensatie()));
            running = running.add(gap);
            cumulative.add(running);
            BigDecimal parts = BigDecimal.ZERO;
            for (Kostensoort k : kinds) {
                parts = parts.add(round(Amounts.value(j.kosten().getOrDefault(k, Amounts.zeroEur())))
                        .multiply(BigDecimal.valueOf(k.teken())));
            }
            BigDecimal tiers = BigDecimal.ZERO;
            for (Bestuurslaag l : t.sleutel().keySet()) {
                tiers = tiers.add(round(Amounts.value(j.perLaag().get(l))));
            }
            BigDecimal printedGap = round(claim).subtract(round(Amounts.value(j.compensatie())));
            if (parts.compareTo(round(claim)) != 0 || !t.sleutel().isEmpty() && tiers.compareTo(round(claim)) != 0
                    || printedGap.compareTo(round(gap)) != 0) {
                verschil.add(j.jaar().toString());
            }
        }
        for (Kostensoort k : kinds) {
            sb.append(row(k.woord() + (k.teken() < 0 ? " (−)" : ""), u.jaren().stream()
                    .map(j -> mln(round(Amounts.value(j.kosten().getOrDefault(k, Amounts.zeroEur()))).abs())).toList()));
        }
        sb.append(row("**claim**", u.jaren().stream().map(j -> "**" + mln(round(Amounts.value(j.claim()))) + "**").toList()));
        for (Bestuurslaag l : t.sleutel().keySet()) {
            sb.append(row("waarvan " + l.woord() + " (" + t.sleutel().get(l).movePointRight(2).stripTrailingZeros()
                    .toPlainString() + " %)", u.jaren().stream().map(j -> mln(round(Amounts.value(j.perLaag().get(l)))))
                    .toList()));
        }
        sb.append(row("compensatie (" + t.route().woord() + ")", u.jaren().stream()
                .map(j -> mln(round(Amounts.value(j.compensatie())))).toList()));
        sb.append(row("**gat**", u.jaren().stream().map(j -> "**" + mln(round(Amounts.value(j.claim())
                .subtract(Amounts.value(j.compensatie())))) + "**").toList()));
        sb.append(row("gat cumulatief", cumulative.stream().map(c -> mln(round(c))).toList()));
        sb.append(row("gat in % van de claim", u.jaren().stream().map(j -> j.gatFractie() == null ? "–"
                : Values.percent(j.gatFractie())).toList()));
        if (!verschil.isEmpty()) {
            sb.append("\nAfrondingsverschil: in ").append(String.join(", ", verschil))
                    .append(" tellen de afgeronde regels niet precies op tot het afgeronde totaal.\n");
        }
        sb.append("\n**Oordeel:** ").append(u.oordeel() == null ? "(geen)" : u.oordeel()).append("\n\n");
        sb.append("**Signalen:**").append(u.signalen().isEmpty() ? " geen\n" : "\n");
        for (Taakuitkomst.Signaal s : u.signalen()) {
            sb.append("- ").append(s.tekst()).append(" — regel ").append(s.regel().id()).append(" (").append(s.regel().source())
                    .append(")\n");
        }
        if (t.signalering() != null) {
            sb.append("\n**Signalering** (peildatum ").append(datum(t.signalering().peildatum())).append("):\n");
            Signalering.Stap signaal = t.signalering().stappen().get(0);
            sb.append("- ").append(signaal.stap().woord()).append(": ").append(datum(signaal.datum())).append(" (")
                    .append(signaal.bron()).append(")\n");
            for (Signalering.Toets x : u.signalering()) {
                sb.append("- ").append(x.stap().woord()).append(": ").append(x.datum() == null ? "nog niet gezet"
                        : datum(x.datum()) + " (" + t.signalering().stappen().get(x.stap().ordinal()).bron() + ")")
                        .append(", ").append(STATUS.get(x.status()));
                if (x.uiterlijk() != null) {
                    sb.append(" (uiterlijk ").append(datum(x.uiterlijk())).append("; regel ").append(x.regel().id()).append(')');
                }
                sb.append('\n');
            }
        }
        sb.append("\n**Aannames:**").append(t.aannames().isEmpty() ? " geen\n" : "\n");
        t.aannames().forEach(a -> sb.append("- ").append(a).append('\n'));
        sb.append("\n**Bronnen per kostenpost:**\n");
        t.componenten().forEach(c -> sb.append("- ").append(c.naam()).append(" (").append(c.soort().woord()).append("): ")
                .append(c.bron()).append('\n'));
        return sb.toString();
    }

    private static final java.util.Map<Signalering.Status, String> STATUS = java.util.Map.of(Signalering.Status.OP_TIJD,
            "op tijd", Signalering.Status.TE_LAAT, "te laat", Signalering.Status.OVER_TIJD, "over tijd",
            Signalering.Status.NOG_NIET_NODIG, "nog niet nodig");

    private static final java.time.format.DateTimeFormatter DATUM = java.time.format.DateTimeFormatter.ofPattern(
            "d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL"));

    /** A date as a Dutch reader writes it: 3 juni 2021. */
    private static String datum(java.time.LocalDate d) {
        return d.format(DATUM);
    }

    /** An exact amount in euro rounded to the printed € mln (one decimal), still in euro. */
    private static BigDecimal round(BigDecimal euro) {
        return RoundingStep.MLN.round(euro);
    }

    /**
     * The financial paragraph as a self-contained HTML document.
     *
     * @param u the task's outcome
     * @return the document
     */
    public static String html(Taakuitkomst u) {
        return "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + Html.escape(u.taak().naam())
                + "</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
                + "table{border-collapse:collapse}td,th{border-bottom:1px solid #ccc;padding:.2em .6em}"
                + "td:not(:first-child),th:not(:first-child){text-align:right}</style></head><body>\n" + htmlFragment(u)
                + "</body></html>\n";
    }

    /**
     * The paragraph as HTML elements (headings, tables, lists), to place in a larger document.
     *
     * @param u the task's outcome
     * @return the HTML, without document, head or body
     */
    public static String htmlFragment(Taakuitkomst u) {
        return MarkdownHtml.fragment(markdown(u));
    }

    /** A row of fvw's Markdown tables. */
    static String row(String label, List<String> cells) {
        return "| " + label + " | " + String.join(" | ", cells) + " |\n";
    }

    /** An amount already rounded to the printed € mln (still in euro), as printed: one decimal, Dutch. */
    static String mln(BigDecimal printedEuro) {
        return DutchNumbers.format(printedEuro.movePointLeft(6).setScale(1), 1);
    }
}
