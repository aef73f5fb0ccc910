package nl.fvw.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import nl.fvw.FvwException;
import nl.fvw.explain.Provenance;
import nl.fvw.scenario.Scenario;

/**
 * Where a command writes its --out: never over one of the run's inputs, and through a temporary file
 * in the same folder that is renamed into place, so that a failure leaves no partial file.
 */
final class Uitvoer {
    private Uitvoer() {
    }

    /**
     * Refuses an --out that is an input of the scenario: its file, a rule file, or any file it read (by
     * path, through a symlink, or with the content of one).
     *
     * @param out the --out, or null
     * @param s the scenario as read
     * @throws Gebruiksfout naming the file
     */
    static void geenInvoer(Path out, Scenario s) {
        if (out == null || !Files.exists(out)) {
            return;
        }
        List<Path> invoer = new ArrayList<>();
        invoer.add(s.file());
        invoer.addAll(s.regels());
        invoer.addAll(s.ruweRegels());
        try {
            Path echt = out.toRealPath();
            for (Path p : invoer) {
                if (Files.exists(p) && p.toRealPath().equals(echt)) {
                    throw new Gebruiksfout("--out " + out + " is een invoerbestand van dit scenario; kies een ander bestand");
                }
            }
            if (Files.isRegularFile(echt) && Files.size(echt) <= 64L * 1024 * 1024
                    && s.hashes().containsValue(Provenance.sha256(Files.readAllBytes(echt)))) {
                throw new Gebruiksfout("--out " + out + " heeft de inhoud van een invoerbestand van dit scenario; kies een"
                        + " ander bestand");
            }
        } catch (IOException e) {
            throw new FvwException(out + ": kan niet worden gelezen: " + e.getMessage());
        }
    }

    /**
     * Writes {@code content} to {@code out} through a temporary file renamed into place.
     *
     * @param out the file
     * @param content the bytes
     * @throws FvwException when the file cannot be written; nothing is left behind
     */
    static void schrijf(Path out, byte[] content) {
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + out.getFileName() + ".", ".tmp");
            Files.write(tmp, content);
            try {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new FvwException(out + ": kan niet schrijven: " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is gone with the folder or was moved; nothing to report
                }
            }
        }
    }
}
