package nl.fvw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The scripts in examples/jshell run in JShell, as {@code ./fvw shell SCRIPT} runs them: from the
 * repository root, with the start-up imports, and without a compile error or an exception.
 */
class JshellScriptsTest {
    static final Path HOME = Path.of("..").toAbsolutePath().normalize();

    @Test
    void scenarioScriptExplainsAnAccresAndShowsTheSpreadOfASweep() throws Exception {
        String out = jshell("scenario-doorrekenen.jsh");
        assertThat(out).contains("accres 2014 stand Miljoenennota 2012 = 2,41 %")
                .contains("regel:   NRM-REKENREGEL-NGRU").contains("alle controles kloppen: true")
                .contains("Spreiding over 7 varianten");
    }

    @Test
    void taskAndBundlingScriptPrintsVerdictSignalsAndTransfers() throws Exception {
        String out = jshell("taak-en-bundeling.jsh");
        assertThat(out).contains("Wet inburgering 2021, voor het akkoord: onvoldoende bekostigd")
                .contains("signaal: structureel onvoldoende bekostigd").contains("Regionale envelop 2026: € 450 mln");
    }

    @Test
    void everyScriptIsCovered() throws IOException {
        try (var files = Files.list(HOME.resolve("examples/jshell"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("scenario-doorrekenen.jsh", "taak-en-bundeling.jsh");
        }
    }

    @Test
    void theStartupImportsEveryPublicPackage() throws IOException {
        String startup = Files.readString(HOME.resolve("examples/fvw-start.jsh"), StandardCharsets.UTF_8);
        for (String module : List.of("core", "rules-dsl")) {
            Path root = HOME.resolve(module).resolve("src/main/java");
            try (var files = Files.walk(root)) {
                List<String> packages = files.filter(f -> f.toString().endsWith(".java"))
                        .map(f -> root.relativize(f.getParent()).toString().replace('/', '.')).distinct()
                        .filter(pk -> pk.startsWith("nl.fvw") && !pk.contains("internal")).sorted().toList();
                assertThat(packages).isNotEmpty()
                        .allSatisfy(pk -> assertThat(startup).as(module).contains("import " + pk + ".*;"));
            }
        }
    }

    private static String jshell(String script) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        Path log = Files.createTempFile("jshell", ".out");
        Process p = new ProcessBuilder(List.of(jshell.toString(), "--class-path", classPath, "--startup", "DEFAULT",
                "--startup", HOME.resolve("examples/fvw-start.jsh").toString(),
                HOME.resolve("examples/jshell").resolve(script).toString()))
                .directory(HOME.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("jshell finished").isTrue();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).as("no compile error or exception in " + script).doesNotContainPattern("(?m)^\\|?\\s*Error:")
                .doesNotContainPattern("(?m)^\\|?\\s*Exception ").doesNotContain("Exception in thread");
        return out;
    }
}
