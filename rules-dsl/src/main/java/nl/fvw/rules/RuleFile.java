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
 */
public record RuleFile(String name, String text, boolean ruw) {
    public RuleFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    public RuleFile(String name, String text) {
        this(name, text, false);
    }

    /** The same file, with raw DRL allowed. */
    public RuleFile alsRuw() {
        return new RuleFile(name, text, true);
    }

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
