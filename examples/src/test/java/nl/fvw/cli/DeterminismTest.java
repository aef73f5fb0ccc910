package nl.fvw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same scenario twice, in this JVM and in another one, gives byte-identical JSON and CSV; and nothing reaches the network. */
class DeterminismTest {
    static final Path HOME = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @BeforeAll
    static void home() {
        System.setProperty("fvw.home", HOME.toString());
    }

    private static int otherJvm(String mainClass, Path stderr, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfvw.home=" + HOME, "-Dfvw.cache=off", "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void jsonAndCsvAreByteIdenticalAcrossRunsAndJvms() throws Exception {
        String geschiedenis = HOME.resolve("examples/scenarios/normering-geschiedenis.yaml").toString();
        String bundeling = HOME.resolve("examples/scenarios/bundeling-spuks-naar-au.yaml").toString();
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        Path c = tmp.resolve("c.json");
        assertThat(CliTest.fvw("run", geschiedenis, "--format", "json", "--out", a.toString()).exit()).isZero();
        assertThat(CliTest.fvw("run", geschiedenis, "--format", "json", "--out", b.toString()).exit()).isZero();
        assertThat(otherJvm(Main.class.getName(), tmp.resolve("err1.txt"), "run", geschiedenis, "--format", "json", "--out",
                c.toString())).isZero();
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        assertThat(Files.readAllBytes(c)).isEqualTo(Files.readAllBytes(a));
        Path x = tmp.resolve("x.csv");
        Path y = tmp.resolve("y.csv");
        assertThat(CliTest.fvw("run", bundeling, "--format", "csv", "--out", x.toString()).exit()).isZero();
        assertThat(otherJvm(Main.class.getName(), tmp.resolve("err2.txt"), "run", bundeling, "--format", "csv", "--out",
                y.toString())).isZero();
        assertThat(Files.readAllBytes(y)).isEqualTo(Files.readAllBytes(x));
    }

    /** Every kind of scenario, with analyst rules compiled at run time, under a security manager that refuses the network. */
    @Test
    void nothingReachesOut() throws Exception {
        for (String s : List.of("normering-geschiedenis.yaml", "bekostiging-inburgering-2021.yaml",
                "bundeling-regionale-envelop.yaml", "normering-varianten-illustratief.yaml")) {
            Path err = tmp.resolve(s + ".err");
            int exit = otherJvm(NoNetworkMain.class.getName(), err, "run", HOME.resolve("examples/scenarios").resolve(s).toString(),
                    "--format", "json", "--out", tmp.resolve(s + ".json").toString());
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(stderr).as(s).doesNotContain("NETWORK ATTEMPT");
            assertThat(exit).as(s + ": " + stderr).isZero();
        }
    }
}
