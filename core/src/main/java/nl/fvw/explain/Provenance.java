package nl.fvw.explain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a result came from: the fvw version and the SHA-256 content hashes of the rules,
 * parameter files and scenario used, keyed by name (e.g. "regels:normering/accres.dslr").
 *
 * <pre>{@code
 * Provenance p = result.provenance();
 * p.hashes().forEach((input, sha256) -> System.out.println(input + " " + sha256));
 * }</pre>
 */
public record Provenance(String fvwVersion, SortedMap<String, String> hashes) {
    /**
     * Checks the components.
     *
     * @param fvwVersion the version of fvw that computed
     * @param hashes the SHA-256 of every rule file, parameter file, data file and scenario, by name
     */
    public Provenance {
        Objects.requireNonNull(fvwVersion, "fvwVersion");
        hashes = Collections.unmodifiableSortedMap(new TreeMap<>(hashes));
    }

    /**
     * The provenance of this fvw with these inputs.
     *
     * @param hashes the SHA-256 of every input, by name
     * @return the provenance
     */
    public static Provenance of(java.util.Map<String, String> hashes) {
        return new Provenance(currentVersion(), new TreeMap<>(hashes));
    }

    /**
     * The version of the fvw jar on the class path.
     *
     * @return the version, like 0.1.0-SNAPSHOT
     */
    public static String currentVersion() {
        return Version.VALUE;
    }

    /**
     * The build of the fvw jar on the class path: its version and the moment it was built, so what is
     * kept between runs (the rules' decisions) is never read by another build.
     *
     * @return like "0.1.0-SNAPSHOT 2026-12-03T21:40:12.345Z"
     */
    public static String currentBuild() {
        return Version.BUILD;
    }

    /** The version and build, read once from the jar. */
    private static final class Version {
        private static final Properties PROPERTIES = read();
        static final String VALUE = PROPERTIES.getProperty("version", "unknown");
        static final String BUILD = VALUE + " " + PROPERTIES.getProperty("bouw", "unknown");

        private static Properties read() {
            Properties p = new Properties();
            try (InputStream in = Provenance.class.getResourceAsStream("/nl/fvw/fvw-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
                return p;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The SHA-256 of some content.
     *
     * @param content the bytes
     * @return the hash, in lower-case hex
     */
    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(Sha256.digest(content));
    }

    /**
     * The SHA-256 of a text, in UTF-8.
     *
     * @param content the text
     * @return the hash, in lower-case hex
     */
    public static String sha256(String content) {
        return sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * This provenance with one more input.
     *
     * @param name the input's name
     * @param hash its SHA-256
     * @return the larger provenance
     */
    public Provenance with(String name, String hash) {
        TreeMap<String, String> m = new TreeMap<>(hashes);
        m.put(name, hash);
        return new Provenance(fvwVersion, m);
    }
}
