package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.fvw.param.ParameterFile;
import nl.fvw.param.ParameterSet;

/** The shipped policy files: their hashes are of the bytes on the class path, their texts those bytes decoded. */
class RuleSourcesTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RuleSourcesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void everyShippedFileIsHashedAndDecodedFromItsBytes() throws Exception {
        RuleSources shipped = RuleSources.shipped();
        assertThat(shipped.hashes().keySet()).contains(RuleSources.SHIPPED_FOLDER + "normering/fvw.dsl",
                RuleSources.SHIPPED_FOLDER + "normering/normering.dslr", RuleSources.SHIPPED_FOLDER + "normering/opschalingskorting.yaml");
        for (String name : shipped.hashes().keySet()) {
            byte[] bytes = resource(name);
            assertThat(shipped.hashes().get(name)).as(name).isEqualTo(sha256(bytes));
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(name.endsWith(".yaml") ? shipped.parameters().get(name) : shipped.texts().get(name)).as(name).isEqualTo(text);
        }
        assertThat(shipped.texts().get(RuleSources.SHIPPED_FOLDER + "normering/fvw.dsl")).as("decoded as UTF-8").contains("€");
        assertThat(shipped.texts().keySet()).allMatch(n -> n.endsWith(".dsl") || n.endsWith(".dslr"));
        assertThat(RuleSources.shipped()).as("read once").isSameAs(shipped);
    }

    @Test
    void sourcesGivenAsTextAreHashedInUtf8() throws Exception {
        TreeMap<String, String> texts = new TreeMap<>();
        texts.put("a.dslr", "regel \"één\" € 1");
        RuleSources s = new RuleSources(texts, new TreeMap<>());
        assertThat(s.hashes()).containsEntry("a.dslr", sha256("regel \"één\" € 1".getBytes(StandardCharsets.UTF_8)));
        assertThat(s.texts()).isEqualTo(texts);
    }

    @Test
    void analystsFilesAreAddedBesideTheShippedOnes() throws Exception {
        RuleSources shipped = RuleSources.shipped();
        TreeMap<String, String> eigen = new TreeMap<>();
        eigen.put("analist:eigen.dslr", "regel");
        RuleSources beide = shipped.withRules(eigen);
        SortedMap<String, String> h = beide.hashes();
        assertThat(h).containsAllEntriesOf(shipped.hashes()).containsEntry("analist:eigen.dslr", sha256("regel".getBytes(StandardCharsets.UTF_8)));
        assertThat(beide.texts()).containsAllEntriesOf(shipped.texts()).containsEntry("analist:eigen.dslr", "regel");
        assertThat(beide.parameters()).isEqualTo(shipped.parameters());
        assertThat(shipped.texts()).doesNotContainKey("analist:eigen.dslr");
    }

    @Test
    void theParametersAreEachFileParsed() {
        RuleSources shipped = RuleSources.shipped();
        ParameterSet expected = ParameterSet.empty();
        for (var e : shipped.parameters().entrySet()) {
            expected = expected.merge(ParameterFile.parse(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(shipped.parameterSet().all().keySet()).isNotEmpty().isEqualTo(expected.all().keySet());
        for (var e : expected.all().entrySet()) {
            var p = shipped.parameterSet().all().get(e.getKey());
            assertThat(p.kind()).isEqualTo(e.getValue().kind());
            assertThat(p.values()).as(e.getKey()).isEqualTo(e.getValue().values());
        }
    }
}
