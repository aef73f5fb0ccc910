package nl.fvw.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.fvw.rules.dsl.DslMapping;
import nl.fvw.rules.dsl.DslReference;

/** {@code fvw dsl}: the sentences of the rule language, from the mapping the engine itself uses. */
@Command(name = "dsl", mixinStandardHelpOptions = true,
        description = "Toon de zinnen van de regeltaal met hun betekenis (markdown: de pagina docs/dsl-zinnen.md).")
public final class DslCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "text", description = "Uitvoer: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", paramLabel = "BESTAND", description = "Schrijf de uitvoer naar dit bestand.")
    Path out;

    @Spec
    CommandSpec spec;

    /** Output formats of dsl. */
    enum Format {
        text, markdown
    }

    @Override
    public Integer call() {
        DslMapping mapping = DslMapping.shipped();
        String text = format == Format.markdown ? DslReference.markdown(mapping)
                : DslReference.text(mapping) + "\nBetekenis en voorbeelden: docs/dsl-zinnen.md; de opbouw van een regel: docs/dsl.md\n";
        RunCommand.output(spec.commandLine().getOut(), out, text);
        return 0;
    }
}
