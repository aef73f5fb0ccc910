package nl.fvw.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** {@code fvw run SCENARIO}: every figure of a scenario, with its checks and explanations. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Reken een scenario door en toon alle uitkomsten.")
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenariobestand (.yaml, .yml of .json).")
    Path scenario;

    @Option(names = "--format", defaultValue = "table", description = "Uitvoer: ${COMPLETION-CANDIDATES}.")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Schrijf de uitvoer naar dit bestand.")
    Path out;

    @Option(names = "--no-explain", description = "Geen uitleg: alleen de cijfers (sneller bij grote runs).")
    boolean noExplain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioResult result = ScenarioRunner.run(ScenarioReader.read(scenario), !noExplain, Main.cache());
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
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FvwException(file + ": cannot write: " + e.getMessage());
        }
    }
}
