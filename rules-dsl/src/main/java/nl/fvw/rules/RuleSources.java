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
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import nl.fvw.explain.Provenance;

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

    private final SortedMap<String, String> texts;
    private final SortedMap<String, String> parameters;

    /**
     * Rule files and parameter files by name.
     *
     * @param texts the rule files' texts
     * @param parameters the parameter files' texts
     */
    public RuleSources(SortedMap<String, String> texts, SortedMap<String, String> parameters) {
        this.texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
        this.parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }

    /**
     * The rule files.
     *
     * @return their texts by resource name
     */
    public SortedMap<String, String> texts() {
        return texts;
    }

    /**
     * The parameter files shipped with the rules.
     *
     * @return their texts by resource name
     */
    public SortedMap<String, String> parameters() {
        return parameters;
    }

    /**
     * The SHA-256 of every rule and parameter file.
     *
     * @return the hashes by resource name
     */
    public SortedMap<String, String> hashes() {
        TreeMap<String, String> m = new TreeMap<>();
        texts.forEach((k, v) -> m.put(k, Provenance.sha256(v)));
        parameters.forEach((k, v) -> m.put(k, Provenance.sha256(v)));
        return m;
    }

    /**
     * The same sources with analysts' rule files added.
     *
     * @param analystTexts the analysts' files' texts by name
     * @return the larger sources
     */
    public RuleSources withRules(SortedMap<String, String> analystTexts) {
        TreeMap<String, String> all = new TreeMap<>(texts);
        all.putAll(analystTexts);
        return new RuleSources(all, parameters);
    }

    /**
     * Every .dsl, .dslr and .yaml file under {@link #SHIPPED_FOLDER} on the class path (jar or folder).
     *
     * @return the shipped sources
     * @throws IllegalStateException when the class path holds no rule files
     */
    public static RuleSources shipped() {
        ClassLoader cl = RuleSources.class.getClassLoader();
        TreeMap<String, String> texts = new TreeMap<>();
        TreeMap<String, String> parameters = new TreeMap<>();
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
                                    (isRuleFile(e.getName()) ? texts : parameters).put(e.getName(),
                                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                                }
                            }
                        }
                    }
                } else if (root.getProtocol().equals("file")) {
                    Path dir = Path.of(root.toURI());
                    try (Stream<Path> files = Files.walk(dir)) {
                        for (Path f : files.filter(f -> isShipped(f.toString())).sorted().toList()) {
                            String name = SHIPPED_FOLDER + dir.relativize(f).toString().replace('\\', '/');
                            (isRuleFile(name) ? texts : parameters).put(name, Files.readString(f, StandardCharsets.UTF_8));
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
