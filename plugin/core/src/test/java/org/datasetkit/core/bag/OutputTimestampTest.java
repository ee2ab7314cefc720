package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutputTimestampTest {

    @Test
    void readsIsoWithOffsetAndEpochSeconds() {
        assertThat(OutputTimestamp.parse("2026-05-01T02:00:00+02:00")).contains(Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(OutputTimestamp.parse("1777593600")).contains(Instant.parse("2026-05-01T00:00:00Z"));
    }

    @Test
    void oneCharacterOrNothingMeansUnset() {
        assertThat(OutputTimestamp.parse("_")).isEmpty();
        assertThat(OutputTimestamp.parse("")).isEmpty();
        assertThat(OutputTimestamp.parse(null)).isEmpty();
    }

    @Test
    void badValuesSayWhatIsExpected() {
        assertThatThrownBy(() -> OutputTimestamp.parse("yesterday")).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> OutputTimestamp.parse("1970-01-01T00:00:00Z")).hasMessageContaining("outside the range");
    }

    @Test
    void theConfiguredTimeComesFirstThenSourceDateEpochThenThePublicationDate() {
        java.util.Optional<String> published = java.util.Optional.of("2026-05-01");

        assertThat(OutputTimestamp.choose("2026-06-01T00:00:00Z", "1800000000", published))
                .contains(java.time.Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(OutputTimestamp.choose("_", " 1800000000 ", published)).contains(java.time.Instant.ofEpochSecond(1_800_000_000L));
        assertThat(OutputTimestamp.choose(null, "", published)).contains(java.time.Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(OutputTimestamp.choose(null, null, java.util.Optional.empty())).isEmpty();
        assertThatThrownBy(() -> OutputTimestamp.choose(null, "soon", published)).hasMessageStartingWith("SOURCE_DATE_EPOCH: ");
    }
}
