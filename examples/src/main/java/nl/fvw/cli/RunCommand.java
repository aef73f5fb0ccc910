package nl.fvw.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import nl.fvw.FvwException;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.Scenario;
import nl.fvw.scenario.ScenarioReader;
import nl.fvw.time.Stand;

/** {@code fvw run SCENARIO}: every figure of a scenario, with its checks and explanations. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Reken een scenario door en toon alle uitkomsten.")
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenariobestand (.yaml, .yml of .json).")
    Path scenario;

    @Option(names = "--format", defaultValue = "table", description = "Uitvoer: ${COMPLETION-CANDIDATES}.")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "BESTAND", description = "Schrijf de uitvoer naar dit bestand.")
    Path out;

    @Option(names = "--no-explain", description = "Geen uitleg: alleen de cijfers (sneller bij grote runs).")
    boolean noExplain;

    @Option(names = "--van", paramLabel = "STAND", description = "Met --naar: alleen wat veranderde van deze stand"
            + " (bijvoorbeeld \"meicirculaire 2023\") ...")
    String van;

    @Option(names = "--naar", paramLabel = "STAND", description = "... naar deze stand: de bijstelling per cijfer en fonds"
            + " en de mutatietabel van het niveau.")
    String naar;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((van == null) != (naar == null)) {
            throw new Gebruiksfout("geef --van en --naar samen: de stand waarvan en de stand waarnaar de bijstelling loopt");
        }
        Scenario s = ScenarioReader.read(scenario);
        Uitvoer.geenInvoer(out, s);
        ScenarioResult result = ScenarioRunner.run(s, Main.engine(s, spec), !noExplain, Main.cache());
        if (van != null) {
            RunCommand.output(spec.commandLine().getOut(), out, Reports.bijstellingen(result, Stand.parse(van),
                    Stand.parse(naar)));
            return 0;
        }
        return Reports.emit(result, format, out, !noExplain, spec.commandLine().getOut());
    }

    /** Output formats of run. */
    enum ReportFormat {
        table, json, markdown, html, csv, xlsx
    }

    /** Writes the text to {@code out} and says so on the terminal, or prints it there when no file is given. */
    static void output(PrintWriter terminal, Path out, String text) {
        if (out != null) {
            write(out, text);
            terminal.println("geschreven: " + out);
        } else {
            terminal.print(text);
            terminal.flush();
        }
    }

    private static void write(Path file, String text) {
        Uitvoer.schrijf(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
