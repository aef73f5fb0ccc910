package nl.fvw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.fvw.FvwException;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.ScenarioReader;

/**
 * Random mutations of the shipped scenarios: the loader and runner either succeed or fail with
 * fvw's own error type, with a message; never another exception, never a partial result. Longer
 * fuzzing runs belong in benchmarks, not in the test run.
 */
class ScenarioFuzzProperties {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SCENARIOS = List.of("accres-ngru-mn2012.yaml", "normering-geschiedenis.yaml",
            "bekostiging-inburgering-2021.yaml", "accres-gf-startnota-2017.yaml");

    record Mutation(String scenario, int kind, int position, char ch) {
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(SCENARIOS), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 100_000), Arbitraries.of(':', '-', ' ', '"', '{', '}', '[', '\n', '9', 'x', ',', '.'))
                .as(Mutation::new);
    }

    private static String mutate(String text, Mutation m) {
        int p = m.position() % Math.max(1, text.length());
        String[] lines = text.split("\n", -1);
        int l = m.position() % lines.length;
        return switch (m.kind()) {
            case 0 -> text.substring(0, p) + text.substring(Math.min(text.length(), p + 1));
            case 1 -> text.substring(0, p) + m.ch() + text.substring(p);
            case 2 -> text.substring(0, p) + m.ch() + text.substring(Math.min(text.length(), p + 1));
            case 3 -> String.join("\n", remove(lines, l));
            case 4 -> String.join("\n", duplicate(lines, l));
            default -> text.replaceFirst("\\d", String.valueOf((char) ('0' + m.position() % 10)));
        };
    }

    private static String[] remove(String[] lines, int i) {
        String[] out = new String[lines.length - 1];
        System.arraycopy(lines, 0, out, 0, i);
        System.arraycopy(lines, i + 1, out, i, lines.length - i - 1);
        return out;
    }

    private static String[] duplicate(String[] lines, int i) {
        String[] out = new String[lines.length + 1];
        System.arraycopy(lines, 0, out, 0, i + 1);
        System.arraycopy(lines, i, out, i + 1, lines.length - i);
        return out;
    }

    @Property(tries = 300)
    void mutatedScenariosGiveAResultOrAClearError(@ForAll("mutations") Mutation m) throws IOException {
        Path dir = HOME.resolve("examples/scenarios");
        String text = Files.readString(dir.resolve(m.scenario()));
        Path mutated = Files.createTempFile(dir, ".fuzz-", ".yaml");
        try {
            Files.writeString(mutated, mutate(text, m));
            try {
                assertThat(ScenarioRunner.run(ScenarioReader.read(mutated), false)).isNotNull();
            } catch (FvwException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        } finally {
            Files.deleteIfExists(mutated);
        }
    }
}
