package nl.fvw.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import nl.fvw.input.Cachebestand;
import nl.fvw.rules.dsl.DslException;
import nl.fvw.rules.dsl.DslMapping;
import nl.fvw.rules.dsl.DslProblem;
import nl.fvw.rules.dsl.LineChecker;

/**
 * Compiles analysts' rule files at run time into an executable model of their own, made into one rule
 * base with the shipped rules' prebuilt model ({@link AnalystModel}). Each analyst file is checked line
 * by line first; fvw adds the header (package, the shipped rules' imports and globals, expander) itself,
 * so analysts write rules only.
 */
public final class RuleCompiler {
    /** The Maven coordinates of a compiled rule base (its jar in the cache lists its model under them). */
    static final String GROUP = "nl.fvw.analist";
    static final String ARTIFACT = "regels";

    /** The package of analysts' rules. */
    public static final String ANALYST_PACKAGE = "nl.fvw.regels.analist";
    private static final AtomicLong BUILDS = new AtomicLong();
    /** What a compiled jar holds, part of its key: the analysts' model alone, the shipped one beside it. */
    private static final String JAR_FORM = "analistenmodel";

    private RuleCompiler() {
    }

    /** An analyst's rule file: its name for messages, its text, and whether it may hold raw DRL. */
    public record RuleFile(String name, String text, boolean ruw) {
    }

    /**
     * A compiled rule base, the ids of the shipped rules it replaces, the analysts' texts by the name a
     * provenance gives them, and whether it came from the cache.
     */
    public record Compiled(Regelbasis basis, Set<String> replacedIds, java.util.SortedMap<String, String> analystTexts,
            boolean fromCache) {
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Compiled> MEMORY =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Compiles, or takes from the cache: the same shipped rules, analyst files and fvw version give
     * the same rule base, so a second run (in this JVM or a later one) does not compile again.
     */
    public static Compiled compile(java.util.SortedMap<String, String> shippedHashes,
            java.util.function.Supplier<java.util.SortedMap<String, String>> shippedTexts, List<RuleFile> analystFiles,
            java.nio.file.Path cacheDir) {
        // the shipped files by their SHA-256, already taken for the provenance, rather than their texts
        StringBuilder key = new StringBuilder(nl.fvw.explain.Provenance.currentVersion()).append('\u0000')
                .append(JAR_FORM).append('\u0000');
        shippedHashes.forEach((k, v) -> key.append(k).append('\u0000').append(v).append('\u0000'));
        analystFiles.forEach(f -> key.append(f.ruw()).append(f.text()).append('\u0000'));
        String hash = nl.fvw.explain.Provenance.sha256(key.toString());
        Compiled inMemory = MEMORY.get(hash);
        if (inMemory != null) {
            return new Compiled(inMemory.basis(), inMemory.replacedIds(), sourcesOf(analystFiles), true);
        }
        java.nio.file.Path dir = cacheDir;
        java.nio.file.Path file = dir == null ? null : dir.resolve(hash + ".jar");
        Set<String> kept = file == null ? null : replacedIds(file);
        if (kept != null && java.nio.file.Files.isRegularFile(file)) {
            // checked when compiled: the rule base is made from the jar when the rules first fire (a run whose
            // decisions are kept never makes it), compiled anew then should the jar no longer load
            Compiled c = new Compiled(Regelbasis.later(() -> {
                try {
                    return AnalystModel.kieBase(file);
                } catch (java.io.IOException | RuntimeException | LinkageError e) {
                    return compileNow(shippedTexts.get(), analystFiles, file).basis().kieBase();
                }
            }), kept, sourcesOf(analystFiles), true);
            MEMORY.put(hash, c);
            return c;
        }
        if (file != null && java.nio.file.Files.isRegularFile(file)) {
            try {
                KieBase kieBase = AnalystModel.kieBase(file);
                Set<String> replaced = checkIds(kieBase, analystFiles);
                writeReplacedIds(file, replaced);
                Compiled c = new Compiled(Regelbasis.van(kieBase), replaced, sourcesOf(analystFiles), true);
                MEMORY.put(hash, c);
                return c;
            } catch (java.io.IOException | RuntimeException | LinkageError e) {
                // an unreadable or stale cache entry is compiled anew below
            }
        }
        Compiled c = compileNow(shippedTexts.get(), analystFiles, file);
        MEMORY.put(hash, c);
        return c;
    }

    /** Forgets the rule bases kept in memory (the disk cache stays); frees memory in a long-running tool. */
    public static void clearMemoryCache() {
        MEMORY.clear();
    }

    private static java.util.SortedMap<String, String> sourcesOf(List<RuleFile> analystFiles) {
        java.util.TreeMap<String, String> texts = new java.util.TreeMap<>();
        for (RuleFile f : analystFiles) {
            texts.put((f.ruw() ? "analist-ruw:" : "analist:") + java.nio.file.Path.of(f.name()).getFileName(), f.text());
        }
        return texts;
    }

    private static Compiled compileNow(java.util.SortedMap<String, String> shipped, List<RuleFile> analystFiles,
            java.nio.file.Path cacheFile) {
        DslMapping mapping = DslMapping.shipped();
        LineChecker checker = new LineChecker(mapping);
        List<DslProblem> problems = new ArrayList<>();
        for (RuleFile f : analystFiles) {
            if (!f.ruw()) {
                problems.addAll(checker.check(f.name(), f.text(), LineChecker.Mode.ANALYST));
            }
        }
        if (!problems.isEmpty()) {
            throw new DslException(problems);
        }
        String header = analystHeader(shipped);
        int headerLines = (int) header.lines().count();

        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId(GROUP, ARTIFACT, "1." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(id);
        // the DSL mapping only: the shipped rules are the prebuilt model, beside the analysts' (AnalystModel)
        shipped.forEach((name, text) -> {
            if (name.endsWith(".dsl")) {
                kfs.write("src/main/resources/" + name, text);
            }
        });
        Map<String, RuleFile> byPath = new HashMap<>();
        Map<RuleFile, int[]> lineMaps = new HashMap<>();
        int i = 0;
        for (RuleFile f : analystFiles) {
            String path = "src/main/resources/" + ANALYST_PACKAGE.replace('.', '/') + "/analist" + i++ + ".dslr";
            byPath.put(path, f);
            WithoutComments w = withoutComments(f.text());
            lineMaps.put(f, w.lines());
            kfs.write(path, header + w.text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            for (Message m : errors) {
                RuleFile f = m.getPath() == null ? null : byPath.get("src/main/resources/" + m.getPath());
                if (f == null) {
                    f = byPath.entrySet().stream().filter(e -> e.getKey().endsWith(String.valueOf(m.getPath())))
                            .map(Map.Entry::getValue).findFirst().orElse(null);
                }
                int compiled = m.getLine() - headerLines;
                int[] map = f == null ? null : lineMaps.get(f);
                int line = map == null || compiled < 1 || compiled > map.length ? Math.max(0, compiled) : map[compiled - 1];
                problems.add(new DslProblem(f == null ? String.valueOf(m.getPath()) : f.name(), line,
                        f == null || line < 1 ? "" : lineOf(f.text(), line),
                        "the rule engine rejected this: " + firstLine(m.getText()), null));
            }
            throw new DslException(problems);
        }
        var module = (org.drools.compiler.kie.builder.impl.InternalKieModule) builder.getKieModule();
        Map<String, byte[]> files = new HashMap<>();
        for (String name : module.getFileNames()) {
            files.put(name, module.getBytes(name));
        }
        KieBase kieBase;
        try {
            kieBase = AnalystModel.kieBase(files, "the compiled analysts' rules");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> replaced = checkIds(kieBase, analystFiles);
        if (cacheFile != null) {
            writeReplacedIds(cacheFile, replaced);
            Cachebestand.schrijf(cacheFile, module::getBytes);
        }
        return new Compiled(Regelbasis.van(kieBase), replaced, sourcesOf(analystFiles), false);
    }

    /** Beside a cached jar: the ids of the shipped rules its rules replace, found when it was compiled. */
    private static java.nio.file.Path replacedIdsFile(java.nio.file.Path jar) {
        return jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".vervangt"));
    }

    /** The ids kept beside a cached jar, or null when none are kept (then the jar is loaded and checked again). */
    private static Set<String> replacedIds(java.nio.file.Path jar) {
        try {
            return Set.copyOf(java.nio.file.Files.readAllLines(replacedIdsFile(jar), java.nio.charset.StandardCharsets.UTF_8)
                    .stream().filter(l -> !l.isBlank()).toList());
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Keeps the ids beside the jar, one per line, written before the jar is: a jar with ids beside it was
     * checked when compiled. Not kept, the jar is loaded and checked at its next use.
     */
    private static void writeReplacedIds(java.nio.file.Path jar, Set<String> ids) {
        StringBuilder lines = new StringBuilder();
        new java.util.TreeSet<>(ids).forEach(id -> lines.append(id).append('\n'));
        Cachebestand.schrijf(replacedIdsFile(jar), () -> lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Set<String> checkIds(KieBase kieBase, List<RuleFile> analystFiles) {
        Map<String, String> shippedIds = new HashMap<>();
        List<Rule> analystRules = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (p.getName().equals(ANALYST_PACKAGE)) {
                    analystRules.add(r);
                } else {
                    shippedIds.put(RegelInfo.van(r).id(), r.getName());
                }
            }
        }
        Set<String> replaced = new HashSet<>();
        List<DslProblem> problems = new ArrayList<>();
        String file = analystFiles.size() == 1 ? analystFiles.get(0).name() : "analyst rules";
        for (Rule r : analystRules) {
            var ref = RegelInfo.van(r);
            if (ref.replaces() != null) {
                if (!shippedIds.containsKey(ref.replaces())) {
                    problems.add(new DslProblem(file, 0, "vervangt \"" + ref.replaces() + "\"", "rule \"" + r.getName()
                            + "\" replaces " + ref.replaces() + ", but no shipped rule has that id (known: "
                            + new java.util.TreeSet<>(shippedIds.keySet()) + ")", null));
                }
                replaced.add(ref.replaces());
            } else if (shippedIds.containsKey(ref.id())) {
                problems.add(new DslProblem(file, 0, "id \"" + ref.id() + "\"", "rule \"" + r.getName()
                        + "\" has the id of the shipped rule \"" + shippedIds.get(ref.id())
                        + "\"; to replace it, add vervangt \"" + ref.id() + "\" and give the rule an id of its own", null));
            }
        }
        if (!problems.isEmpty()) {
            throw new DslException(problems);
        }
        return replaced;
    }

    private static String analystHeader(java.util.SortedMap<String, String> shipped) {
        StringBuilder sb = new StringBuilder("package " + ANALYST_PACKAGE + ";\n");
        headerLines(shipped).forEach(l -> sb.append(l).append('\n'));
        sb.append("expander fvw.dsl\n");
        return sb.toString();
    }

    /**
     * The import and global lines of the shipped rules, each once: the header of analysts' rules, and
     * (its imports) the types raw DRL may use.
     *
     * @param shipped the shipped rule texts
     * @return the lines, stripped, in the order they first appear
     */
    public static List<String> headerLines(java.util.SortedMap<String, String> shipped) {
        return shipped.values().stream().flatMap(String::lines).map(String::strip)
                .filter(l -> l.startsWith("import ") || l.startsWith("global ")).distinct().toList();
    }

    /** A rule file without its comment and blank lines, and per line left its line in the file. */
    private record WithoutComments(String text, int[] lines) {
    }

    /**
     * Comment and blank lines left out (Drools does not read # comments, and its DSL expander slows down
     * with every blank line: 20.000 of them took seconds); the lines kept map back to the file's.
     */
    private static WithoutComments withoutComments(String text) {
        StringBuilder sb = new StringBuilder();
        List<Integer> kept = new ArrayList<>();
        int n = 0;
        for (String l : text.split("\n", -1)) {
            n++;
            if (!LineChecker.isComment(l) && !l.isBlank()) {
                sb.append(l).append('\n');
                kept.add(n);
            }
        }
        return new WithoutComments(sb.toString(), kept.stream().mapToInt(Integer::intValue).toArray());
    }

    private static String lineOf(String text, int line) {
        return text.lines().skip(line - 1L).findFirst().orElse("").strip();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
