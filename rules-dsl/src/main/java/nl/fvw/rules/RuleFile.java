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
