package nl.fvw.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.present.ExplanationJson;
import nl.fvw.present.ExplanationText;
import nl.fvw.rules.Figuuruitleg;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.Scenario;
import nl.fvw.scenario.ScenarioReader;

/** {@code fvw explain SCENARIO FIGURE}: the full explanation of one figure. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Toon de volledige uitleg van één cijfer, bv. \"accres 2014 stand Miljoenennota 2012\".")
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenariobestand.")
    Path scenario;

    @Parameters(index = "1", paramLabel = "FIGUUR",
            description = "[GF|PF] grootheid jaar [stand <stand>], bv. \"accres 2014 stand Miljoenennota 2012\".")
    String figure;

    @Option(names = "--format", defaultValue = "text", description = "Uitvoer: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", paramLabel = "BESTAND", description = "Schrijf de uitvoer naar dit bestand.")
    Path out;

    @Spec
    CommandSpec spec;

    /** Output formats of explain. */
    enum Format {
        text, json
    }

    @Override
    public Integer call() {
        FigureName name;
        try {
            name = FigureName.parse(figure);
        } catch (FvwException e) {
            throw new FvwException("figure: " + e.getMessage());
        }
        Scenario s = ScenarioReader.read(scenario);
        Uitvoer.geenInvoer(out, s);
        ScenarioResult r = ScenarioRunner.run(s, Main.engine(s, spec), true, Main.cache());
        Explanation e = Figuuruitleg.of(r, name);
        String text = format == Format.json ? ExplanationJson.of(e) + "\n" : ExplanationText.of(e);
        RunCommand.output(spec.commandLine().getOut(), out, text);
        return 0;
    }
}
