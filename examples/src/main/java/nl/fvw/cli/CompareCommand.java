package nl.fvw.cli;

import java.nio.file.Path;

import nl.fvw.FvwException;
import nl.fvw.present.VariantTabellen;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.Scenario;
import nl.fvw.scenario.ScenarioReader;

/** {@code fvw compare SCENARIO}: the scenario's variants side by side, or its circulaire against the earlier one. */
final class CompareCommand {
    static final Opdracht OPDRACHT = Opdracht.van("compare", "Zet de varianten van een scenario naast elkaar: niveau per"
            + " fonds en jaar, verschillen, uitgavenkader; of twee circulaires: de algemene uitkering per gemeente, het"
            + " verschil in drie effecten.", CompareCommand::voerUit)
            .parameter("SCENARIO", "Scenariobestand met varianten of met een vorige circulaire.")
            .keuze("--format", Format.class, "table")
            .pad("--out", "BESTAND", "Schrijf de uitvoer naar dit bestand.");

    /** Output formats of compare. */
    enum Format {
        table, csv, json, html
    }

    private CompareCommand() {
    }

    private static int voerUit(Aanroep a) {
        Path scenario = a.pad("SCENARIO");
        Path out = a.pad("--out");
        Format format = a.keuze("--format", Format.class);
        Scenario s = ScenarioReader.read(scenario);
        Uitvoer.geenInvoer(out, s);
        ScenarioResult r = ScenarioRunner.run(s, Main.engine(s, a), false, Main.cache());
        if (r.varianten() == null && r.circulaires() != null) {
            String text = switch (format) {
                case csv -> Circulairerapport.csv(r.circulaires());
                case json -> Circulairerapport.json(r.circulaires());
                case table -> Circulairerapport.text(r.circulaires());
                case html -> Circulairerapport.html(r.circulaires());
            };
            RunCommand.output(a.out(), out, text);
            return 0;
        }
        if (r.varianten() == null) {
            throw new FvwException("scenario " + scenario + " names no varianten and no vorige_circulaire to compare");
        }
        String text = switch (format) {
            case csv -> "\uFEFF" + VariantTabellen.csv(r.varianten());
            case json -> VariantTabellen.json(r.varianten());
            case table -> VariantTabellen.text(r.varianten());
            case html -> VariantenHtml.pagina(r.scenario().naam() + ": varianten", r.varianten());
        };
        RunCommand.output(a.out(), out, text);
        return 0;
    }
}
