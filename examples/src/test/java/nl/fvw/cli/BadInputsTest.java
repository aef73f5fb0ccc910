package nl.fvw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus (src/test/resources/bad-inputs): one scenario per kind of mistake, each
 * with its expected error in its first lines ("# fout:", "# regel:", "# sleutel:"). Each must fail
 * before any output is written, with one message in the analyst's terms, in Dutch, and exit code 1;
 * {@code validate} refuses it with the same message.
 */
class BadInputsTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-inputs");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyBadInputIsOneClearErrorAndNothingElse() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private void check(Path file) throws IOException {
        String fout = null;
        String regel = null;
        String sleutel = null;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("# fout: ")) {
                fout = line.substring(8);
            } else if (line.startsWith("# regel: ")) {
                regel = line.substring(9);
            } else if (line.startsWith("# sleutel: ")) {
                sleutel = line.substring(11);
            }
        }
        assertThat(fout).as("expected error of " + file).isNotNull();
        Path out = tmp.resolve(file.getFileName() + ".out");
        CliTest.Run r = CliTest.fvw("run", file.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.INPUT_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(r.err()).startsWith("fvw: ").contains(fout).doesNotContain("\tat ").doesNotContain("Exception");
        if (regel != null) {
            assertThat(r.err()).contains(":" + regel + ":");
        }
        if (sleutel != null) {
            assertThat(r.err()).contains("sleutel '" + sleutel + "'");
        }
        assertThat(engels(r.err())).as("English left in: " + r.err()).isEmpty();
        CliTest.Run v = CliTest.fvw("validate", file.toString());
        assertThat(v.exit()).as("validate refuses what run refuses: " + v.err()).isEqualTo(Main.INPUT_ERROR);
        assertThat(v.err().lines().findFirst()).as("the same first message").isEqualTo(r.err().lines().findFirst());
    }

    /** Words that betray an English message; quoted values and what a parser says after its own colon left out. */
    private static final java.util.regex.Pattern ENGELS = java.util.regex.Pattern.compile(
            "\\b(is not|expected|must|missing|the|unknown|not found|cannot|needs|given|between|before|after|twice|"
                    + "negative|outside|allowed|found|computes|should|there are|has no|does not)\\b");

    static List<String> engels(String err) {
        String zonderWaarden = err.replaceAll("'[^'\\n]*'", "''").replaceAll("\"[^\"\\n]*\"", "\"\"")
                .replaceAll("onleesbare (YAML|JSON): .*", "");
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = ENGELS.matcher(zonderWaarden);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void anOversizedFileIsRefusedBeforeParsing() throws IOException {
        Path big = tmp.resolve("groot.yaml");
        Files.writeString(big, "scenario: x\n" + "# opvulling\n".repeat(400_000));
        CliTest.Run r = CliTest.fvw("run", big.toString());
        assertThat(r.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(r.err()).contains("de grootste invoer die fvw aanneemt");
    }
}
