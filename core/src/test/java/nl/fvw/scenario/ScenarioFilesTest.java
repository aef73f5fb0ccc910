package nl.fvw.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.fvw.input.InputException;

/** The files a scenario reads, in its provenance: by path, two of one name apart, outside the folder in full; no links. */
class ScenarioFilesTest {
    @TempDir
    Path dir;

    private static final String PARAM = "eenheid: \"€ mln\"\nparameters:\n  %s:\n    soort: bedrag\n    waarden:\n"
            + "      - {vanaf: 2012, waarde: 1, besloten: Miljoenennota 2012, bron: \"x\"}\n";

    private Path scenario(String parameters) throws IOException {
        Path map = Files.createDirectories(dir.resolve("scenario"));
        return Files.writeString(map.resolve("s.yaml"), """
                scenario: "x"
                eenheid: "€ mln"
                stand: Miljoenennota 2012
                invoer:
                  uitgavenaggregaten:
                    - {naam: NGRU, bron: "x", waarden: {2011: 91965, 2012: 91490}}
                parameters: %s
                """.formatted(parameters));
    }

    @Test
    void twoFilesOfOneNameAreToldApartAndOneOutsideTheFolderIsNamedInFull() throws IOException {
        Files.createDirectories(dir.resolve("scenario/a"));
        Files.createDirectories(dir.resolve("scenario/b"));
        Files.writeString(dir.resolve("scenario/a/p.yaml"), PARAM.formatted("een"));
        Files.writeString(dir.resolve("scenario/b/p.yaml"), PARAM.formatted("twee"));
        Files.writeString(dir.resolve("buiten.yaml"), PARAM.formatted("drie"));
        Scenario s = ScenarioReader.read(scenario("[a/p.yaml, b/p.yaml, ../buiten.yaml]"));
        assertThat(s.hashes()).containsKeys("parameters:a/p.yaml", "parameters:b/p.yaml",
                "parameters:" + dir.resolve("buiten.yaml").toAbsolutePath().normalize());
        assertThat(s.hashes().get("parameters:a/p.yaml")).isNotEqualTo(s.hashes().get("parameters:b/p.yaml"));
    }

    /** A link would hide which file is read, and an error quoting its content would show that file. */
    @Test
    void aSymbolicLinkIsRefused() throws IOException {
        Path geheim = Files.writeString(dir.resolve("geheim.yaml"), "wachtwoord: hunter2\n");
        Files.createDirectories(dir.resolve("scenario"));
        Files.createSymbolicLink(dir.resolve("scenario/p.yaml"), geheim);
        InputException e = ReadFailure.of(scenario("[p.yaml]"));
        assertThat(e.problem()).isEqualTo("file 'p.yaml' is a symbolic link; name the file it points to by its own path");
        assertThat(e.getMessage()).doesNotContain("hunter2");
    }
}
