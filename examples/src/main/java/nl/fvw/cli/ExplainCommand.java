package nl.fvw.cli;

import java.nio.file.Path;

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
final class ExplainCommand {
    static final Opdracht OPDRACHT = Opdracht.van("explain",
            "Toon de volledige uitleg van één cijfer, bv. \"accres 2014 stand Miljoenennota 2012\".", ExplainCommand::voerUit)
            .parameter("SCENARIO", "Scenariobestand.")
            .tekstparameter("FIGUUR", "[GF|PF] grootheid jaar [stand <stand>], bv. \"accres 2014 stand Miljoenennota 2012\".")
            .keuze("--format", Format.class, "text")
            .pad("--out", "BESTAND", "Schrijf de uitvoer naar dit bestand.");

    private ExplainCommand() {
    }

    /** Output formats of explain. */
    enum Format {
        text, json
    }

    private static int voerUit(Aanroep a) {
        Path scenario = a.pad("SCENARIO");
        Path out = a.pad("--out");
        FigureName name;
        try {
            name = FigureName.parse(a.tekst("FIGUUR"));
        } catch (FvwException e) {
            throw new FvwException("figure: " + e.getMessage());
        }
        Scenario s = ScenarioReader.read(scenario);
        Uitvoer.geenInvoer(out, s);
        ScenarioResult r = ScenarioRunner.run(s, Main.engine(s, a), true, Main.cache());
        Explanation e = Figuuruitleg.of(r, name);
        String text = a.keuze("--format", Format.class) == Format.json ? ExplanationJson.of(e) + "\n" : ExplanationText.of(e);
        RunCommand.output(a.out(), out, text);
        return 0;
    }
}
