package nl.fvw.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import nl.fvw.explain.Provenance;
import nl.fvw.param.ParameterFile;
import nl.fvw.param.ParameterSet;

/**
 * The policy an engine computes with, by resource name: the text of its rule files (.dsl and .dslr)
 * and of the parameter files shipped beside them (.yaml), with their SHA-256 hashes, as a result's
 * provenance names them.
 *
 * <pre>{@code
 * FvwEngine.shipped().sources().hashes().forEach((file, sha256) -> System.out.println(file + " " + sha256));
 * }</pre>
 */
public final class RuleSources {
    /** Where the shipped rules and their parameters live on the class path. */
    public static final String SHIPPED_FOLDER = "nl/fvw/regels/";

    private final SortedMap<String, Inhoud> rules;
    private final SortedMap<String, Inhoud> parameters;
    private volatile SortedMap<String, String> hashes;
    /** The rule files' texts, decoded when first asked: a run whose decisions are kept never needs them. */
    private volatile SortedMap<String, String> texts;

    /** A file's bytes as read, decoded into text when asked; its hash is taken from the bytes, once. */
    private static final class Inhoud {
        private final byte[] bytes;
        private String text;
        private String sha256;

        Inhoud(byte[] bytes) {
            this.bytes = bytes;
        }

        Inhoud(String text) {
            this.bytes = text.getBytes(StandardCharsets.UTF_8);
            this.text = text;
        }

        synchronized String text() {
            if (text == null) {
                text = new String(bytes, StandardCharsets.UTF_8);
            }
            return text;
        }

        synchronized String sha256() {
            if (sha256 == null) {
                sha256 = Provenance.sha256(bytes);
            }
            return sha256;
        }
    }

    /**
     * Rule files and parameter files by name.
     *
     * @param texts the rule files' texts
     * @param parameters the parameter files' texts
     */
    public RuleSources(SortedMap<String, String> texts, SortedMap<String, String> parameters) {
        this(teksten(texts), teksten(parameters));
    }

    private RuleSources(TreeMap<String, Inhoud> rules, TreeMap<String, Inhoud> parameters) {
        this.rules = Collections.unmodifiableSortedMap(rules);
        this.parameters = Collections.unmodifiableSortedMap(parameters);
    }

    private static TreeMap<String, Inhoud> teksten(SortedMap<String, String> texts) {
        TreeMap<String, Inhoud> m = new TreeMap<>();
        texts.forEach((k, v) -> m.put(k, new Inhoud(v)));
        return m;
    }

    /**
     * The rule files.
     *
     * @return their texts by resource name
     */
    public SortedMap<String, String> texts() {
        SortedMap<String, String> t = texts;
        if (t == null) {
            TreeMap<String, String> m = new TreeMap<>();
            rules.forEach((k, v) -> m.put(k, v.text()));
            t = Collections.unmodifiableSortedMap(m);
            texts = t;
        }
        return t;
    }

    /**
     * The parameter files shipped with the rules.
     *
     * @return their texts by resource name
     */
    public SortedMap<String, String> parameters() {
        TreeMap<String, String> m = new TreeMap<>();
        parameters.forEach((k, v) -> m.put(k, v.text()));
        return Collections.unmodifiableSortedMap(m);
    }

    /**
     * The parameters the parameter files define, each file parsed from its bytes as read.
     *
     * @return the parameters of all files, merged in the order of their names
     * @throws nl.fvw.input.InputException naming file, line and field of what does not read
     */
    ParameterSet parameterSet() {
        ParameterSet p = ParameterSet.empty();
        for (Map.Entry<String, Inhoud> e : parameters.entrySet()) {
            p = p.merge(ParameterFile.parse(e.getKey(), e.getValue().bytes));
        }
        return p;
    }

    /**
     * The SHA-256 of every rule and parameter file, of its bytes as read.
     *
     * @return the hashes by resource name
     */
    public SortedMap<String, String> hashes() {
        SortedMap<String, String> h = hashes;
        if (h == null) {
            TreeMap<String, String> m = new TreeMap<>();
            rules.forEach((k, v) -> m.put(k, v.sha256()));
            parameters.forEach((k, v) -> m.put(k, v.sha256()));
            h = Collections.unmodifiableSortedMap(m);
            hashes = h;
        }
        return h;
    }

    /**
     * The same sources with analysts' rule files added.
     *
     * @param analystTexts the analysts' files' texts by name
     * @return the larger sources
     */
    public RuleSources withRules(SortedMap<String, String> analystTexts) {
        TreeMap<String, Inhoud> all = new TreeMap<>(rules);
        all.putAll(teksten(analystTexts));
        return new RuleSources(all, new TreeMap<>(parameters));
    }

    /**
     * Every .dsl, .dslr and .yaml file under {@link #SHIPPED_FOLDER} on the class path (jar or folder).
     *
     * @return the shipped sources
     * @throws IllegalStateException when the class path holds no rule files
     */
    public static RuleSources shipped() {
        return Shipped.SOURCES;
    }

    /** Read once: the class path does not change while a JVM runs. */
    private static final class Shipped {
        static final RuleSources SOURCES = read();
    }

    private static RuleSources read() {
        ClassLoader cl = RuleSources.class.getClassLoader();
        TreeMap<String, Inhoud> texts = new TreeMap<>();
        TreeMap<String, Inhoud> parameters = new TreeMap<>();
        try {
            Enumeration<URL> roots = cl.getResources(SHIPPED_FOLDER);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("jar")) {
                    String path = root.getPath();
                    String jar = path.substring("file:".length(), path.indexOf("!/"));
                    try (JarFile jf = new JarFile(java.net.URLDecoder.decode(jar, StandardCharsets.UTF_8))) {
                        for (JarEntry e : Collections.list(jf.entries())) {
                            if (e.getName().startsWith(SHIPPED_FOLDER) && isShipped(e.getName())) {
                                try (InputStream in = jf.getInputStream(e)) {
                                    (isRuleFile(e.getName()) ? texts : parameters).put(e.getName(), new Inhoud(in.readAllBytes()));
                                }
                            }
                        }
                    }
                } else if (root.getProtocol().equals("file")) {
                    Path dir = Path.of(root.toURI());
                    try (Stream<Path> files = Files.walk(dir)) {
                        for (Path f : files.filter(f -> isShipped(f.toString())).sorted().toList()) {
                            String name = SHIPPED_FOLDER + dir.relativize(f).toString().replace('\\', '/');
                            (isRuleFile(name) ? texts : parameters).put(name, new Inhoud(Files.readAllBytes(f)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no rule files under " + SHIPPED_FOLDER + " on the class path");
        }
        return new RuleSources(texts, parameters);
    }

    private static boolean isRuleFile(String name) {
        return name.endsWith(".dsl") || name.endsWith(".dslr");
    }

    private static boolean isShipped(String name) {
        return isRuleFile(name) || name.endsWith(".yaml");
    }
}
