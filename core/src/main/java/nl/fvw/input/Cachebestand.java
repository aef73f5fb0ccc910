package nl.fvw.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A file of fvw's caches (a kept YAML tree, a compiled rule base, the ids it replaces, the decisions of an
 * input structure) written whole or not at all: to a temporary file beside it, then moved over it in one
 * step, so a run reading it at the same time reads the old file or the new one, never a part. Where it
 * cannot be written nothing is kept: a cache is an optimisation, a run without it is still correct.
 *
 * <p>A cache directory holds at most {@value #MAX_BESTANDEN} files: each new file is keyed by the content it
 * stands for, so every edited scenario or rule file adds one; after a write, the files written longest ago
 * are removed until that many are left (a file removed is made again when it is next needed).
 *
 * <pre>{@code
 * Cachebestand.schrijf(map.resolve(sleutel + ".json"), () -> tekst);
 * }</pre>
 */
public final class Cachebestand {
    /** The most files a cache directory keeps. */
    public static final int MAX_BESTANDEN = 256;

    private Cachebestand() {
    }

    /**
     * Writes the file whole, or leaves it as it was; then keeps at most {@value #MAX_BESTANDEN} files in its directory.
     *
     * @param file the file (its directory is made when missing)
     * @param inhoud what to write, made only when the directory can be written
     */
    public static void schrijf(Path file, Supplier<byte[]> inhoud) {
        schrijf(file, inhoud, MAX_BESTANDEN);
    }

    /** As {@link #schrijf(Path, Supplier)}, keeping at most {@code max} files. */
    static void schrijf(Path file, Supplier<byte[]> inhoud, int max) {
        try {
            Path dir = file.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                Files.write(tmp, inhoud.get());
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            snoei(dir, max);
        } catch (IOException | RuntimeException e) {
            // not kept: the next run makes it again
        }
    }

    /** A cache file and when it was written. */
    private record Geschreven(Path file, FileTime moment) {
    }

    /**
     * Removes the files written longest ago (by their time of writing, then by name) until {@code max} are left;
     * directories and the temporary files of writes under way are left alone.
     */
    private static void snoei(Path dir, int max) throws IOException {
        List<Geschreven> files = new ArrayList<>();
        try (Stream<Path> in = Files.list(dir)) {
            for (Path f : (Iterable<Path>) in::iterator) {
                if (!f.getFileName().toString().endsWith(".tmp") && Files.isRegularFile(f)) {
                    try {
                        files.add(new Geschreven(f, Files.getLastModifiedTime(f)));
                    } catch (IOException gone) {
                        // removed meanwhile by another run
                    }
                }
            }
        }
        if (files.size() <= max) {
            return;
        }
        files.sort(Comparator.comparing(Geschreven::moment).thenComparing(g -> g.file().getFileName().toString()));
        for (Geschreven g : files.subList(0, files.size() - max)) {
            Files.deleteIfExists(g.file());
        }
    }
}
