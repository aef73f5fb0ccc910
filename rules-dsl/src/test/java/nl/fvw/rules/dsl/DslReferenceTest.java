package nl.fvw.rules.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docs/dsl-zinnen.md is made from the mapping, every sentence has a meaning and an example, and
 * every example is a line the checker admits in a rule: the reference cannot drift from the
 * language.
 */
class DslReferenceTest {
    private static final DslMapping MAPPING = DslMapping.shipped();
    private static final Pattern INTRODUCES = Pattern.compile("^\\$(\\w+)\\s*:");
    private static final Pattern NEEDS = Pattern.compile("\\$(\\w+)");

    @Test
    void thePageIsTheGeneratedReference() throws IOException {
        assertThat(Files.readString(Path.of("../docs/dsl-zinnen.md")))
                .as("docs/dsl-zinnen.md is out of date: ./fvw dsl --format markdown --out docs/dsl-zinnen.md")
                .isEqualTo(DslReference.markdown(MAPPING));
    }

    @Test
    void everySentenceHasATopicAMeaningAndAnExample() {
        for (Sentence s : MAPPING.sentences()) {
            assertThat(s.topic()).as("topic of " + s.text()).isIn("Kopregels", "Normering", "Bekostiging", "Bundeling");
            assertThat(s.meaning()).as("meaning of " + s.text()).isNotBlank();
            assertThat(s.example()).as("example of " + s.text()).isNotBlank();
            assertThat(DslReference.markdown(MAPPING)).contains("| `" + s.text() + "` | " + s.meaning());
        }
    }

    /** Each example has the shape of its own sentence, with captures of the right type. */
    @Test
    void everyExampleIsItsOwnSentence() {
        for (Sentence s : MAPPING.sentences()) {
            if (s.scope() == Sentence.Scope.KEYWORD && s.captures().isEmpty()) {
                assertThat(s.example()).startsWith(s.text());
                continue;
            }
            List<String> values = s.shapeMatch(s.example());
            assertThat(values).as(s.example()).isNotNull();
            for (int k = 0; k < values.size(); k++) {
                assertThat(s.types().get(k).accepts(values.get(k))).as(s.example() + ": {" + s.captures().get(k) + "}")
                        .isTrue();
            }
        }
    }

    /**
     * Each condition and action example, in a rule with the sentences that introduce what it is
     * about, passes the line checker as an analyst's file.
     */
    @Test
    void everyExamplePassesTheCheckerInARule() {
        LineChecker checker = new LineChecker(MAPPING);
        for (Sentence s : MAPPING.sentences()) {
            if (s.scope() == Sentence.Scope.KEYWORD) {
                continue;
            }
            Sentence action = s.scope() == Sentence.Scope.CONSEQUENCE ? s : firstAction(s.topic());
            List<String> when = new ArrayList<>();
            for (Sentence introducer : introducers(s)) {
                when.add(introducer.example());
            }
            for (Sentence introducer : introducers(action)) {
                if (!when.contains(introducer.example())) {
                    when.add(introducer.example());
                }
            }
            if (s.scope() == Sentence.Scope.CONDITION && !when.contains(s.example())) {
                when.add(s.example());
            }
            String then = action.example();
            String rule = "regel \"voorbeeld\"\n  id \"ANL-VOORBEELD\"\n  bron \"docs/dsl-zinnen.md\"\nwanneer\n  "
                    + String.join("\n  ", when) + "\ndan\n  " + then + "\neinde\n";
            assertThat(checker.check("voorbeeld.dslr", rule, LineChecker.Mode.ANALYST)).as(rule).isEmpty();
        }
    }

    @Test
    void amountsAreUnderstoodWithTheEuroBeforeOrAfter() {
        for (String amount : List.of("€ 675 mln", "€ 7,50", "7,50 euro", "1.234 duizend euro", "-€ 2,5 mld")) {
            assertThat(CaptureType.BEDRAG.accepts(amount)).as(amount).isTrue();
        }
        for (String amount : List.of("7,50", "7.50 euro", "€ 7,50 euro", "euro 7,50")) {
            assertThat(CaptureType.BEDRAG.accepts(amount)).as(amount).isFalse();
        }
    }

    /** The conditions of the same topic that introduce the facts the sentence's DRL refers to, in file order. */
    private static List<Sentence> introducers(Sentence s) {
        List<String> needed = new ArrayList<>();
        Matcher m = NEEDS.matcher(s.drl());
        while (m.find()) {
            needed.add(m.group(1));
        }
        List<Sentence> out = new ArrayList<>();
        for (Sentence c : MAPPING.sentences(Sentence.Scope.CONDITION)) {
            Matcher intro = INTRODUCES.matcher(c.drl());
            if (intro.find() && needed.contains(intro.group(1))) {
                out.add(c);
            }
        }
        if (out.isEmpty() && s.scope() == Sentence.Scope.CONDITION) {
            out.add(MAPPING.sentences(Sentence.Scope.CONDITION).stream().filter(c -> c.topic().equals(s.topic()))
                    .findFirst().orElseThrow());
        }
        return out;
    }

    private static Sentence firstAction(String topic) {
        return MAPPING.sentences(Sentence.Scope.CONSEQUENCE).stream().filter(c -> c.topic().equals(topic)).findFirst()
                .orElseThrow();
    }
}
