package nl.fvw.rules.dsl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference of the DSL, made from the mapping itself (its sentences and the "#:" meaning and
 * "#>" example above each), so the documentation cannot drift from the language: a plain list for
 * the terminal, and the Markdown page docs/dsl-zinnen.md.
 *
 * <pre>{@code
 * String page = DslReference.markdown(DslMapping.shipped());
 * }</pre>
 */
public final class DslReference {
    private DslReference() {
    }

    /**
     * The sentences by topic and place, one per line with its meaning.
     *
     * @param mapping the mapping to describe
     * @return plain text for a terminal
     */
    public static String text(DslMapping mapping) {
        StringBuilder sb = new StringBuilder();
        topics(mapping).forEach((topic, sentences) -> {
            sb.append(sb.length() == 0 ? "" : "\n").append(topic.isEmpty() ? "Zinnen" : topic).append('\n');
            for (Sentence.Scope scope : Sentence.Scope.values()) {
                List<Sentence> in = sentences.stream().filter(s -> s.scope() == scope).toList();
                if (in.isEmpty()) {
                    continue;
                }
                if (scope != Sentence.Scope.KEYWORD) {
                    sb.append("  ").append(place(scope)).append('\n');
                }
                for (Sentence s : in) {
                    sb.append("    ").append(s.text()).append('\n');
                    if (!s.meaning().isEmpty()) {
                        sb.append("        ").append(s.meaning()).append('\n');
                    }
                }
            }
        });
        return sb.toString();
    }

    /**
     * The Markdown reference page: the typed captures, then per topic the conditions and actions
     * with meaning and example.
     *
     * @param mapping the mapping to describe
     * @return the page, ending in a newline
     */
    public static String markdown(DslMapping mapping) {
        StringBuilder sb = new StringBuilder();
        sb.append("# De zinnen van de fvw-regeltaal\n\n");
        sb.append("<!-- Gemaakt uit rules-dsl/src/main/resources/").append(DslMapping.SHIPPED)
                .append(" met `./fvw dsl --format markdown --out docs/dsl-zinnen.md`; niet met de hand bewerken. -->\n\n");
        sb.append("Elke zin met haar betekenis en een voorbeeld. Hoe een regel is opgebouwd en wat fvw controleert:\n"
                + "[dsl.md](dsl.md).\n\n");
        sb.append("## Vangwaarden\n\n");
        sb.append("Een vangwaarde `{…}` is getypeerd naar haar naam; fvw controleert de waarde voordat Drools haar ziet.\n\n");
        sb.append("| naam | verwacht |\n|---|---|\n");
        for (CaptureType t : CaptureType.values()) {
            sb.append("| `").append(t.prefix()).append("…`").append(t.alias().isEmpty() ? "" : ", `" + t.alias() + "`")
                    .append(" | ").append(cell(t.description())).append(" |\n");
        }
        topics(mapping).forEach((topic, sentences) -> {
            sb.append("\n## ").append(topic.isEmpty() ? "Zinnen" : topic).append('\n');
            for (Sentence.Scope scope : Sentence.Scope.values()) {
                List<Sentence> in = sentences.stream().filter(s -> s.scope() == scope).toList();
                if (in.isEmpty()) {
                    continue;
                }
                if (scope != Sentence.Scope.KEYWORD) {
                    sb.append("\n### ").append(place(scope)).append('\n');
                }
                sb.append("\n| zin | betekenis | voorbeeld |\n|---|---|---|\n");
                for (Sentence s : in) {
                    sb.append("| `").append(cell(s.text())).append("` | ").append(cell(s.meaning())).append(" | `")
                            .append(cell(s.example())).append("` |\n");
                }
            }
        });
        return sb.toString();
    }

    private static Map<String, List<Sentence>> topics(DslMapping mapping) {
        Map<String, List<Sentence>> byTopic = new LinkedHashMap<>();
        for (Sentence s : mapping.sentences()) {
            byTopic.computeIfAbsent(s.topic(), k -> new java.util.ArrayList<>()).add(s);
        }
        return byTopic;
    }

    private static String place(Sentence.Scope scope) {
        return switch (scope) {
            case KEYWORD -> "Kopregels";
            case CONDITION -> "Voorwaarden (tussen wanneer en dan)";
            case CONSEQUENCE -> "Acties (tussen dan en einde)";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
