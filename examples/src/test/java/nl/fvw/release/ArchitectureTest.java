package nl.fvw.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layout of docs/architecture.md holds: every reference in main code (an import or a fully
 * qualified name) goes to a package the table allows for its package, so core never uses Drools,
 * the computation never uses the presentation, and nothing uses nl.fvw.internal from outside core.
 */
class ArchitectureTest {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z.]+)` \\|[^|]*\\|([^|]*)\\|");
    private static final Pattern TOKEN = Pattern.compile("`([a-z.]+)`");
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b((?:nl\\.fvw|org\\.kie|org\\.drools|org\\.javamoney|javax\\.money|com\\.fasterxml\\.jackson|org\\.yaml\\.snakeyaml"
                    + "|org\\.apache\\.poi)(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z*]");

    static Map<String, Set<String>> allowed() throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(HOME.resolve("docs/architecture.md"), StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                Set<String> may = new TreeSet<>();
                Matcher t = TOKEN.matcher(m.group(2));
                while (t.find()) {
                    may.add(t.group(1));
                }
                out.put(m.group(1), may);
            }
        }
        return out;
    }

    /** Every reference of a source file outside its own package that the table does not allow. */
    static List<String> violations(Path source, Map<String, Set<String>> allowed) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        Matcher pm = Pattern.compile("(?m)^package ([a-z.]+);").matcher(text);
        if (!pm.find()) {
            return List.of();
        }
        String pkg = pm.group(1);
        Set<String> may = allowed.get(pkg);
        if (may == null) {
            return List.of(source + ": package " + pkg + " is not in docs/architecture.md");
        }
        String code = text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "").replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
        List<String> out = new ArrayList<>();
        Matcher r = REFERENCE.matcher(code);
        while (r.find()) {
            String used = r.group(1);
            if (used.equals(pkg) || used.startsWith("nl.fvw.regels")) {
                continue;
            }
            boolean ok = may.stream().anyMatch(a -> used.equals(a) || (!a.startsWith("nl.fvw") && used.startsWith(a)));
            if (!ok) {
                out.add(HOME.relativize(source) + ": " + pkg + " uses " + used);
            }
        }
        return out;
    }

    @Test
    void mainCodeUsesOnlyWhatTheLayoutAllows() throws IOException {
        Map<String, Set<String>> allowed = allowed();
        assertThat(allowed).containsKeys("nl.fvw.normering", "nl.fvw.present", "nl.fvw.rules", "nl.fvw.cli");
        List<String> violations = new ArrayList<>();
        for (String module : List.of("core", "rules-dsl", "examples")) {
            try (Stream<Path> files = Files.walk(HOME.resolve(module).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java")).toList()) {
                    violations.addAll(violations(f, allowed));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** One idea per class: no class of main code is over 400 lines (docs/architecture.md). */
    @Test
    void noClassOfMainCodeIsOver400Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (String module : List.of("core", "rules-dsl", "examples")) {
            try (Stream<Path> files = Files.walk(HOME.resolve(module).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    long lines = Files.readAllLines(f).size();
                    if (lines > 400) {
                        tooLong.add(HOME.relativize(f) + ": " + lines + " lines");
                    }
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    /** The check finds what it is for: the computation reaching for the presentation, core reaching for Drools. */
    @Test
    void aForbiddenReferenceIsFound(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path normering = dir.resolve("Rekensom.java");
        Files.writeString(normering, "package nl.fvw.normering;\nimport nl.fvw.present.Values;\n"
                + "class Rekensom { String s = nl.fvw.present.DutchNumbers.class.getName(); }\n");
        assertThat(violations(normering, allowed())).hasSize(2).allMatch(v -> v.contains("nl.fvw.normering uses nl.fvw.present"));
        Path money = dir.resolve("Bedrag.java");
        Files.writeString(money, "package nl.fvw.money;\nimport org.kie.api.KieBase;\n/** {@link nl.fvw.present.Values} */\nclass B {}\n");
        assertThat(violations(money, allowed())).singleElement().asString().contains("nl.fvw.money uses org.kie.api");
    }
}
