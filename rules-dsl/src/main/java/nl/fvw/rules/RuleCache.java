package nl.fvw.rules;

import java.nio.file.Path;

/**
 * Where an engine keeps analysts' compiled rule bases between runs, by content hash: the same
 * shipped rules, analyst files and fvw version give the same rule base, so a later run (in this
 * JVM or another) does not compile again. In memory only, or also in a directory on disk; there, in
 * {@code besluiten/}, also the normering rules' decisions for each input structure (the build, the
 * rule and parameter files, the limits and what the rules see of the input), so a later run of that
 * structure does not let the rules fire again.
 *
 * <pre>{@code
 * FvwEngine e = FvwEngine.builder().regels(files).cache(RuleCache.in(Path.of("target/fvw-cache"))).build();
 * }</pre>
 *
 * @param directory the directory of compiled rule bases, or null: in memory only
 */
public record RuleCache(Path directory) {
    private static final RuleCache IN_MEMORY = new RuleCache(null);

    /**
     * Compiled rule bases kept in this JVM only.
     *
     * @return the cache
     */
    public static RuleCache inMemory() {
        return IN_MEMORY;
    }

    /**
     * Compiled rule bases kept in {@code directory} too.
     *
     * @param directory the directory (made when first written)
     * @return the cache
     */
    public static RuleCache in(Path directory) {
        return new RuleCache(java.util.Objects.requireNonNull(directory, "directory"));
    }
}
