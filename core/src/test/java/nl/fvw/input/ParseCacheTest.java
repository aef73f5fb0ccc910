package nl.fvw.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A YAML file's kept tree is the tree the parser gives, place by place; what does not read is never kept. */
class ParseCacheTest {
    private static final String BLOCK = """
            # een scenario zoals analisten het schrijven
            scenario: "Accres uit de NGRU"
            omschrijving: >-
              Trap-op-trap-af: het accres van jaar t
              is de groei van de NGRU.
            eenheid: € mln
            leeg:
            ook_leeg: null
            invoer:
              - naam: NGRU
                reeks: {2011: 137926, 2012: -47525.5, 2013: '1.234,5'}
                vlag: true
              - [1, "twee", 3.50, ~]
            """;

    @TempDir
    Path dir;

    @AfterEach
    void off() {
        ParseCache.keepIn(null);
    }

    /** Everything a node carries, its children in order. */
    static String dump(Node n) {
        StringBuilder sb = new StringBuilder();
        dump(n, sb);
        return sb.toString();
    }

    private static void dump(Node n, StringBuilder sb) {
        sb.append(n.location()).append(' ').append(n.path()).append(' ');
        if (n instanceof Node.Map m) {
            sb.append("{\n");
            m.entries().forEach((k, v) -> {
                sb.append(k).append(": ");
                dump(v, sb);
            });
            sb.append("}\n");
        } else if (n instanceof Node.List l) {
            sb.append("[\n");
            l.items().forEach(i -> dump(i, sb));
            sb.append("]\n");
        } else {
            Node.Scalar s = (Node.Scalar) n;
            sb.append(s.isNull() ? "null" : (s.isQuoted() ? "'" : "=") + s.text()).append('\n');
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private long kept() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".boom")).count();
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;
        }
    }

    @Test
    void aKeptTreeIsReadBackAsTheParserGaveIt() throws IOException {
        String parsed = dump(InputReader.parse("scenario.yaml", utf8(BLOCK)));
        ParseCache.keepIn(dir);
        assertThat(ParseCache.lookup("scenario.yaml", utf8(BLOCK))).isNull();
        assertThat(dump(InputReader.parse("scenario.yaml", utf8(BLOCK)))).isEqualTo(parsed);
        assertThat(kept()).isEqualTo(1);
        Node back = ParseCache.lookup("scenario.yaml", utf8(BLOCK));
        assertThat(back).as("kept").isNotNull();
        assertThat(dump(back)).isEqualTo(parsed).contains("scenario.yaml:11:").contains("invoer[0].reeks.2013 '1.234,5");
        assertThat(dump(InputReader.parse("scenario.yaml", utf8(BLOCK)))).isEqualTo(parsed);
    }

    @Test
    void theNameAndTheBytesAreTheKey() throws IOException {
        ParseCache.keepIn(dir);
        InputReader.parse("a.yaml", utf8(BLOCK));
        assertThat(ParseCache.lookup("b.yaml", utf8(BLOCK))).as("another name").isNull();
        assertThat(ParseCache.lookup("a.yaml", utf8(BLOCK + "# anders\n"))).as("other bytes").isNull();
        assertThat(InputReader.parse("b.yaml", utf8(BLOCK)).location().file()).isEqualTo("b.yaml");
        assertThat(kept()).isEqualTo(2);
    }

    @Test
    void aKeptFileThatDoesNotReadIsReadFromTheYamlAndKeptAnew() throws IOException {
        String parsed = dump(InputReader.parse("s.yaml", utf8(BLOCK)));
        ParseCache.keepIn(dir);
        InputReader.parse("s.yaml", utf8(BLOCK));
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(f -> f.toString().endsWith(".boom")).findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(file);
        for (byte[] damaged : List.of(java.util.Arrays.copyOf(whole, whole.length / 2), utf8("geen boom"), new byte[0],
                java.util.Arrays.copyOf(whole, whole.length + 1))) {
            Files.write(file, damaged);
            assertThat(ParseCache.lookup("s.yaml", utf8(BLOCK))).isNull();
            assertThat(dump(InputReader.parse("s.yaml", utf8(BLOCK)))).isEqualTo(parsed);
            assertThat(Files.readAllBytes(file)).as("kept anew").isEqualTo(whole);
        }
    }

    @Test
    void whatDoesNotReadIsRefusedAlikeAndNeverKept() throws IOException {
        String kapot = "a: [1, 2\nb: 3\n";
        String zonder = messageOf(() -> InputReader.parse("k.yaml", utf8(kapot)));
        ParseCache.keepIn(dir);
        assertThat(messageOf(() -> InputReader.parse("k.yaml", utf8(kapot)))).isEqualTo(zonder).contains("k.yaml:");
        assertThat(messageOf(() -> InputReader.parse("k.yaml", utf8(kapot)))).isEqualTo(zonder);
        assertThatThrownBy(() -> InputReader.parse("d.yaml", utf8("a: 1\na: 2\n"))).hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> InputReader.parse("x.yaml", utf8("a: &x 1\nb: *x\n"))).hasMessageContaining("aliases");
        assertThat(kept()).isZero();
    }

    @Test
    void jsonIsNotKeptAndADirectoryThatCannotBeWrittenKeepsNothing() throws IOException {
        ParseCache.keepIn(dir);
        InputReader.parse("d.json", utf8("{\"a\": [1, 2]}"));
        assertThat(kept()).isZero();
        Path bestand = Files.writeString(dir.resolve("geen-map"), "x");
        ParseCache.keepIn(bestand);
        String parsed = dump(InputReader.parse("s.yaml", utf8(BLOCK)));
        assertThat(parsed).contains("NGRU");
        assertThat(Files.readString(bestand)).isEqualTo("x");
        assertThat(ParseCache.lookup("s.yaml", utf8(BLOCK))).isNull();
    }

    private static String messageOf(Runnable r) {
        try {
            r.run();
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error");
    }

    /** Any document (JSON is YAML, here written over many lines) reads back node by node, place by place. */
    @Property(tries = 200)
    void everyDocumentReadsBackTheSame(@ForAll("documents") Map<String, Object> document) throws IOException {
        byte[] bytes = utf8(json(document));
        String parsed = dump(InputReader.parse("p.yaml", bytes));
        Path tmp = Files.createTempDirectory("boom");
        try {
            ParseCache.keepIn(tmp);
            assertThat(dump(InputReader.parse("p.yaml", bytes))).isEqualTo(parsed);
            Node back = ParseCache.lookup("p.yaml", bytes);
            assertThat(back).isNotNull();
            assertThat(dump(back)).isEqualTo(parsed);
        } finally {
            ParseCache.keepIn(null);
            try (Stream<Path> files = Files.list(tmp)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(tmp);
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> documents() {
        return Arbitraries.maps(keys(), tree(3)).ofMaxSize(5);
    }

    private static Arbitrary<String> keys() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('é', '_', ' ').ofMinLength(1).ofMaxLength(8);
    }

    private static Arbitrary<Object> tree(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').withChars('é', '€', '\n', '\t').ofMaxLength(12).map(s -> s),
                Arbitraries.longs().map(l -> l),
                Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(3)
                        .map(d -> d),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE, Leeg.LEEG));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> list = tree(depth - 1).list().ofMaxSize(4).map(l -> l);
        Arbitrary<Object> map = Arbitraries.maps(keys(), tree(depth - 1)).ofMaxSize(4).map(m -> m);
        return Arbitraries.frequencyOf(Tuple.of(4, scalar), Tuple.of(1, list), Tuple.of(1, map));
    }

    private enum Leeg { LEEG }

    private static String json(Object document) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter()) {
            write(g, document);
        }
        return w.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeNull();
        }
    }
}
