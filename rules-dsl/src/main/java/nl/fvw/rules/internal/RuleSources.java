package nl.fvw.rules.internal;

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
 * The text of rule files (.dsl and .dslr) by resource name, with their SHA-256 hashes: what a
 * result's provenance names, and what the shipped-rules test checks line by line.
 */
public final class RuleSources {
    /** Where the shipped rules live on the class path. */
    public static final String SHIPPED_FOLDER = "nl/fvw/regels/";

    private final SortedMap<String, String> texts;

    public RuleSources(SortedMap<String, String> texts) {
        this.texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
    }

    public SortedMap<String, String> texts() {
        return texts;
    }

    public SortedMap<String, String> hashes() {
        TreeMap<String, String> m = new TreeMap<>();
        texts.forEach((k, v) -> m.put(k, Provenance.sha256(v)));
        return m;
    }

    /** Every .dsl and .dslr file under {@link #SHIPPED_FOLDER} on the class path (jar or folder). */
    public static RuleSources shipped() {
        ClassLoader cl = RuleSources.class.getClassLoader();
        TreeMap<String, String> texts = new TreeMap<>();
        try {
            Enumeration<URL> roots = cl.getResources(SHIPPED_FOLDER);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("jar")) {
                    String path = root.getPath();
                    String jar = path.substring("file:".length(), path.indexOf("!/"));
                    try (JarFile jf = new JarFile(java.net.URLDecoder.decode(jar, StandardCharsets.UTF_8))) {
                        for (JarEntry e : Collections.list(jf.entries())) {
                            if (e.getName().startsWith(SHIPPED_FOLDER) && isRuleFile(e.getName())) {
                                try (InputStream in = jf.getInputStream(e)) {
                                    texts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                                }
                            }
                        }
                    }
                } else if (root.getProtocol().equals("file")) {
                    Path dir = Path.of(root.toURI());
                    try (Stream<Path> files = Files.walk(dir)) {
                        for (Path f : files.filter(f -> isRuleFile(f.toString())).sorted().toList()) {
                            String name = SHIPPED_FOLDER + dir.relativize(f).toString().replace('\\', '/');
                            texts.put(name, Files.readString(f, StandardCharsets.UTF_8));
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
        return new RuleSources(texts);
    }

    private static boolean isRuleFile(String name) {
        return name.endsWith(".dsl") || name.endsWith(".dslr");
    }
}
