package org.datasetkit.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.datasetkit.core.build.BuildListener;
import org.datasetkit.core.build.BuildSettings;
import org.datasetkit.core.build.BundleSettings;
import org.datasetkit.core.build.DatasetBuild;
import org.datasetkit.core.build.DatasetLocation;
import org.datasetkit.core.build.FixitySettings;
import org.datasetkit.core.build.GateSettings;
import org.datasetkit.core.build.StageCache;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.support.HeadlessChromium;
import org.datasetkit.core.support.MedicalDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The report in a real browser, whenever one is installed (Debian's {@code chromium} package, or
 * {@code -Ddatasetkit.chromium=<binary>}; {@code -Ddatasetkit.browser=false} turns it off; under CI a missing browser
 * fails instead of skipping, so a green CI always means the charts were drawn): the demo's report, a restricted medical dataset's and a 100,000-file
 * dataset's are opened from {@code file://} in headless Chromium, which must draw every chart (a non-empty SVG of
 * non-zero size), log no error and send no request beyond the file itself. Screenshots (and a printout of the
 * medical report) go to {@code target/report-screenshots/}; the render times and sizes are printed.
 */
class ReportInBrowserTest {

    static final Path SHOTS = Path.of("target/report-screenshots").toAbsolutePath();
    static HeadlessChromium chromium;

    @TempDir
    static Path work;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(!"false".equals(System.getProperty("datasetkit.browser")), "turned off by -Ddatasetkit.browser=false");
        Optional<Path> binary = HeadlessChromium.find();
        String missing = "Chromium is missing: apt-get install chromium, or name it with -Ddatasetkit.chromium";
        if (System.getenv("CI") != null) {
            assertThat(binary).as(missing).isPresent();
        }
        assumeTrue(binary.isPresent(), missing);
        chromium = new HeadlessChromium(binary.get(), 1100, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theDemoReportRendersEveryChart() throws Exception {
        Path demo = Path.of("../../it/src/it/demo").toAbsolutePath().normalize();
        Path html = build(demo, work.resolve("demo-out"), "1.0.0", List.of("build.log", "invoker.properties", "verify.groovy"))
                .report().file();
        check(html, "demo", 7);
    }

    @Test
    void aRestrictedMedicalDatasetsReportRendersEveryChart() throws Exception {
        Path root = MedicalDataset.write(work.resolve("medical"), 60);
        Path html = build(root, root.resolve("target"), "1.2.0", List.of()).report().file();
        check(html, "medical", 12);
        chromium.pdf(SHOTS.resolve("medical.pdf"));
    }

    @Test
    void theReportOfA100000FileDatasetIsSmallAndQuick() throws Exception {
        Path root = MedicalDataset.write(work.resolve("large"), 3);
        ReportInput small = LargeReport.inputOf(build(root, root.resolve("target"), "1.2.0", List.of()));
        ReportInput large = LargeReport.withFiles(small, 100_000);
        long started = System.nanoTime();
        String page = new DatasheetReport().render(large); // the figures over 100,000 files, and the page
        double javaMillis = (System.nanoTime() - started) / 1e6;
        Path html = work.resolve("large.html");
        Files.writeString(html, page);
        JsonNode timing = check(html, "large-100000-files", 12);
        System.out.printf(Locale.ROOT, "100,000-file report: %,d bytes; made in %.0f ms (figures and page, first call); Chromium: DOM ready %.0f ms,"
                + " load event %.0f ms%n", Files.size(html), javaMillis, timing.path("dom").asDouble(),
                timing.path("load").asDouble());
        assertThat(Files.size(html)).as("the report of 100,000 files is under 2 MB").isLessThan(2_000_000);
        assertThat(timing.path("load").asDouble()).as("rendered in under a second").isLessThan(1000);
    }

    private static DatasetBuild build(Path root, Path out, String version, List<String> excludes) {
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), out, excludes, List.of("pom.xml", "target"),
                SymlinkPolicy.FOLLOW, Optional.of(version));
        return new DatasetBuild(new BuildSettings(where, GateSettings.defaults(), FixitySettings.defaults(),
                BundleSettings.defaults(), 2), new StageCache(), BuildListener.SILENT);
    }

    /** Opens the report, checks it, takes its screenshot; returns its navigation timing. */
    private static JsonNode check(Path html, String name, int minimumCharts) throws Exception {
        String url = html.toUri().toString();
        List<JsonNode> events = chromium.open(url);
        List<String> problems = new ArrayList<>();
        for (JsonNode e : events) {
            String method = e.path("method").asString();
            JsonNode p = e.path("params");
            if (method.equals("Runtime.exceptionThrown")
                    || method.equals("Runtime.consoleAPICalled") && p.path("type").asString().equals("error")
                    || method.equals("Log.entryAdded") && p.path("entry").path("level").asString().equals("error")) {
                problems.add(method + " " + p);
            }
            if (method.equals("Network.requestWillBeSent") && !p.path("request").path("url").asString().equals(url)) {
                problems.add("request leaving the page: " + p.path("request").path("url").asString());
            }
        }
        assertThat(problems).as("console errors and requests of " + name).isEmpty();
        JsonNode charts = chromium.evaluate("[...document.querySelectorAll('figure.chart')].map(f => { const s ="
                + " f.querySelector('svg'); const r = s ? s.getBoundingClientRect() : {width: 0, height: 0}; return {id: f.id,"
                + " width: r.width, height: r.height, shapes: s ? s.querySelectorAll('rect,path,line').length : 0,"
                + " title: s && s.querySelector('title') ? s.querySelector('title').textContent : ''}; })");
        assertThat(charts.size()).as("charts in " + name).isGreaterThanOrEqualTo(minimumCharts);
        for (JsonNode c : charts) {
            assertThat(c.path("width").asDouble()).as(c.path("id").asString() + " width").isGreaterThan(100);
            assertThat(c.path("height").asDouble()).as(c.path("id").asString() + " height").isGreaterThan(10);
            assertThat(c.path("shapes").asInt()).as(c.path("id").asString() + " drew something").isPositive();
            assertThat(c.path("title").asString()).as(c.path("id").asString() + " has a text alternative").isNotBlank();
        }
        chromium.screenshot(SHOTS.resolve(name + ".png"));
        System.out.println("Screenshot of the " + name + " report: " + SHOTS.resolve(name + ".png") + " (" + charts.size()
                + " charts)");
        return chromium.evaluate("(() => { const n = performance.getEntriesByType('navigation')[0];"
                + " return {dom: n.domContentLoadedEventEnd, load: n.loadEventEnd}; })()");
    }
}
