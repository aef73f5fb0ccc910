package nl.fvw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The JSON Schemas in docs/schema (for editor completion) accept every shipped scenario and
 * parameter file, know every key the readers admit, and refuse what the readers refuse for its
 * shape: an unknown key, a misspelt fund, another currency, a missing or mistyped field.
 */
class ScenarioSchemaTest {
    private static final Path HOME = CliTest.HOME;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SCENARIO = schema("scenario");
    private static final Schema PARAMETERS = schema("parameters");

    private static Schema schema(String name) {
        try {
            return REGISTRY.getSchema(Files.newInputStream(HOME.resolve("docs/schema/" + name + ".schema.json")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> s = Files.list(HOME.resolve("examples/scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    /** The parameter files shipped with the rules, and those in the test data. */
    static Stream<Path> parameterFiles() throws IOException {
        try (Stream<Path> s = Files.list(HOME.resolve("rules-dsl/src/main/resources/nl/fvw/regels/normering"))) {
            return Stream.concat(s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream(),
                    Stream.of(HOME.resolve("core/src/test/resources/parameters/opschalingskorting.yaml")));
        }
    }

    @Test
    void theSchemasAreValidJsonSchemas() throws IOException {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String name : List.of("scenario", "parameters")) {
            JsonNode schema = JSON.readTree(HOME.resolve("docs/schema/" + name + ".schema.json").toFile());
            assertThat(meta.validate(schema)).as(name).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyShippedScenarioFitsTheSchema(Path file) throws IOException {
        assertThat(messages(SCENARIO, YAML.readTree(file.toFile()))).as(file.getFileName().toString()).isEmpty();
        assertThat(Files.readString(file)).startsWith("# yaml-language-server: $schema=../../docs/schema/scenario.schema.json");
    }

    @ParameterizedTest
    @MethodSource("parameterFiles")
    void everyShippedParameterFileFitsTheSchema(Path file) throws IOException {
        assertThat(messages(PARAMETERS, YAML.readTree(file.toFile()))).as(file.getFileName().toString()).isEmpty();
    }

    /** A key the reader admits but the schema does not know would be flagged in the editor, wrongly. */
    @Test
    void theSchemaKnowsEveryKeyTheReadersAdmit() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String name : List.of("scenario", "parameters")) {
            collectPropertyNames(JSON.readTree(HOME.resolve("docs/schema/" + name + ".schema.json").toFile()), known);
        }
        Set<String> admitted = new TreeSet<>();
        Pattern allowOnly = Pattern.compile("allowOnly\\(([^)]*)\\)");
        Pattern key = Pattern.compile("\"([^\"]+)\"");
        List<Path> sources = new java.util.ArrayList<>();
        try (var readers = Files.list(HOME.resolve("core/src/main/java/nl/fvw/scenario"))) {
            readers.forEach(sources::add);
        }
        sources.add(HOME.resolve("core/src/main/java/nl/fvw/param/ParameterFile.java"));
        for (Path source : sources) {
            Matcher m = allowOnly.matcher(Files.readString(source));
            while (m.find()) {
                Matcher k = key.matcher(m.group(1));
                while (k.find()) {
                    admitted.add(k.group(1));
                }
            }
        }
        assertThat(admitted).hasSizeGreaterThan(60);
        assertThat(known).containsAll(admitted);
    }

    @Test
    void whatTheReaderRefusesForItsShapeTheSchemaRefusesToo() throws IOException {
        for (String bad : List.of("onbekende-sleutel.yaml", "verkeerd-gespeld-fonds.yaml", "gemengde-valuta.yaml")) {
            JsonNode node = YAML.readTree(HOME.resolve("examples/src/test/resources/bad-inputs/" + bad).toFile());
            assertThat(messages(SCENARIO, node)).as(bad).isNotEmpty();
        }
        String minimal = "scenario: x\neenheid: \"€ mln\"\nstand: Miljoenennota 2024\n";
        assertThat(messages(SCENARIO, YAML.readTree(minimal))).isEmpty();
        assertThat(messages(SCENARIO, YAML.readTree("scenario: x\neenheid: \"€ mln\"\n"))).singleElement()
                .asString().contains("stand");
        assertThat(messages(SCENARIO, YAML.readTree(minimal + "jaren: {van: 2024, tot: later}\n"))).isNotEmpty();
        assertThat(messages(SCENARIO, YAML.readTree(minimal + "eenheid2: x\n"))).isNotEmpty();
        assertThat(messages(SCENARIO, YAML.readTree(minimal.replace("€ mln", "$ mln")))).isNotEmpty();
        assertThat(messages(SCENARIO, YAML.readTree(minimal.replace("Miljoenennota 2024", "2024")))).isNotEmpty();
        assertThat(messages(SCENARIO, YAML.readTree(minimal + "taken: [{naam: t, bron: b}]\n"))).isNotEmpty();
    }

    private static List<String> messages(Schema schema, JsonNode node) {
        return schema.validate(node).stream().map(Error::toString).toList();
    }

    private static void collectPropertyNames(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            JsonNode props = node.get("properties");
            if (props != null && props.isObject()) {
                props.fieldNames().forEachRemaining(out::add);
            }
            node.elements().forEachRemaining(child -> collectPropertyNames(child, out));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectPropertyNames(child, out));
        }
    }
}
