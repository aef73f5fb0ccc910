package nl.fvw.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.fvw.rules.FvwEngine;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.Scenario;
import nl.fvw.scenario.ScenarioReader;

/**
 * {@code fvw validate SCENARIO…}: reads each scenario with its parameter, data and rule files and
 * checks every rule line, without computing. Prints nothing but errors; exit code 1 on any.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Controleer scenario's, parameters, gegevens en regelbestanden: wat run weigert, weigert validate"
                + " ook; zonder uitvoer.")
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenariobestanden.")
    List<Path> scenarios;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int failed = 0;
        for (Path p : scenarios) {
            try {
                Scenario s = ScenarioReader.read(p);
                FvwEngine engine = Main.engine(s, spec);
                ScenarioRunner.run(s, engine, false, Main.cache()); // what run refuses, validate refuses: same checks
            } catch (nl.fvw.FvwException e) {
                spec.commandLine().getErr().println("fvw: " + Meldingen.nl(e.getMessage()));
                failed++;
            }
        }
        return failed == 0 ? 0 : Main.INPUT_ERROR;
    }
}
