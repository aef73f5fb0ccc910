package nl.fvw.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.fvw.FvwException;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.ScenarioReader;

/**
 * {@code fvw sweep SCENARIO}: runs every point of the scenario's {@code sweep:} (a parameter
 * over a list or a range, see docs/scenario.md) and prints, per fund and year, the spread of
 * the level over the points: min, P10, P50, P90, max.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Reken elk punt van de sweep van een scenario door en toon de spreiding per fonds en jaar.")
public final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenariobestand met een sweep of varianten.")
    Path scenario;

    @Option(names = "--out", paramLabel = "FILE", description = "Schrijf de uitvoer naar dit bestand.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioResult r = ScenarioRunner.run(ScenarioReader.read(scenario), false);
        if (r.varianten() == null) {
            throw new FvwException("scenario " + scenario + " has no sweep (or varianten) to run; add"
                    + " 'sweep: {parameter: <naam>, van: .., tot: .., stap: ..}'");
        }
        String text = r.varianten().renderSpreiding();
        RunCommand.output(spec.commandLine().getOut(), out, text);
        return 0;
    }
}
