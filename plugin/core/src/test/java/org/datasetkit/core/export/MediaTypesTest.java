package org.datasetkit.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaTypesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "data/scan.png, image/png",
        "data/Scan.PNG, image/png",
        "labels.TSV, text/tab-separated-values",
        "data/archive.tar.gz, application/gzip",
        "data/v1.2/README, application/octet-stream", // the dot is the folder's
        "README, application/octet-stream",
        ".hidden, application/octet-stream",
        "data/.json, application/json", // a name that is only an extension, as before
        "data/x.unknown, application/octet-stream",
        "data/ends-with-dot., application/octet-stream",
    })
    void theMediaTypeComesFromTheFileNamesExtensionInAnyCase(String path, String type) {
        assertThat(MediaTypes.of(path)).isEqualTo(type);
    }
}
