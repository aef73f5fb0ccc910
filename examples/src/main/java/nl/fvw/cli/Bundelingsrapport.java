package nl.fvw.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import nl.fvw.bundeling.Bundelingsjaar;
import nl.fvw.bundeling.Bundelingsuitkomst;
import nl.fvw.bundeling.Herverdeeleffect;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;
import nl.fvw.present.DutchNumbers;
import nl.fvw.present.Values;

/** The report of a bundling: a summary per year, and every recipient's effect as CSV for Dutch Excel. */
final class Bundelingsrapport {
    private Bundelingsrapport() {
    }

    static String samenvatting(Bundelingsuitkomst u) {
        StringBuilder sb = new StringBuilder();
        var b = u.bundeling();
        sb.append("Bundeling: ").append(b.naam()).append(" → ").append(b.doel().woord()).append(" (").append(b.bron())
                .append(")\n");
        sb.append("SPUKs: ").append(String.join(", ", b.spuks().stream().map(s -> s.naam()).toList()))
                .append("; efficiencykorting ").append(Values.percent(b.efficiencykorting())).append("; ")
                .append(b.ontvangers().size()).append(" ontvangers\n");
        if (u.ingroeipad() != null) {
            sb.append("Ingroeipad: ").append(String.join(", ", u.ingroeipad().stappen().stream().map(Values::euro).toList()))
                    .append(" per inwoner (laatste stap herhaalt), ").append(u.ingroeipad().ookVoordeel() ? "voor- en nadeel"
                            : "alleen nadeel").append(", ").append(u.ingroeipad().financiering().name().toLowerCase(java.util.Locale.ROOT))
                    .append('\n');
        }
        sb.append(String.format("%n%-6s %14s %14s %12s %9s %10s  %s%n", "jaar", "overgeheveld", "overgangsbudget", "cap/inw",
                "winnaars", "verliezers", "effect per inwoner P10 / P50 / P90"));
        for (Bundelingsjaar j : u.jaren()) {
            sb.append(String.format("%-6s %14s %14s %12s %9d %10d  %s / %s / %s%n", j.jaar(), Values.mln(j.overgeheveld()),
                    Values.mln(j.overgangsbudget()), j.cap() == null ? "–" : Values.euro(Amounts.eur(j.cap())), j.winnaars(),
                    j.verliezers(), euro(j.percentielen().get(10)), euro(j.percentielen().get(50)),
                    euro(j.percentielen().get(90))));
        }
        List<String> years = u.jaren().stream().map(j -> j.jaar().toString()).toList();
        nl.fvw.present.BudgetTable t = nl.fvw.present.BudgetTable.of("Toegepast effect naar grootteklasse (inwoners)",
                years, nl.fvw.money.RoundingStep.MLN);
        for (String klasse : u.jaren().get(0).perGrootteklasse().keySet()) {
            t.row(klasse, u.jaren().stream().map(j -> Amounts.value(j.perGrootteklasse().get(klasse))).toList());
        }
        sb.append('\n').append(t.render());
        for (String kenmerk : nl.fvw.bundeling.Ontvanger.KENMERKEN) {
            sb.append(perKenmerk(u, kenmerk));
        }
        sb.append("Alle ontvangers per jaar: --format csv\n");
        return sb.toString();
    }

    private static String euro(BigDecimal v) {
        return "€ " + DutchNumbers.format(v.setScale(2, RoundingMode.HALF_UP), 2);
    }

    /** Semicolon-separated, decimal comma, UTF-8 with BOM: opens directly in Dutch Excel. */
    static String csv(List<Bundelingsuitkomst> all) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append("bundeling;jaar;code;naam;inwoners;historisch_na_korting;nieuw;effect_volledig;effect_volledig_per_inwoner;"
                + "effect_toegepast;effect_toegepast_per_inwoner;allocatie\r\n");
        for (Bundelingsuitkomst u : all) {
            for (Bundelingsjaar j : u.jaren()) {
                for (Herverdeeleffect h : j.effecten()) {
                    sb.append(String.join(";", u.bundeling().naam(), j.jaar().toString(), h.code(), h.naam(),
                            h.inwoners().toPlainString().replace('.', ','), cents(h.historisch()), cents(h.nieuw()), cents(h.volledig()),
                            per(h.volledigPerInwoner()), cents(h.toegepast()), per(h.toegepastPerInwoner()),
                            cents(h.allocatie()))).append("\r\n");
                }
            }
        }
        return sb.toString();
    }

    private static String cents(javax.money.MonetaryAmount a) {
        return Amounts.value(a).setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }

    private static String per(BigDecimal v) {
        return v.setScale(4, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /**
     * The last year's effects by a kenmerk of the recipients (provincie, grootteklasse as the recipients file
     * gives it): recipients, winners and losers, the applied effect in € mln and per inwoner; empty when the
     * recipients have no such kenmerk.
     */
    static String perKenmerk(Bundelingsuitkomst u, String kenmerk) {
        java.util.Map<String, String> van = new java.util.HashMap<>();
        u.bundeling().ontvangers().forEach(o -> {
            if (o.kenmerken().containsKey(kenmerk)) {
                van.put(o.code(), o.kenmerken().get(kenmerk));
            }
        });
        if (van.isEmpty() || u.jaren().isEmpty()) {
            return "";
        }
        Bundelingsjaar j = u.jaren().get(u.jaren().size() - 1);
        java.util.TreeMap<String, List<Herverdeeleffect>> per = new java.util.TreeMap<>(kenmerk.equals("grootteklasse")
                ? Verdelingsrapport.GROOTTE : java.util.Comparator.naturalOrder());
        for (Herverdeeleffect h : j.effecten()) {
            per.computeIfAbsent(van.getOrDefault(h.code(), "onbekend"), k -> new java.util.ArrayList<>()).add(h);
        }
        StringBuilder sb = new StringBuilder(String.format("%nToegepast effect %s naar %s%n%-32s %10s %9s %10s %14s %12s%n",
                j.jaar(), kenmerk, "", "ontvangers", "winnaars", "verliezers", "effect € mln", "€ per inw."));
        per.forEach((k, hs) -> {
            BigDecimal effect = hs.stream().map(h -> Amounts.value(h.toegepast())).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal inwoners = hs.stream().map(Herverdeeleffect::inwoners).reduce(BigDecimal.ZERO, BigDecimal::add);
            sb.append(String.format("%-32s %10d %9d %10d %14s %12s%n", k, hs.size(),
                    hs.stream().filter(h -> h.toegepast().isPositive()).count(),
                    hs.stream().filter(h -> h.toegepast().isNegative()).count(),
                    DutchNumbers.format(effect.movePointLeft(6).setScale(1, RoundingMode.HALF_UP), 1),
                    DutchNumbers.format(effect.divide(inwoners, 2, RoundingMode.HALF_UP), 2)));
        });
        return sb.toString();
    }
}
