package org.datasetkit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.datasetkit.core.support.MedicalDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page: self-contained, escaped, accessible, and the same bytes for the same results. */
class DatasheetReportTest {

    @TempDir
    Path root;

    private String report() throws Exception {
        MedicalDataset.write(root, 5);
        return ReportFiguresTest.build(root).report().html();
    }

    @Test
    void thePageLoadsNothingAndRunsNothing() throws Exception {
        String html = report();

        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<iframe").doesNotContain("url(")
                .doesNotContain("@import").doesNotContainPattern(" src=").doesNotContainPattern("href=\"(?!#)");
    }

    @Test
    void everyChartIsAnSvgWithATextAlternativeAndATable() throws Exception {
        String html = report();

        Matcher figures = Pattern.compile("<figure class=\"chart\" id=\"([^\"]+)\">(.*?)</figure>", Pattern.DOTALL).matcher(html);
        List<String> ids = new java.util.ArrayList<>();
        while (figures.find()) {
            String id = figures.group(1);
            String body = figures.group(2);
            ids.add(id);
            assertThat(body).as(id).contains("<svg ").contains("role=\"img\"")
                    .contains("aria-labelledby=\"" + id + "-t " + id + "-d\"").contains("<title id=\"" + id + "-t\">")
                    .containsPattern("<desc id=\"" + id + "-d\">[^<]+\\d")
                    .contains("<table class=\"data\">");
        }
        assertThat(ids).doesNotHaveDuplicates().contains("chart-completeness", "chart-files-format", "chart-bytes-format",
                "chart-files-folder", "chart-bytes-folder", "chart-modality", "chart-view", "chart-laterality",
                "chart-labels", "chart-splits", "chart-labels-by-split", "chart-timeline", "chart-licences");
        assertThat(html).as("the numbers are written, not only drawn").contains("MG 20 (100%)");
    }

    @Test
    void whatTheDatasheetSaysIsEscaped() throws Exception {
        MedicalDataset.write(root, 1);
        Path sheet = root.resolve("datasheet.yaml");
        Files.writeString(sheet, Files.readString(sheet).replace("Research on screening.",
                "<script>alert(1)</script> & \\\"quotes\\\""));

        String html = ReportFiguresTest.build(root).report().html();

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;");
    }

    @Test
    void theSameResultsGiveTheSameBytesWhateverTheMachinesLocaleAndTimeZone() throws Exception {
        String first = report();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // 1.234,5 instead of 1,234.5
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            Files.delete(root.resolve("target/dataset/report.html"));
            String second = ReportFiguresTest.build(root).report().html();
            assertThat(second).isEqualTo(first);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(first).doesNotContain(root.toString()).as("no absolute path of the machine");
    }

    @Test
    void embeddedInASitePageItsStylesApplyToItAlone() throws Exception {
        String page = report();

        String embedded = DatasheetReport.embedded(page);

        assertThat(embedded).startsWith("<div class=\"dsk\"><style>").endsWith("</div>").doesNotContain("<html")
                .doesNotContain("<head>").doesNotContain("<body");
        String css = embedded.substring(embedded.indexOf("<style>") + 7, embedded.indexOf("</style>"));
        Matcher rules = Pattern.compile("(?:^|[{}])\\s*([^{}@]+)\\{").matcher(css);
        int count = 0;
        while (rules.find()) {
            for (String selector : rules.group(1).split(",")) {
                assertThat(selector.trim()).as("selector in " + rules.group(1)).startsWith(".dsk");
                count++;
            }
        }
        assertThat(count).isGreaterThan(40);
        assertThat(css).contains("@media print{.dsk{font-size:11pt}");
        assertThat(embedded).contains(page.substring(page.indexOf("<header"), page.indexOf("</footer>")));
    }
}
