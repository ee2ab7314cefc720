package org.datasetkit.core.datasheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The typed datasheet holds everything the document says: for the unit-test datasheets and every IT datasheet the
 * schema accepts, each value in the tree is in the records under the same path, and nothing else is.
 */
class TypedDatasheetReaderTest {

    private static final Path TEST_DATASHEETS = Path.of("src/test/resources/datasheets");
    private static final Path IT_PROJECTS = Path.of("../../it/src/it");

    private static DatasheetSchema schema;

    @BeforeAll
    static void loadSchema() {
        schema = new DatasheetSchema();
    }

    static Stream<Path> datasheets() throws Exception {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEST_DATASHEETS)) {
            files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(all::add);
        }
        try (Stream<Path> files = Files.walk(IT_PROJECTS, 3)) {
            files.filter(f -> f.getFileName().toString().equals("datasheet.yaml")).sorted().forEach(all::add);
        }
        assertThat(all).as("test and IT datasheets").hasSizeGreaterThan(15);
        return all.stream();
    }

    private static ParsedDatasheet parse(Path file) throws Exception {
        return new StrictDatasheetReader().read(file, "datasheet.yaml");
    }

    @ParameterizedTest
    @MethodSource("datasheets")
    void everyValueOfTheDocumentIsInTheRecordsUnderItsPath(Path file) throws Exception {
        ParsedDatasheet parsed = parse(file);
        if (!schema.validate(parsed.tree()).isEmpty()) {
            return; // the IT datasheets that are invalid on purpose never become records
        }
        Map<String, String> inDocument = new TreeMap<>();
        leaves(parsed.tree(), "", inDocument);
        Map<String, String> inRecords = new TreeMap<>();
        flatten(TypedDatasheetReader.read(parsed), "", inRecords);
        if (!inDocument.containsKey("/resourceType")) {
            assertThat(inRecords.remove("/resourceType")).isEqualTo("Dataset"); // the schema's default
        }

        assertThat(inRecords).isEqualTo(inDocument);
    }

    @Test
    void theFullDatasheetMapsEverySection() throws Exception {
        Datasheet d = TypedDatasheetReader.read(parse(TEST_DATASHEETS.resolve("full.yaml")));

        assertThat(d.title().english()).isEqualTo("Screening mammography subset");
        assertThat(d.title().in("sv")).contains("Mammografiscreening, delmängd");
        assertThat(d.title().in("de")).isEmpty();
        assertThat(d.version()).isEqualTo("2.1.0-rc.1+build.5");
        assertThat(d.profiles()).containsExactly("core", "medical", "snd");
        assertThat(d.datePublished()).contains("2026-05-01");
        assertThat(d.doi()).contains("10.5878/abcd-1234");
        assertThat(d.identifiers().alternate()).containsExactly(new Identifiers.Alternate("SND", "2026-123"),
                new Identifiers.Alternate("local", "MAMMO-7"));
        assertThat(d.creators()).hasSize(2);
        assertThat(d.creators().get(0).affiliations()).containsExactly(
                new Organisation("Karolinska Institutet", Optional.of("https://ror.org/056d84691")),
                new Organisation("Example Clinic", Optional.empty()));
        assertThat(d.creators().get(1).isOrganization()).isTrue();
        assertThat(d.license().files()).singleElement().satisfies(f -> {
            assertThat(f.paths()).containsExactly("data/annotations/**", "data/labels.csv");
            assertThat(f.spdxAt().position()).isEqualTo(new SourcePosition(42, 65));
        });
        assertThat(d.access().isOpen()).isFalse();
        assertThat(d.ethics().orElseThrow().impactAssessment())
                .contains(new Ethics.ImpactAssessment(true, Optional.of("DPIA-2020-7")));
        assertThat(d.annotation().orElseThrow().perItem()).contains(new BigDecimal("1.5"));
        assertThat(d.composition().orElseThrow().splits().get(1))
                .isEqualTo(new Composition.Split("test", Optional.empty(), Optional.empty()));
        assertThat(d.distribution().orElseThrow().status()).contains("completed");
    }

    @Test
    void sourcesTheLicenceAndThePseudonymPatternKeepWhereTheyStand() throws Exception {
        Datasheet d = TypedDatasheetReader.read(parse(TEST_DATASHEETS.resolve("full.yaml")));

        assertThat(d.license().spdxAt()).isEqualTo(new DatasheetLocation("datasheet.yaml", "/license/spdx",
                new SourcePosition(37, 9)));
        Source first = d.sources().get(0);
        assertThat(first.at()).isEqualTo(new DatasheetLocation("datasheet.yaml", "/provenance/sources/0",
                new SourcePosition(51, 7)));
        assertThat(first.licenseAt()).isEqualTo(new DatasheetLocation("datasheet.yaml",
                "/provenance/sources/0/license", new SourcePosition(54, 16)));
        assertThat(first.licenseReview().orElseThrow().summary())
                .isEqualTo("Doe, Jane, 2025-02-01: Research use is covered.");
        assertThat(d.sources().get(1).licenseAt().position()).isEqualTo(new SourcePosition(61, 41));
        assertThat(d.personalData().orElseThrow().deidentification().orElseThrow().pseudonymPattern().orElseThrow().at()
                .position()).isEqualTo(new SourcePosition(79, 23));
    }

    @Test
    void aMinimalDatasheetLeavesTheOptionalSectionsEmpty() throws Exception {
        Datasheet d = TypedDatasheetReader.read(parse(TEST_DATASHEETS.resolve("core.yaml")));

        assertThat(d.title()).isEqualTo(LocalizedText.plain("Minimal core dataset"));
        assertThat(d.title().isLanguageMap()).isFalse();
        assertThat(d.title().in("en")).isEmpty(); // a plain string states no language
        assertThat(d.doi()).isEmpty();
        assertThat(d.sources()).isEmpty();
        assertThat(d.profiles()).isEmpty();
        assertThat(d.personalData()).isEmpty();
        assertThat(d.ethics()).isEmpty();
        assertThat(d.collection()).isEmpty();
        assertThat(d.distribution()).isEmpty();
        assertThat(d.resourceType()).isEqualTo("Dataset");
    }

    /** Every scalar of the document by JSON pointer, as text. */
    private static void leaves(JsonNode node, String pointer, Map<String, String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> leaves(e.getValue(), pointer + "/" + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), pointer + "/" + i, out);
            }
        } else {
            out.put(pointer, node.isNumber() ? node.decimalValue().toPlainString() : node.asString());
        }
    }

    /** Every value of the records by the path its components name, which are the schema's keys. */
    private static void flatten(Object value, String pointer, Map<String, String> out) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> flatten(v, pointer, out));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(list.get(i), pointer + "/" + i, out);
            }
        } else if (value instanceof LocalizedText text) {
            text.translations().forEach(t -> out.put(pointer + t.language().map(l -> "/" + l).orElse(""), t.text()));
        } else if (value instanceof Deidentification.PseudonymPattern pattern) {
            out.put(pointer, pattern.regex());
        } else if (value instanceof Ethics.ImpactAssessment dpia) {
            out.put(pointer.replaceAll("/impactAssessment$", "/dpia"), dpia.reference().orElse(String.valueOf(dpia.made())));
        } else if (value instanceof Composition.LabelTable) {
            return; // the label table's file and columns again, with their positions: flattened as labels' own values
        } else if (value instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (c.getType() != DatasheetLocation.class) {
                    flatten(invoke(c, record), pointer + "/" + c.getName(), out);
                }
            }
        } else if (value instanceof BigDecimal number) {
            out.put(pointer, number.toPlainString());
        } else {
            out.put(pointer, String.valueOf(value));
        }
    }

    private static Object invoke(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
