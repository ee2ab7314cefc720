package org.datasetkit.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.build.DepositSettings;
import org.datasetkit.core.deposit.services.FakeDataverseService;
import org.datasetkit.core.deposit.services.FakeDorisService;
import org.datasetkit.core.deposit.services.FakeService;
import org.datasetkit.core.deposit.services.FakeZenodoService;
import org.datasetkit.core.diag.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token never shows: not in any line the build says, not in any error (message or hint), not in any file under
 * target/ — even when the service echoes it back in its error bodies.
 */
class CredentialLeakTest {

    @TempDir
    Path root;

    /** Everything the user could see or find: lines, errors, outputs. */
    private final List<String> seen = new ArrayList<>();

    @Test
    void theDorisTokenNeverShows() throws Exception {
        try (FakeDorisService doris = FakeDorisService.start()) {
            String token = doris.token("2026-123", "1", "write-draft-files", Duration.ofHours(1));
            Destination to = new Destination(DepositTarget.DORIS, doris.url(), Optional.empty(), Optional.empty(),
                    Optional.empty());
            scenario(doris, "labels.csv", to, token);
            assertThat(doris.files("2026-123", "1")).isNotEmpty();
            assertNeverShown(token);
        }
    }

    @Test
    void theZenodoTokenNeverShows() throws Exception {
        String token = "zenodo-token-s3cr3t-91b2";
        try (FakeZenodoService zenodo = new FakeZenodoService(token)) {
            Destination to = new Destination(DepositTarget.ZENODO, zenodo.url(), Optional.empty(), Optional.empty(),
                    Optional.empty());
            scenario(zenodo, "/content", to, token);
            assertNeverShown(token);
        }
    }

    @Test
    void theDataverseKeyNeverShows() throws Exception {
        String key = "dataverse-key-s3cr3t-44c0";
        try (FakeDataverseService dataverse = new FakeDataverseService(key, "imaging", "MD5")) {
            Destination to = new Destination(DepositTarget.DATAVERSE, dataverse.url(), Optional.empty(),
                    Optional.empty(), Optional.of("imaging"));
            scenario(dataverse, "/add", to, key);
            assertNeverShown(key);
        }
    }

    /** A 500 that echoes the token, retried; then a run that fails on it for good; then a run that succeeds. */
    private void scenario(FakeService service, String faultPath, Destination to, String secret) throws Exception {
        DepositFixture fixture = new DepositFixture(root, "zip");
        DepositSettings settings = fixture.settings(to, secret, true, false, false, 2);
        seen.add(settings.toString());
        service.answer(faultPath, 500, 1);
        record(catchThrowable(() -> fixture.deposit(settings)));
        service.answer(faultPath, 403, 1);
        record(catchThrowable(() -> fixture.deposit(settings)));
        service.clearFaults();
        record(catchThrowable(() -> fixture.deposit(settings)));
        seen.addAll(fixture.lines);
        seen.addAll(fixture.everyOutputFile());
        assertThat(String.join("\n", fixture.lines)).as("the echoing service was met").contains("you sent");
    }

    private void record(Throwable t) {
        if (t instanceof DatasetException e) {
            e.diagnostics().all().forEach(d -> seen.add(d.format() + " " + d.hint()));
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            seen.add(String.valueOf(c.getMessage()));
            seen.add(c.toString());
        }
    }

    private void assertNeverShown(String secret) {
        assertThat(seen).hasSizeGreaterThan(5);
        assertThat(seen).noneMatch(s -> s.contains(secret));
        assertThat(seen).anyMatch(s -> s.contains("****"));
    }
}
