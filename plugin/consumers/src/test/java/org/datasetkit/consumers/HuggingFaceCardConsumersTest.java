package org.datasetkit.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The Hugging Face dataset card's YAML header, read as the Hub reads it: a YAML document between two '---' lines. */
class HuggingFaceCardConsumersTest {

    @TempDir
    Path root;

    @TempDir
    Path out;

    @Test
    void theHeaderCarriesTheLicenceIdProvenanceSizeAndTheGate() throws Exception {
        String card = Files.readString(ConsumerBundles.restrictedMedical(root, out).resolve("data/metadata/huggingface/README.md"));

        assertThat(card).startsWith("---\n");
        String header = card.substring(4, card.indexOf("\n---\n", 4));
        JsonNode yaml = YAMLMapper.builder().build().readTree(header);
        assertThat(yaml.path("license").asString()).isEqualTo("cc-by-nc-4.0");
        assertThat(yaml.path("pretty_name").asString()).isEqualTo("Screening mammography subset");
        assertThat(yaml.path("size_categories").get(0).asString()).isEqualTo("n<1K");
        assertThat(yaml.path("source_datasets").get(0).asString())
                .isEqualTo("extended|https://doi.org/10.7937/K9/TCIA.2016.7O02S9CY");
        assertThat(yaml.path("extra_gated_prompt").asString()).contains("Approved researchers only");
        assertThat(card).contains("- DOI: https://doi.org/10.5878/abcd-1234");
    }
}
