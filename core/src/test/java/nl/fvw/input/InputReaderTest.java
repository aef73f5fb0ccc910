package nl.fvw.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class InputReaderTest {
    private static Node yaml(String text) {
        return InputReader.parse("s.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void valuesKeepTheirLineAndPath() {
        Node.Map root = yaml("a: 1\nb:\n  c: [x, \"y\"]\n").asMap();
        Node c = root.get("b").asMap().get("c");
        assertThat(c.asList().items().get(1).location().line()).isEqualTo(3);
        assertThat(c.asList().items().get(1).path()).isEqualTo("b.c[1]");
    }

    @Test
    void jsonWorksTheSame() {
        Node.Map root = InputReader.parse("s.json", "{\"a\": 1.50,\n \"b\": \"x\"}".getBytes(StandardCharsets.UTF_8)).asMap();
        assertThat(root.get("a").asScalar().asDecimal()).isEqualByComparingTo("1.5");
        assertThat(root.get("b").location().line()).isEqualTo(2);
    }

    @Test
    void duplicateKeysAreErrors() {
        assertThatThrownBy(() -> yaml("a: 1\na: 2\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("s.yaml:2").hasMessageContaining("duplicate key 'a'");
    }

    @Test
    void malformedYamlIsAnErrorWithALine() {
        assertThatThrownBy(() -> yaml("a: [1, 2\nb: 3\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("s.yaml:").hasMessageContaining("malformed YAML");
    }

    @Test
    void aliasBombsAreRefused() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            bomb.append("]\n");
            prev = c;
        }
        assertThatThrownBy(() -> yaml(bomb.toString())).isInstanceOf(InputException.class)
                .hasMessageContaining("s.yaml:1").hasMessageContaining("anchors and aliases");
        assertThatThrownBy(() -> yaml("a: &x 1\nb: *x\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("anchors and aliases");
    }

    @Test
    void oversizedFilesAreRefused() {
        byte[] big = new byte[InputReader.MAX_BYTES + 1];
        assertThatThrownBy(() -> InputReader.parse("s.yaml", big)).hasMessageContaining("the largest input fvw accepts");
    }

    @Test
    void otherFilesAndMissingFilesAreClearErrors() {
        assertThatThrownBy(() -> InputReader.parse("s.txt", "a: 1".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("expected a .yaml, .yml or .json file");
        assertThatThrownBy(() -> InputReader.read(Path.of("bestaat-niet.yaml"))).hasMessage("bestaat-niet.yaml: file not found");
        assertThatThrownBy(() -> yaml("")).hasMessageContaining("file is empty");
        assertThatThrownBy(() -> InputReader.parse("s.yaml", new byte[] {(byte) 0xC3, (byte) 0x28}))
                .hasMessageContaining("is not UTF-8 text");
    }

    @Test
    void typeErrorsNameTheKey() {
        Node.Map root = yaml("jaar: twintig\nlijst: 3\n").asMap();
        assertThatThrownBy(() -> root.get("jaar").asScalar().asYear()).hasMessageContaining("key 'jaar'")
                .hasMessageContaining("not a budget year");
        assertThatThrownBy(() -> root.get("lijst").asList()).hasMessageContaining("expected a list, found the value '3'");
        assertThatThrownBy(() -> root.get("nergens")).hasMessageContaining("key 'nergens': missing");
    }
}
