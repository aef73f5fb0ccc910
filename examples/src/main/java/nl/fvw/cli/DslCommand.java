package nl.fvw.cli;

import java.nio.file.Path;

import nl.fvw.rules.dsl.DslMapping;
import nl.fvw.rules.dsl.DslReference;

/** {@code fvw dsl}: the sentences of the rule language, from the mapping the engine itself uses. */
final class DslCommand {
    static final Opdracht OPDRACHT = Opdracht.van("dsl",
            "Toon de zinnen van de regeltaal met hun betekenis (markdown: de pagina docs/dsl-zinnen.md).", DslCommand::voerUit)
            .keuze("--format", Format.class, "text")
            .pad("--out", "BESTAND", "Schrijf de uitvoer naar dit bestand.");

    private DslCommand() {
    }

    /** Output formats of dsl. */
    enum Format {
        text, markdown
    }

    private static int voerUit(Aanroep a) {
        Format format = a.keuze("--format", Format.class);
        DslMapping mapping = DslMapping.shipped();
        String text = format == Format.markdown ? DslReference.markdown(mapping)
                : DslReference.text(mapping) + "\nBetekenis en voorbeelden: docs/dsl-zinnen.md; de opbouw van een regel: docs/dsl.md\n";
        RunCommand.output(a.out(), a.pad("--out"), text);
        return 0;
    }
}
