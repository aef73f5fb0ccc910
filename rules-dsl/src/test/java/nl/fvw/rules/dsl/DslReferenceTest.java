package nl.fvw.rules.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/dsl.md lists every sentence of the mapping, so the reference cannot drift from the language. */
class DslReferenceTest {
    @Test
    void everySentenceIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("../docs/dsl.md"));
        for (Sentence s : DslMapping.shipped().sentences()) {
            if (s.scope() != Sentence.Scope.KEYWORD) {
                assertThat(doc).as("docs/dsl.md documents: " + s.text()).contains("`" + s.text() + "`");
            } else if (!s.captures().isEmpty()) {
                assertThat(doc).as("docs/dsl.md documents: " + s.text()).contains("`" + s.text() + "`");
            }
        }
    }
}
