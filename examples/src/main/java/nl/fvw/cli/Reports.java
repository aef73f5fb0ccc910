package nl.fvw.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.fvw.bekostiging.Taakjaar;
import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.bundeling.Bundelingsuitkomst;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Figuur;
import nl.fvw.explain.Provenance;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.normering.Bedrag;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.present.BudgetTable;
import nl.fvw.present.DutchNumbers;
import nl.fvw.present.ExplanationJson;
import nl.fvw.present.ExplanationText;
import nl.fvw.present.Json;
import nl.fvw.present.Values;
import nl.fvw.present.VariantTabellen;
import nl.fvw.rules.ControleUitkomst;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/** Renders a scenario result as a terminal report or as JSON. */
final class Reports {
    private Reports() {
    }

    static int emit(ScenarioResult r, RunCommand.ReportFormat format, Path out, boolean explain, PrintWriter terminal) {
        if (format == RunCommand.ReportFormat.xlsx) {
            if (out == null) {
                throw new nl.fvw.FvwException("--format xlsx writes a workbook: name the file with --out FILE.xlsx");
            }
            try {
                java.nio.file.Files.write(out, Werkboek.xlsx(r));
            } catch (java.io.IOException e) {
                throw new nl.fvw.FvwException(out + ": cannot write: " + e.getMessage());
            }
            terminal.println("geschreven: " + out);
            terminal.flush();
            return r.allChecksPass() ? 0 : Main.CHECK_FAILED;
        }
        String text = switch (format) {
            case xlsx -> throw new IllegalStateException("written above");
            case json -> json(r);
            case table -> table(r, explain ? null : List.of());
            case csv -> {
                if (r.bundelingen().isEmpty()) {
                    throw new nl.fvw.FvwException("--format csv writes the effects per recipient of bundelingen;"
                            + " this scenario has none");
                }
                yield Bundelingsrapport.csv(r.bundelingen());
            }
            case html -> HtmlRapport.html(r);
            case markdown -> {
                if (r.taken().isEmpty()) {
                    throw new nl.fvw.FvwException("--format markdown writes the financial paragraph of tasks;"
                            + " this scenario has no taken");
                }
                StringBuilder sb = new StringBuilder();
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
        for (nl.fvw.bekostiging.Taakuitkomst t : r.taken()) {
            sb.append(nl.fvw.present.Financieleparagraaf.markdown(t)).append('\n');
        }
        for (nl.fvw.bundeling.Bundelingsuitkomst b : r.bundelingen()) {
            sb.append(Bundelingsrapport.samenvatting(b)).append('\n');
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
                        c.controle().figuur(), DutchNumbers.format(c.berekend().setScale(2, java.math.RoundingMode.HALF_UP), 2),
                        DutchNumbers.format(c.controle().gepubliceerd().setScale(2, java.math.RoundingMode.HALF_UP), 2),
                        c.controle().tolerantie().stripTrailingZeros().toPlainString().replace('.', ',')));
                if (c.controle().tolerantie().signum() > 0) {
                    sb.append("      marge: ").append(c.controle().reden()).append('\n');
                }
            }
            sb.append(r.allChecksPass() ? "  Alle gepubliceerde cijfers gereproduceerd.\n"
                    : "  Niet alle gepubliceerde cijfers gereproduceerd.\n");
        }
        return sb.toString();
    }

    /** Per stand, the tranches, levels, kortingen, afrekeningen and BCF-ruimte as budget tables in € mln. */
    private static String amountTables(ScenarioResult r) {
        StringBuilder sb = new StringBuilder();
        Normeringsuitkomst u = r.normering();
        List<String> years = new java.util.ArrayList<>();
        for (BudgetYear y = r.scenario().normering().eersteJaar(); !y.isAfter(r.scenario().normering().laatsteJaar());
                y = y.next()) {
            years.add(y.toString());
        }
        for (Stand s : r.scenario().normering().standen()) {
            for (String q : List.of("tranche", "cumulatief", "korting", "afrekening", "niveau", "bcf-ruimte",
                    "bcf-afrekening")) {
                BudgetTable t = BudgetTable.of(q + " stand " + s, years, RoundingStep.MLN);
                boolean any = false;
                for (String fonds : List.of("GF", "PF")) {
                    List<java.math.BigDecimal> row = new java.util.ArrayList<>();
                    boolean found = false;
                    for (String y : years) {
                        Figuur f = u.figuren().stream().filter(x -> x.name().grootheid().equals(q)
                                && fonds.equals(x.name().fonds()) && x.name().jaar().toString().equals(y)
                                && s.equals(x.name().stand())).findFirst().orElse(null);
                        found |= f != null;
                        row.add(f == null ? java.math.BigDecimal.ZERO : nl.fvw.money.Amounts.value(((Bedrag) f).bedrag()));
                    }
                    if (found) {
                        t.row(fonds, row);
                        any = true;
                    }
                }
                if (any) {
                    sb.append('\n').append(t.render());
                }
            }
        }
        return sb.toString();
    }

    private static String provenance(Provenance p) {
        StringBuilder sb = new StringBuilder("fvw " + p.fvwVersion() + "\n");
        p.hashes().forEach((k, v) -> sb.append("  ").append(k).append("  sha256:").append(v, 0, 16).append("…\n"));
        return sb.toString();
    }

    static String json(ScenarioResult r) {
        return Json.pretty(g -> {
            g.writeStartObject();
            g.writeStringField("scenario", r.scenario().naam());
            g.writeStringField("stand", r.scenario().stand().toString());
            g.writeArrayFieldStart("accres");
            for (AccresPercentage a : r.normering() == null ? List.<AccresPercentage>of() : r.normering().accressen()) {
                g.writeStartObject();
                g.writeStringField("figuur", a.name().toString());
                g.writeNumberField("jaar", a.jaar().value());
                g.writeStringField("stand", a.stand().toString());
                g.writeStringField("fractie", a.fraction().toPlainString());
                g.writeStringField("procent_gedrukt", a.published().toPlainString());
                if (!a.explanation().isNone()) {
                    g.writeFieldName("uitleg");
                    ExplanationJson.write(g, a.explanation());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("figuren");
            if (r.normering() != null) {
                List<Bedrag> bedragen = new ArrayList<>(r.normering().tranches());
                bedragen.addAll(r.normering().bedragen());
                for (Bedrag f : bedragen) {
                    g.writeStartObject();
                    g.writeStringField("figuur", f.name().toString());
                    g.writeStringField("bedrag", Amounts.value(f.bedrag()).toPlainString());
                    g.writeStringField("valuta", f.bedrag().getCurrency().getCurrencyCode());
                    g.writeStringField("weergave", Values.text(f));
                    if (!f.explanation().isNone()) {
                        g.writeFieldName("uitleg");
                        ExplanationJson.write(g, f.explanation());
                    }
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("taken");
            for (Taakuitkomst t : r.taken()) {
                g.writeStartObject();
                g.writeStringField("taak", t.taak().naam());
                g.writeStringField("oordeel", String.valueOf(t.oordeel()));
                g.writeArrayFieldStart("signalen");
                for (Taakuitkomst.Signaal sig : t.signalen()) {
                    g.writeString(sig.tekst());
                }
                g.writeEndArray();
                g.writeArrayFieldStart("jaren");
                for (Taakjaar j : t.jaren()) {
                    g.writeStartObject();
                    g.writeNumberField("jaar", j.jaar().value());
                    g.writeStringField("claim", Amounts.value(j.claim()).toPlainString());
                    g.writeStringField("compensatie", Amounts.value(j.compensatie()).toPlainString());
                    g.writeStringField("gat", Amounts.value(j.gat()).toPlainString());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("bundelingen");
            for (Bundelingsuitkomst b : r.bundelingen()) {
                g.writeStartObject();
                g.writeStringField("bundeling", b.bundeling().naam());
                g.writeObjectFieldStart("overgeheveld");
                for (var e : b.overgeheveld().asMap().entrySet()) {
                    g.writeStringField(e.getKey().toString(), Amounts.value(e.getValue()).toPlainString());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("controles");
            for (ControleUitkomst c : r.controles()) {
                g.writeStartObject();
                g.writeStringField("figuur", c.controle().figuur().toString());
                g.writeStringField("berekend", c.berekend().toPlainString());
                g.writeStringField("gepubliceerd", c.controle().gepubliceerd().toPlainString());
                g.writeStringField("tolerantie", c.controle().tolerantie().toPlainString());
                g.writeBooleanField("klopt", c.klopt());
                g.writeStringField("bron", c.controle().bron());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("herkomst");
            g.writeStringField("fvw", r.provenance().fvwVersion());
            g.writeObjectFieldStart("sha256");
            for (var e : r.provenance().hashes().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }) + "\n";
    }

}
