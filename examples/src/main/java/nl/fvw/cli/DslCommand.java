package nl.fvw.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.fvw.rules.dsl.DslMapping;
import nl.fvw.rules.dsl.Sentence;

/** {@code fvw dsl}: the sentences of the rule language, from the mapping the engine itself uses. */
@Command(name = "dsl", mixinStandardHelpOptions = true, description = "Toon de zinnen van de regeltaal (zie docs/dsl.md).")
public final class DslCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StringBuilder sb = new StringBuilder();
        DslMapping m = DslMapping.shipped();
        for (Sentence.Scope scope : Sentence.Scope.values()) {
            sb.append(switch (scope) {
                case KEYWORD -> "Kopregels";
                case CONDITION -> "\nVoorwaarden (tussen wanneer en dan)";
                case CONSEQUENCE -> "\nActies (tussen dan en einde)";
            }).append('\n');
            for (Sentence s : m.sentences(scope)) {
                sb.append("  ").append(s.text()).append('\n');
            }
        }
        sb.append("\nUitleg en voorbeelden: docs/dsl.md\n");
        spec.commandLine().getOut().print(sb);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
