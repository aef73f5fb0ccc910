package nl.fvw.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import nl.fvw.FvwException;
import nl.fvw.present.VariantTabellen;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.Scenario;
import nl.fvw.scenario.ScenarioReader;

/** {@code fvw compare SCENARIO}: the scenario's variants side by side, or its circulaire against the earlier one. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Zet de varianten van een scenario naast elkaar: niveau per fonds en jaar, verschillen, uitgavenkader;"
                + " of twee circulaires: de algemene uitkering per gemeente, het verschil in drie effecten.")
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenariobestand met varianten of met een vorige circulaire.")
    Path scenario;

    @Option(names = "--format", defaultValue = "table", description = "Uitvoer: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", paramLabel = "BESTAND", description = "Schrijf de uitvoer naar dit bestand.")
    Path out;

    /** Output formats of compare. */
    enum Format {
        table, csv, json, html
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Scenario s = ScenarioReader.read(scenario);
        Uitvoer.geenInvoer(out, s);
        ScenarioResult r = ScenarioRunner.run(s, Main.engine(s, spec), false, Main.cache());
        if (r.varianten() == null && r.circulaires() != null) {
            String text = switch (format) {
                case csv -> Circulairerapport.csv(r.circulaires());
                case json -> Circulairerapport.json(r.circulaires());
                case table -> Circulairerapport.text(r.circulaires());
                case html -> Circulairerapport.html(r.circulaires());
            };
            RunCommand.output(spec.commandLine().getOut(), out, text);
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
        RunCommand.output(spec.commandLine().getOut(), out, text);
        return 0;
    }
}
