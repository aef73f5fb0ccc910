package nl.fvw.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.fvw.FvwException;
import nl.fvw.explain.FigureName;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.ScenarioReader;

/** {@code fvw demo}: the shipped demo scenario, explained. */
final class DemoCommand {
    static final Opdracht OPDRACHT = Opdracht.van("demo",
            "Reken het meegeleverde voorbeeld door: het accres uit de NGRU van de Miljoenennota 2012.", DemoCommand::voerUit);
    static final String DEMO = "examples/scenarios/accres-ngru-mn2012.yaml";
    /** The figure the demo explains: the one where printed parts and printed total differ. */
    private static final String SHOWN = "accres 2014 stand Miljoenennota 2012";

    private DemoCommand() {
    }

    private static int voerUit(Aanroep a) {
        Path file = Path.of(System.getProperty("fvw.home", ".")).resolve(DEMO);
        if (!Files.isRegularFile(file)) {
            throw new FvwException("demo scenario " + file + " not found; run fvw from its repository (./fvw demo)");
        }
        ScenarioResult result = ScenarioRunner.run(ScenarioReader.read(file), true, Main.cache());
        String text = Reports.table(result, List.of(FigureName.parse(SHOWN)))
                + "\nAlle uitleg: ./fvw run " + DEMO + "\nEén cijfer:  ./fvw explain " + DEMO + " \"" + SHOWN + "\"\n";
        return Reports.emit(result, text, null, a.out());
    }
}
