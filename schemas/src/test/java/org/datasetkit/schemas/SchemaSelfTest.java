package org.datasetkit.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The shipped schemas are valid draft 2020-12 schemas, and they accept and reject the golden examples. */
class SchemaSelfTest {

    static final String DATASHEET_ID = "https://datasetkit.org/schemas/datasheet/1/datasheet.schema.json";
    static final String DATASHEET_RESOURCE = "org/datasetkit/schemas/datasheet/1/datasheet.schema.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ENGLISH).build())
                    .schemaIdResolvers(r -> r.mapPrefix("https://datasetkit.org/schemas/", "classpath:org/datasetkit/schemas/")));

    @Test
    void datasheetSchemaIsAValidDraft202012Schema() throws IOException {
        JsonNode schemaNode;
        try (InputStream in = resource(DATASHEET_RESOURCE)) {
            schemaNode = JsonMapper.builder().build().readTree(in);
        }
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        List<Error> errors = meta.validate(schemaNode);

        assertThat(errors).isEmpty();
        assertThat(schemaNode.get("$id").asString()).isEqualTo(DATASHEET_ID);
    }

    @Test
    void metaSchemaRejectsABrokenSchema() {
        JsonNode broken = JsonMapper.builder().build().readTree("{\"type\": \"objekt\", \"required\": \"title\"}");
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(meta.validate(broken)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("validExamples")
    void validExamplesPass(Path example) throws IOException {
        List<Error> errors = datasheetSchema().validate(readYaml(example));

        assertThat(errors).as(example.getFileName().toString()).isEmpty();
    }

    /** Each invalid example names the error it must produce in its first line: {@code # expect: <keyword> <pointer>}, {@code <root>} for the empty pointer. */
    @ParameterizedTest
    @MethodSource("invalidExamples")
    void invalidExamplesFailWithTheExpectedError(Path example) throws IOException {
        String first = Files.readAllLines(example, StandardCharsets.UTF_8).get(0);
        assertThat(first).as("first line of " + example).startsWith("# expect: ");
        String[] expected = first.substring("# expect: ".length()).trim().split(" ");
        String pointer = expected[1].equals("<root>") ? "" : expected[1];

        List<Error> errors = datasheetSchema().validate(readYaml(example));

        assertThat(errors)
                .as(example.getFileName().toString())
                .anySatisfy(e -> {
                    assertThat(e.getKeyword()).isEqualTo(expected[0]);
                    assertThat(e.getInstanceLocation().toString()).isEqualTo(pointer);
                });
    }

    static Stream<Path> validExamples() throws IOException, URISyntaxException {
        return examples("valid");
    }

    static Stream<Path> invalidExamples() throws IOException, URISyntaxException {
        return examples("invalid");
    }

    private static Stream<Path> examples(String kind) throws IOException, URISyntaxException {
        Path dir = Path.of(SchemaSelfTest.class.getResource("/examples/" + kind).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(sorted).isNotEmpty();
            return sorted.stream();
        }
    }

    private static Schema datasheetSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(DATASHEET_ID));
    }

    private static JsonNode readYaml(Path file) throws IOException {
        return YAMLMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static InputStream resource(String name) {
        InputStream in = SchemaSelfTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
