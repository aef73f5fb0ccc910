package nl.fvw.cli;

import java.nio.file.Path;
import java.util.List;

import nl.fvw.rules.FvwEngine;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.Scenario;
import nl.fvw.scenario.ScenarioReader;

/**
 * {@code fvw validate SCENARIO…}: reads each scenario with its parameter, data and rule files and
 * checks every rule line, without computing. Prints nothing but errors; exit code 1 on any.
 */
final class ValidateCommand {
    static final Opdracht OPDRACHT = Opdracht.van("validate", "Controleer scenario's, parameters, gegevens en"
            + " regelbestanden: wat run weigert, weigert validate ook; zonder uitvoer.", ValidateCommand::voerUit)
            .meerdere("SCENARIO", "Scenariobestanden.");

    private ValidateCommand() {
    }

    private static int voerUit(Aanroep a) {
        int failed = 0;
        for (Path p : a.paden("SCENARIO")) {
            try {
                Scenario s = ScenarioReader.read(p);
                FvwEngine engine = Main.engine(s, a);
                ScenarioRunner.run(s, engine, false, Main.cache()); // what run refuses, validate refuses: same checks
            } catch (nl.fvw.FvwException e) {
                a.err().println("fvw: " + Meldingen.nl(e.getMessage()));
                failed++;
            }
        }
        return failed == 0 ? 0 : Main.INPUT_ERROR;
    }
}
