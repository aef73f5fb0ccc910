package nl.fvw.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import nl.fvw.FvwException;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.Scenario;
import nl.fvw.scenario.ScenarioReader;
import nl.fvw.time.Stand;

/** {@code fvw run SCENARIO}: every figure of a scenario, with its checks and explanations. */
final class RunCommand {
    static final Opdracht OPDRACHT = Opdracht.van("run", "Reken een scenario door en toon alle uitkomsten.", RunCommand::voerUit)
            .parameter("SCENARIO", "Scenariobestand (.yaml, .yml of .json).")
            .keuze("--format", ReportFormat.class, "table")
            .pad("--out", "BESTAND", "Schrijf de uitvoer naar dit bestand.")
            .schakelaar("--no-explain", "Geen uitleg: alleen de cijfers (sneller bij grote runs).")
            .waarde("--van", "STAND", "Met --naar: alleen wat veranderde van deze stand (bijvoorbeeld \"meicirculaire 2023\") ...")
            .waarde("--naar", "STAND", "... naar deze stand: de bijstelling per cijfer en fonds en de mutatietabel van het niveau.");

    private RunCommand() {
    }

    private static int voerUit(Aanroep a) {
        Path scenario = a.pad("SCENARIO");
        Path out = a.pad("--out");
        String van = a.tekst("--van");
        String naar = a.tekst("--naar");
        boolean noExplain = a.schakelaar("--no-explain");
        if ((van == null) != (naar == null)) {
            throw new Gebruiksfout("geef --van en --naar samen: de stand waarvan en de stand waarnaar de bijstelling loopt");
        }
        Scenario s = ScenarioReader.read(scenario);
        Uitvoer.geenInvoer(out, s);
        ScenarioResult result = ScenarioRunner.run(s, Main.engine(s, a), !noExplain, Main.cache());
        if (van != null) {
            RunCommand.output(a.out(), out, Reports.bijstellingen(result, Stand.parse(van),
                    Stand.parse(naar)));
            return 0;
        }
        return Reports.emit(result, a.keuze("--format", ReportFormat.class), out, !noExplain, a.out());
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
