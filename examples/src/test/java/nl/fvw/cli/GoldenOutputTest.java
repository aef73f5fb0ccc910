package nl.fvw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The output of every shipped scenario, through every command and format, against the output
 * recorded in {@code src/test/resources/golden}: a change of any printed byte shows as a failing
 * test naming the command. Where a change is meant, record the new output with
 * {@code mvn -pl examples test -Dtest=GoldenOutputTest -Dfvw.golden=update} and let the diff of the
 * golden files show exactly what changed.
 */
class GoldenOutputTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden").toAbsolutePath();
    static final Path SCENARIOS = CliTest.HOME.resolve("examples/scenarios");
    static final boolean UPDATE = "update".equals(System.getProperty("fvw.golden"));

    @TempDir
    static Path tmp;

    @BeforeAll
    static void home() {
        System.setProperty("fvw.home", CliTest.HOME.toString());
    }

    /** One invocation of the command line: a name for its golden file, the arguments, an output file if any. */
    record Call(String name, List<String> args, String outFile) {
    }

    @TestFactory
    Stream<DynamicTest> everyCommandOfEveryShippedScenario() throws IOException {
        List<Call> calls = calls();
        Set<String> names = new LinkedHashSet<>();
        for (Call c : calls) {
            assertThat(names.add(c.name())).as("golden name " + c.name() + " twice").isTrue();
        }
        Stream<DynamicTest> checks = calls.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
        Stream<DynamicTest> noStale = Stream.of(DynamicTest.dynamicTest("no golden file without its command", () -> {
            try (Stream<Path> files = Files.list(GOLDEN)) {
                List<String> stale = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                        .map(n -> n.substring(0, n.length() - 4)).filter(n -> !names.contains(n)).sorted().toList();
                if (UPDATE) {
                    for (String s : stale) {
                        Files.delete(GOLDEN.resolve(s + ".txt"));
                    }
                } else {
                    assertThat(stale).isEmpty();
                }
            }
        }));
        return Stream.concat(checks, noStale);
    }

    private static List<Call> calls() throws IOException {
        List<Call> calls = new ArrayList<>();
        List<String> scenarios;
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            scenarios = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
        for (String file : scenarios) {
            String s = file.substring(0, file.length() - ".yaml".length());
            String path = SCENARIOS.resolve(file).toString();
            String text = Files.readString(SCENARIOS.resolve(file), StandardCharsets.UTF_8);
            calls.add(call(s + ".run", "run", path));
            calls.add(call(s + ".run-no-explain", "run", path, "--no-explain"));
            calls.add(call(s + ".run-json", "run", path, "--format", "json"));
            calls.add(withOut(s + ".run-html", "r.html", "run", path, "--format", "html"));
            calls.add(withOut(s + ".run-xlsx", "r.xlsx", "run", path, "--format", "xlsx"));
            if (text.contains("\ntaken:")) {
                calls.add(call(s + ".run-markdown", "run", path, "--format", "markdown"));
            }
            if (text.contains("\nbundelingen:")) {
                calls.add(call(s + ".run-csv", "run", path, "--format", "csv"));
            }
            calls.add(call(s + ".validate", "validate", path));
            if (text.contains("\nvarianten:")) {
                for (String f : List.of("table", "csv", "json")) {
                    calls.add(call(s + ".compare-" + f, "compare", path, "--format", f));
                }
            }
            if (text.contains("\nmonte_carlo:")) {
                for (String f : List.of("table", "csv", "json")) {
                    calls.add(call(s + ".sweep-" + f, "sweep", path, "--format", f, "--threads", "1"));
                }
            } else if (text.contains("\nsweep:")) {
                for (String f : List.of("table", "csv", "json")) {
                    calls.add(call(s + ".sweep-" + f, "sweep", path, "--format", f));
                }
            }
            int i = 0;
            for (String figure : explained(path)) {
                calls.add(call(s + ".explain-" + i, "explain", path, figure));
                calls.add(call(s + ".explain-" + i + "-json", "explain", path, figure, "--format", "json"));
                i++;
            }
        }
        calls.add(withOut("diff-a", "a.json", "run", SCENARIOS.resolve("normering-varianten-illustratief.yaml").toString(),
                "--format", "json", "--no-explain"));
        calls.add(withOut("diff-b", "b.json", "run", SCENARIOS.resolve("normering-onzekerheid.yaml").toString(),
                "--format", "json", "--no-explain"));
        calls.add(call("diff-same", "diff", tmp.resolve("diff-a-a.json").toString(), tmp.resolve("diff-a-a.json").toString()));
        calls.add(call("diff-changed", "diff", tmp.resolve("diff-a-a.json").toString(),
                tmp.resolve("diff-b-b.json").toString()));
        calls.add(call("bijstellingen", "run", SCENARIOS.resolve("normering-onzekerheid.yaml").toString(), "--van",
                "Voorjaarsnota 2022", "--naar", "Voorjaarsnota 2024"));
        calls.add(call("dsl", "dsl"));
        calls.add(call("dsl-markdown", "dsl", "--format", "markdown"));
        calls.add(call("help", "--help"));
        for (String command : List.of("demo", "run", "compare", "explain", "sweep", "validate", "dsl", "diff")) {
            calls.add(call("help-" + command, command, "--help"));
        }
        calls.add(call("demo", "demo"));
        return calls;
    }

    /** Per normering scenario, the first figure of every fund and quantity it computes. */
    private static List<String> explained(String scenario) throws IOException {
        Path json = tmp.resolve("figures-" + Path.of(scenario).getFileName() + ".json");
        CliTest.Run r = CliTest.fvw("run", scenario, "--format", "json", "--no-explain", "--out", json.toString());
        if (r.exit() != 0 && r.exit() != Main.CHECK_FAILED) {
            return List.of();
        }
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        Map<String, String> first = new LinkedHashMap<>();
        for (String section : List.of("accres", "figuren")) {
            for (JsonNode f : root.get(section)) {
                String name = f.get("figuur").asText();
                String kind = name.replaceAll(" \\d{4}( stand .*)?$", "");
                first.putIfAbsent(kind, name);
            }
        }
        return new ArrayList<>(first.values());
    }

    private static Call call(String name, String... args) {
        return new Call(name, List.of(args), null);
    }

    private static Call withOut(String name, String outFile, String... args) {
        return new Call(name, List.of(args), outFile);
    }

    private static void check(Call c) throws IOException {
        List<String> args = new ArrayList<>(c.args());
        Path out = null;
        if (c.outFile() != null) {
            out = tmp.resolve(c.name() + "-" + c.outFile());
            Files.deleteIfExists(out);
            args.add("--out");
            args.add(out.toString());
        }
        CliTest.Run r = CliTest.fvw(args.toArray(String[]::new));
        StringBuilder sb = new StringBuilder();
        sb.append("$ fvw ").append(String.join(" ", c.args())).append('\n');
        sb.append("exit: ").append(r.exit()).append('\n');
        sb.append("--- stdout\n").append(r.out());
        sb.append("--- stderr\n").append(r.err());
        if (out != null && Files.exists(out)) {
            sb.append("--- ").append(c.outFile()).append('\n');
            sb.append(c.outFile().endsWith(".xlsx") ? cells(out) : Files.readString(out, StandardCharsets.UTF_8));
        }
        String actual = normalise(sb.toString());
        Path golden = GOLDEN.resolve(c.name() + ".txt");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file of " + c.name() + " (record it with -Dfvw.golden=update)").exists();
        assertThat(actual).as(c.name()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** Machine-dependent paths replaced by names that hold on every machine. */
    private static String normalise(String text) {
        return text.replace(tmp.toString(), "<tmp>").replace(CliTest.HOME.toString(), "<fvw>");
    }

    /** Every cell of every sheet as Excel shows it, sheet by sheet and row by row. */
    private static String cells(Path xlsx) throws IOException {
        StringBuilder sb = new StringBuilder();
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                sb.append("== sheet ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>();
                    for (Cell cell : row) {
                        String v = switch (cell.getCellType()) {
                            case NUMERIC -> cell.getNumericCellValue() + " [" + formatter.formatCellValue(cell) + "]";
                            case FORMULA -> "=" + cell.getCellFormula();
                            default -> formatter.formatCellValue(cell);
                        };
                        values.add(cell.getAddress() + ": " + v);
                    }
                    sb.append(String.join(" | ", values)).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
