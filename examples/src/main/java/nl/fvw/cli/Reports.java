package nl.fvw.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.fvw.FvwException;
import nl.fvw.begroting.Mutatiecontrole;
import nl.fvw.begroting.Mutatietabel;
import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.bundeling.Bundelingsuitkomst;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Provenance;
import nl.fvw.money.RoundingStep;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Niveaumutaties;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.present.DutchNumbers;
import nl.fvw.present.ExplanationText;
import nl.fvw.present.MutatietabelTekst;
import nl.fvw.present.Standentabel;
import nl.fvw.present.VariantTabellen;
import nl.fvw.rules.ControleUitkomst;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.scenario.Begrotingstabel;
import nl.fvw.scenario.Scenario;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/** Renders a scenario result as a terminal report or as JSON. */
final class Reports {
    private Reports() {
    }

    static int emit(ScenarioResult r, RunCommand.ReportFormat format, Path out, boolean explain, PrintWriter terminal) {
        if (out != null) { // on the terminal too; the report holds them
            r.waarschuwingen().forEach(w -> terminal.println("waarschuwing: " + w));
        }
        if (format == RunCommand.ReportFormat.xlsx) {
            if (out == null) {
                throw new Gebruiksfout("--format xlsx writes a workbook: name the file with --out FILE.xlsx");
            }
            Uitvoer.schrijf(out, Werkboek.xlsx(r));
            terminal.println("geschreven: " + out);
            terminal.flush();
            return r.allChecksPass() ? 0 : Main.CHECK_FAILED;
        }
        String text = switch (format) {
            case xlsx -> throw new IllegalStateException("written above");
            case json -> RunJson.of(r);
            case table -> table(r, explain ? null : List.of());
            case csv -> {
                if (r.algemeneUitkering() != null) {
                    yield Verdelingsrapport.csv(r.algemeneUitkering());
                }
                if (r.bundelingen().isEmpty()) {
                    throw new Gebruiksfout("--format csv writes the effects per recipient of bundelingen or the algemene"
                            + " uitkering per gemeente; this scenario has neither");
                }
                yield Bundelingsrapport.csv(r.bundelingen());
            }
            case html -> HtmlRapport.html(r);
            case markdown -> {
                if (r.taken().isEmpty() && r.portefeuille() == null) {
                    throw new Gebruiksfout("--format markdown writes the financial paragraph of tasks;"
                            + " this scenario has no taken");
                }
                StringBuilder sb = new StringBuilder();
                if (r.portefeuille() != null) {
                    sb.append(nl.fvw.present.Portefeuilleparagraaf.markdown(r.portefeuille())).append('\n');
                    r.portefeuille().portefeuille().taken()
                            .forEach(t -> sb.append(nl.fvw.present.Financieleparagraaf.markdown(t)).append('\n'));
                }
                for (nl.fvw.bekostiging.Taakuitkomst t : r.taken()) {
                    sb.append(nl.fvw.present.Financieleparagraaf.markdown(t));
                }
                yield sb.toString();
            }
        };
        return emit(r, text, out, terminal);
    }

    static int emit(ScenarioResult r, String text, Path out, PrintWriter terminal) {
        RunCommand.output(terminal, out, text);
        return r.allChecksPass() ? 0 : Main.CHECK_FAILED;
    }

    /**
     * The terminal report.
     *
     * @param explain the figures to explain in full; null for all of them
     */
    static String table(ScenarioResult r, List<FigureName> explain) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.scenario().naam()).append('\n');
        sb.append("stand ").append(r.scenario().stand()).append(", invoer in ").append(r.scenario().eenheid().label())
                .append('\n');
        if (!r.scenario().omschrijving().isEmpty()) {
            sb.append(r.scenario().omschrijving()).append('\n');
        }
        sb.append('\n');
        if (r.portefeuille() != null) {
            sb.append(nl.fvw.present.Portefeuilleparagraaf.markdown(r.portefeuille())).append('\n');
        }
        for (nl.fvw.bekostiging.Taakuitkomst t : r.taken()) {
            sb.append(nl.fvw.present.Financieleparagraaf.markdown(t)).append('\n');
        }
        for (nl.fvw.bundeling.Bundelingsuitkomst b : r.bundelingen()) {
            sb.append(Bundelingsrapport.samenvatting(b)).append('\n');
        }
        if (r.algemeneUitkering() != null) {
            sb.append(Verdelingsrapport.samenvatting(r.algemeneUitkering())).append('\n');
        }
        if (r.normering() == null) {
            sb.append(checks(r)).append("\nHerkomst: ").append(provenance(r.provenance()));
            return sb.toString();
        }
        List<AccresPercentage> accressen = r.normering().accressen();
        if (accressen.isEmpty()) {
            sb.append(r.normering().tranches().isEmpty() ? "Geen accres berekend.\n"
                    : "Geen accres % berekend: voor deze jaren is de gepubliceerde tranche de invoer (zie de uitleg).\n");
        } else {
            sb.append(String.format("%-6s %-5s %-28s %10s %16s%n", "jaar", "fonds", "stand", "accres %", "exact %"));
            for (AccresPercentage a : accressen) {
                sb.append(String.format("%-6s %-5s %-28s %10s %16s%n", a.jaar(), a.fonds() == null ? "GF/PF" : a.fonds(),
                        a.stand(),
                        DutchNumbers.format(a.published(), 2),
                        a.fraction().movePointRight(2).setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString()
                                .replace('.', ',')));
            }
            sb.append("accres % afgerond op twee decimalen (half-up), zoals de Miljoenennota het drukt.\n");
        }
        sb.append(amountTables(r));
        if (r.varianten() != null) {
            sb.append('\n').append(VariantTabellen.text(r.varianten()));
        }
        sb.append(checks(r));
        List<AccresPercentage> explained = accressen.stream().filter(a -> !a.explanation().isNone())
                .filter(a -> explain == null || explain.stream().anyMatch(n -> a.name().matches(n))).toList();
        if (!explained.isEmpty()) {
            sb.append("\nUitleg\n");
            for (AccresPercentage a : explained) {
                sb.append(ExplanationText.of(a.explanation()).indent(2));
            }
        }
        sb.append("\nHerkomst: ").append(provenance(r.provenance()));
        return sb.toString();
    }

    private static String checks(ScenarioResult r) {
        StringBuilder sb = new StringBuilder();
        if (!r.controles().isEmpty()) {
            sb.append("\nControle tegen gepubliceerde cijfers\n");
            for (ControleUitkomst c : r.controles()) {
                sb.append(String.format("  %s %-40s berekend %7s  gepubliceerd %7s  marge %s%n", c.klopt() ? "ok " : "NEE",
                        c.controle().naam(), DutchNumbers.format(c.berekend().setScale(2, java.math.RoundingMode.HALF_UP), 2),
                        DutchNumbers.format(c.controle().gepubliceerd().setScale(2, java.math.RoundingMode.HALF_UP), 2),
                        c.controle().tolerantie().stripTrailingZeros().toPlainString().replace('.', ',')));
                if (c.controle().tolerantie().signum() > 0) {
                    sb.append("      marge: ").append(c.controle().reden()).append('\n');
                }
            }
            sb.append(r.allChecksPass() ? "  Alle gepubliceerde cijfers gereproduceerd.\n"
                    : "  Niet alle gepubliceerde cijfers gereproduceerd.\n");
        }
        if (!r.waarschuwingen().isEmpty()) {
            sb.append("\nWaarschuwingen (geldige maar onwaarschijnlijke invoer)\n");
            r.waarschuwingen().forEach(w -> sb.append("  ").append(w).append('\n'));
        }
        return sb.toString();
    }

    /**
     * Per figure kind and fund, the table analysts read: stands as rows, years as columns, "—" where a
     * stand has no figure; then the tranches of a stand over the years where they count differently
     * later; then the scenario's begroting tables as printed, with what does not add up.
     */
    private static String amountTables(ScenarioResult r) {
        StringBuilder sb = new StringBuilder();
        Normeringsuitkomst u = r.normering();
        List<BudgetYear> years = new ArrayList<>();
        for (BudgetYear y = r.scenario().normering().eersteJaar(); !y.isAfter(r.scenario().normering().laatsteJaar());
                y = y.next()) {
            years.add(y);
        }
        for (String q : List.of("tranche", "cumulatief", "korting", "afrekening", "structurele correctie",
                "behoedzaamheidsreserve", "niveau", "bcf-ruimte", "bcf-afrekening")) {
            for (Fonds f : Fonds.values()) {
                String t = Standentabel.text(u, f, q, years);
                if (!t.isEmpty()) {
                    sb.append('\n').append(t);
                }
                String b = Standentabel.bijstellingen(u, f, q, years);
                if (!b.isEmpty()) {
                    sb.append('\n').append(b);
                }
            }
        }
        for (Stand s : r.scenario().normering().standen()) {
            for (Fonds f : Fonds.values()) {
                String t = Standentabel.tranchesOverDeJaren(u, f, s, years);
                if (!t.isEmpty()) {
                    sb.append('\n').append(t);
                }
            }
        }
        for (Begrotingstabel b : r.scenario().begrotingstabellen()) {
            sb.append('\n').append(begrotingstabel(b));
        }
        if (!r.scenario().hiaten().isEmpty()) {
            sb.append("\nZonder publieke bron (in de tabellen een —, geen 0)\n");
            for (Scenario.Hiaat h : r.scenario().hiaten()) {
                sb.append("  ").append(h.wat()).append(": ").append(h.reden()).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * What changed from one stand to another (the meicirculaire to the septembercirculaire, say): per
     * fund the bijstelling of every figure kind per year, and the level's mutation table by cause.
     */
    static String bijstellingen(ScenarioResult r, Stand van, Stand naar) {
        if (r.normering() == null) {
            throw new FvwException("--van en --naar vergelijken standen van de normering; dit scenario heeft geen normering");
        }
        List<Stand> gerekend = r.scenario().normering().standen();
        for (Stand s : List.of(van, naar)) {
            if (!gerekend.contains(s)) {
                throw new FvwException("stand " + s + " wordt in dit scenario niet gerekend (gerekend: " + gerekend + ")");
            }
        }
        if (!van.isBefore(naar)) {
            throw new FvwException("stand " + van + " komt niet vóór " + naar + ": een bijstelling loopt van de eerdere stand"
                    + " naar de latere");
        }
        List<BudgetYear> years = new ArrayList<>();
        for (BudgetYear y = r.scenario().normering().eersteJaar(); !y.isAfter(r.scenario().normering().laatsteJaar());
                y = y.next()) {
            years.add(y);
        }
        StringBuilder sb = new StringBuilder(r.scenario().naam()).append(": van stand ").append(van).append(" naar stand ")
                .append(naar).append('\n');
        for (Fonds f : Fonds.values()) {
            for (String q : List.of("tranche", "cumulatief", "korting", "afrekening", "niveau", "bcf-ruimte")) {
                String t = Standentabel.bijstelling(r.normering(), f, q, van, naar, years);
                if (!t.isEmpty()) {
                    sb.append('\n').append(t);
                }
            }
            if (!r.normering().niveaus(f, van).isEmpty() && !r.normering().niveaus(f, naar).isEmpty()) {
                Mutatietabel m = Niveaumutaties.tabel(r.normering(), f, van, naar, RoundingStep.MLN);
                sb.append('\n').append(MutatietabelTekst.of(m))
                        .append("Afronding: elk cijfer op zich, ").append(RoundingStep.MLN.name()).append(", ")
                        .append(RoundingStep.MLN.mode()).append(".\n");
                for (Mutatiecontrole.Afwijking a : Mutatiecontrole.check(m)) {
                    sb.append("  ").append(a).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** A begroting table as printed, its source, and every cell that does not add up with the reason. */
    static String begrotingstabel(Begrotingstabel b) {
        StringBuilder sb = new StringBuilder(MutatietabelTekst.of(b.tabel()));
        sb.append("Bron: ").append(b.bron()).append(" (").append(b.fonds() == null ? "Gemeentefonds en Provinciefonds"
                : b.fonds().naam()).append(", ").append(b.post()).append(")\n");
        List<Mutatiecontrole.Afwijking> afwijkingen = b.afwijkingen();
        if (afwijkingen.isEmpty()) {
            sb.append("Controle: elke stand is de stand ervoor plus de mutaties, elke mutatie de som van haar delen: klopt.\n");
        } else {
            sb.append("Controle: stand + mutaties = nieuwe stand, mutatie = som van haar delen:\n");
            for (Mutatiecontrole.Afwijking a : afwijkingen) {
                String reden = b.erkendeReden(a);
                sb.append("  ").append(a).append(reden == null ? "" : "; erkend: " + reden).append('\n');
            }
        }
        return sb.toString();
    }

    private static String provenance(Provenance p) {
        StringBuilder sb = new StringBuilder("fvw " + p.fvwVersion() + "\n");
        p.hashes().forEach((k, v) -> sb.append("  ").append(k).append("  sha256:").append(v, 0, 16).append("…\n"));
        return sb.toString();
    }
}
