package nl.fvw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The command line's messages in Dutch (meldingen.tsv): a catalog without dead entries, translated in one pass. */
class MeldingenTest {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();

    /** Every English part of the catalog is written in fvw's code, literals joined. */
    @Test
    void everyPartOfTheCatalogOccursInTheCode() throws IOException {
        StringBuilder code = new StringBuilder();
        for (String module : List.of("core", "rules-dsl", "examples")) {
            try (Stream<Path> files = Files.walk(HOME.resolve(module).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    code.append(Files.readString(f).replaceAll("\"\\s*\\+\\s*\"", "").replace("\\\"", "\"")
                            .replace("\\\\", "\\")).append('\n');
                }
            }
        }
        List<String> dood = Meldingen.catalogus().keySet().stream().filter(en -> !code.toString().contains(en)).toList();
        assertThat(dood).isEmpty();
    }

    /** The longest part wins, what lies between the parts stays, and Dutch text is not translated again. */
    @Test
    void aMessageIsTranslatedInOnePassLongestPartFirst() {
        assertThat(Meldingen.nl("Weight of GM0001 is negative (-1); allocation weights must be zero or positive"))
                .isEqualTo("Gewicht van GM0001 is negatief (-1); gewichten van een verdeling zijn nul of positief");
        assertThat(Meldingen.nl("s.yaml:3:4: key 'taken[0]': Task 't': the key over bestuurslagen sums to 0.9 ({GEMEENTEN=0.7});"
                + " it must sum to exactly 1"))
                .isEqualTo("s.yaml:3:4: sleutel 'taken[0]': Taak 't': de sleutel over de bestuurslagen telt op tot 0.9"
                        + " ({GEMEENTEN=0.7}); ze moet precies op 1 uitkomen");
        assertThat(Meldingen.nl(null)).isEmpty();
    }
}
