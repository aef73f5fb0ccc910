package nl.fvw.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache file written whole or not at all, in a directory that keeps a bounded number of files. */
class CachebestandTest {
    private static final Instant LANG_GELEDEN = Instant.parse("2026-01-01T00:00:00Z");

    private static Path oud(Path dir, String name, int minuten) throws IOException {
        Path f = Files.writeString(dir.resolve(name), name);
        Files.setLastModifiedTime(f, FileTime.from(LANG_GELEDEN.plusSeconds(60L * minuten)));
        return f;
    }

    private static long files(Path dir) throws IOException {
        try (Stream<Path> in = Files.list(dir)) {
            return in.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void writesWholeAndMakesTheDirectory(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a/b/sleutel.json");
        Cachebestand.schrijf(f, () -> "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(f)).isEqualTo("{}");
        Cachebestand.schrijf(f, () -> "[1]".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(f)).as("replaced").isEqualTo("[1]");
        assertThat(files(f.getParent())).as("no temporary file left").isEqualTo(1);
    }

    @Test
    void whatCannotBeMadeLeavesTheFileAsItWas(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("sleutel.json"), "oud");
        Cachebestand.schrijf(f, () -> {
            throw new IllegalStateException("mislukt");
        });
        assertThat(Files.readString(f)).isEqualTo("oud");
        assertThat(files(dir)).isEqualTo(1);
        Path blocked = Files.writeString(dir.resolve("geen-map"), "een bestand");
        Cachebestand.schrijf(blocked.resolve("x.json"), () -> new byte[] {1});
        assertThat(Files.isRegularFile(blocked)).as("nothing kept, no error").isTrue();
    }

    @Test
    void theFilesWrittenLongestAgoGoWhenTheDirectoryIsFull(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 5; i++) {
            oud(dir, "f" + i + ".boom", 10 - i);   // f4 was written first, f0 last
        }
        Path tmp = oud(dir, "bezig.boom123.tmp", 0);   // another run's write under way
        Files.createDirectory(dir.resolve("besluiten"));
        Cachebestand.schrijf(dir.resolve("nieuw.boom"), () -> new byte[] {1}, 4);
        assertThat(dir.resolve("nieuw.boom")).exists();
        assertThat(dir.resolve("f0.boom")).exists();
        assertThat(dir.resolve("f1.boom")).exists();
        assertThat(dir.resolve("f2.boom")).exists();
        assertThat(dir.resolve("f3.boom")).doesNotExist();
        assertThat(dir.resolve("f4.boom")).doesNotExist();
        assertThat(tmp).as("a write under way is left alone").exists();
        assertThat(dir.resolve("besluiten")).isDirectory();
        // at the bound nothing goes; the same time is ordered by name
        oud(dir, "g1", 1);
        oud(dir, "g0", 1);
        Cachebestand.schrijf(dir.resolve("nieuw.boom"), () -> new byte[] {2}, 6);
        assertThat(files(dir)).isEqualTo(7);   // six kept and the write under way
        Cachebestand.schrijf(dir.resolve("nieuw.boom"), () -> new byte[] {3}, 5);
        assertThat(dir.resolve("g0")).doesNotExist();
        assertThat(dir.resolve("g1")).exists();
    }

    @Test
    void aDirectoryKeepsTheBoundOfFiles(@TempDir Path dir) throws IOException {
        for (int i = 0; i < Cachebestand.MAX_BESTANDEN; i++) {
            oud(dir, String.format("k%03d.json", i), i);
        }
        Cachebestand.schrijf(dir.resolve("nieuw.json"), () -> new byte[] {1});
        assertThat(files(dir)).isEqualTo(Cachebestand.MAX_BESTANDEN);
        assertThat(dir.resolve("k000.json")).doesNotExist();
        assertThat(dir.resolve("k001.json")).exists();
        assertThat(dir.resolve("nieuw.json")).exists();
    }
}
