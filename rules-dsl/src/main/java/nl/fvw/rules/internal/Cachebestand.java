package nl.fvw.rules.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/**
 * A file of the rule cache (a compiled rule base, the ids it replaces, the decisions of an input
 * structure) written whole or not at all: to a temporary file beside it, then moved over it in one
 * step, so a run reading it at the same time reads the old file or the new one, never a part. Where
 * it cannot be written nothing is kept: the cache is an optimisation, a run without it is still correct.
 *
 * <pre>{@code
 * Cachebestand.schrijf(map.resolve(sleutel + ".json"), () -> tekst);
 * }</pre>
 */
final class Cachebestand {
    private Cachebestand() {
    }

    /**
     * Writes the file whole, or leaves it as it was.
     *
     * @param file the file (its directory is made when missing)
     * @param inhoud what to write, made only when the directory can be written
     */
    static void schrijf(Path file, Supplier<byte[]> inhoud) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                Files.write(tmp, inhoud.get());
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // not kept: the next run makes it again
        }
    }
}
