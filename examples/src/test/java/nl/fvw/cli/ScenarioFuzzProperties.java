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
import nl.fvw.input.InputException;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.Scenario;
import nl.fvw.scenario.ScenarioReader;

/**
 * Random mutations of the shipped scenarios, in a copy of their folder: the loader and runner
 * either give a complete result (every check evaluated, every input hashed) or fail with fvw's own
 * error type and one message for a person, never another exception, never a partial result. Longer
 * fuzzing runs belong in benchmarks, not in the test run.
 */
class ScenarioFuzzProperties {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    private static Path copy;

    /** The shipped scenarios with every file they name, copied once: mutations never touch examples/scenarios. */
    private static synchronized Path scenarios() throws IOException {
        if (copy == null) {
            Path source = HOME.resolve("examples/scenarios");
            Path target = Files.createTempDirectory("fvw-fuzz-");
            try (var files = Files.walk(source)) {
                for (Path f : files.toList()) {
                    Path t = target.resolve(source.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(f, t);
                    }
                }
            }
            copy = target;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.walk(target)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException e) {
                    // a temporary folder the system cleans up itself
                }
            }));
        }
        return copy;
    }
    private static final List<String> SCENARIOS = List.of("accres-ngru-mn2012.yaml", "normering-geschiedenis.yaml",
            "bekostiging-inburgering-2021.yaml", "accres-gf-startnota-2017.yaml");

    record Mutation(String scenario, int kind, int position, char ch) {
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(SCENARIOS), Arbitraries.integers().between(0, 7),
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
            case 5 -> text.replaceFirst("\\d", String.valueOf((char) ('0' + m.position() % 10)));
            default -> numberFormat(text, m);
        };
    }

    /** The number formats a Dutch analyst may write: thousands separators, decimal commas, exponents, many digits. */
    private static final List<java.util.function.UnaryOperator<String>> FORMATS = List.of(
            n -> n.length() > 3 ? n.substring(0, n.length() - 3) + "." + n.substring(n.length() - 3) : n + ".000",
            n -> n + ",5", n -> "\"" + n + ",5\"", n -> n + "e3", n -> n + "0".repeat(40), n -> "1" + n + ".280",
            n -> "\"" + (n.length() > 3 ? n.substring(0, n.length() - 3) + "." + n.substring(n.length() - 3) : n) + "\"",
            n -> "-" + n, n -> n + ".", n -> "0x" + n, n -> n + "_000");

    private static String numberFormat(String text, Mutation m) {
        java.util.regex.Matcher num = java.util.regex.Pattern.compile("(?<=[:{,\\[] )\\d+(?=[,}\\]\\s])").matcher(text);
        List<java.util.regex.MatchResult> all = num.results().toList();
        if (all.isEmpty()) {
            return text;
        }
        java.util.regex.MatchResult r = all.get(m.position() % all.size());
        String f = FORMATS.get((m.position() / 7 + m.ch()) % FORMATS.size()).apply(r.group());
        return text.substring(0, r.start()) + f + text.substring(r.end());
    }

    /**
     * validate keeps run's contract: for any scenario the fuzzer makes, both refuse it with the same first
     * message, or both accept it.
     */
    @Property(tries = 120)
    void validateAndRunAgree(@ForAll("mutations") Mutation m) throws IOException {
        Path dir = scenarios();
        Path mutated = Files.createTempFile(dir, ".fuzz-", ".yaml");
        try {
            Files.writeString(mutated, mutate(Files.readString(dir.resolve(m.scenario())), m));
            System.setProperty("fvw.home", HOME.toString());
            CliTest.Run run = CliTest.fvw("run", mutated.toString(), "--no-explain");
            CliTest.Run validate = CliTest.fvw("validate", mutated.toString());
            boolean runRefuses = run.exit() == Main.INPUT_ERROR;
            assertThat(validate.exit() == Main.INPUT_ERROR).as("run: " + run.err() + " validate: " + validate.err())
                    .isEqualTo(runRefuses);
            if (runRefuses) {
                assertThat(validate.err().lines().findFirst()).isEqualTo(run.err().lines().findFirst());
            } else {
                assertThat(run.exit()).as(run.err()).isIn(0, Main.CHECK_FAILED);
            }
        } finally {
            Files.deleteIfExists(mutated);
        }
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
        Path dir = scenarios();
        String text = Files.readString(dir.resolve(m.scenario()));
        Path mutated = Files.createTempFile(dir, ".fuzz-", ".yaml");
        try {
            Files.writeString(mutated, mutate(text, m));
            Scenario s;
            ScenarioResult r;
            try {
                s = ScenarioReader.read(mutated);
                r = ScenarioRunner.run(s, false);
            } catch (FvwException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\tat ").doesNotContain("Exception");
                if (e instanceof InputException ie) {
                    assertThat(ie.location().file()).contains(dir.toString());
                }
                return;
            }
            assertThat(r.controles()).hasSameSizeAs(s.controles());
            assertThat(r.provenance().hashes()).containsKey("scenario:" + mutated.getFileName());
            assertThat(r.taken()).hasSameSizeAs(s.taken());
            if (s.normering() != null) {
                assertThat(r.normering().figuren()).isNotEmpty().allSatisfy(f -> assertThat(f.value()).isNotNull());
            }
        } finally {
            Files.deleteIfExists(mutated);
        }
    }
}
