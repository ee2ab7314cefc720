package org.datasetkit.core.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The report a build wrote.
 *
 * @param file where it was written ({@code target/dataset/report.html})
 * @param html the page itself, which the bundle also carries as {@link DatasheetReport#BAG_NAME}
 * @param figures the numbers behind its charts
 * @param elapsed how long making it took (the label table's count included)
 */
public record ReportResult(Path file, String html, ReportFigures figures, Duration elapsed) {

    public ReportResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(figures, "figures");
    }

    public byte[] bytes() {
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
