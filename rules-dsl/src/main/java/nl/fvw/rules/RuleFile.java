package nl.fvw.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

import nl.fvw.FvwException;

/**
 * An analyst's rule file (.dslr): its name, for messages, and its text. {@code ruw}: the file may
 * hold lines that are not known sentences (raw DRL, each such line starting with {@code >} as the
 * Drools DSL requires); fvw's line check is skipped for it. That is an explicit choice of the
 * scenario ({@code ruwe_regels}), never the default.
 *
 * <pre>{@code
 * RuleFile eigen = RuleFile.read(Path.of("regels/variant.dslr"));
 * FvwEngine engine = FvwEngine.withAnalystRules(List.of(eigen));
 * }</pre>
 *
 * @param name the file's name, as messages give it
 * @param text the rules
 * @param ruw whether raw DRL is allowed
 */
public record RuleFile(String name, String text, boolean ruw) {
    /**
     * Checks the parts.
     *
     * @param name the file's name
     * @param text the rules
     * @param ruw whether raw DRL is allowed
     */
    public RuleFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** The largest rule file fvw reads: 1 MiB. */
    public static final int MAX_BYTES = 1 << 20;
    /** The most rules one file may hold. */
    public static final int MAX_REGELS = 2_000;

    /**
     * Checks the file's size before anything reads its lines: at most {@link #MAX_BYTES} and {@link #MAX_REGELS} rules.
     *
     * @throws FvwException naming the file, its size and the limit
     */
    public void checkSize() {
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new FvwException(name + ": a rule file holds at most " + MAX_BYTES + " bytes; this one has " + bytes);
        }
        long rules = text.lines().filter(l -> l.stripLeading().startsWith("regel \"")).count();
        if (rules > MAX_REGELS) {
            throw new FvwException(name + ": a rule file holds at most " + MAX_REGELS + " rules; this one has " + rules
                    + "; split it over files by subject");
        }
    }

    /**
     * A file of known sentences only.
     *
     * @param name the file's name, as messages give it
     * @param text the rules
     */
    public RuleFile(String name, String text) {
        this(name, text, false);
    }

    /**
     * The same file, with raw DRL allowed.
     *
     * @return the file, marked raw
     */
    public RuleFile alsRuw() {
        return new RuleFile(name, text, true);
    }

    /**
     * Reads a rule file (UTF-8).
     *
     * @param path a file ending in .dslr
     * @return the file
     * @throws FvwException naming the path when it has another extension, is missing or cannot be read
     */
    public static RuleFile read(Path path) {
        if (!path.toString().endsWith(".dslr")) {
            throw new FvwException(path + ": rule files end in .dslr");
        }
        try {
            return new RuleFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new FvwException(path + ": rule file not found");
        } catch (IOException e) {
            throw new FvwException(path + ": cannot be read: " + e.getMessage());
        }
    }
}
