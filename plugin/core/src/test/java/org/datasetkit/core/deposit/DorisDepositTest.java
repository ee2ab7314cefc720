package org.datasetkit.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.datasetkit.core.deposit.services.FakeDorisService;
import org.datasetkit.core.diag.DatasetException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deposits to a DORIS storage service on loopback that keeps the adapter's contract, faults included. */
class DorisDepositTest {

    /** The demo's payload: 12 images, labels.csv, datasheet.yaml, and what the bundle generates. */
    private static final String LABELS = "data/labels.csv";

    @TempDir
    Path root;

    private FakeDorisService doris;
    private DepositFixture fixture;
    private String token;

    @BeforeEach
    void start() throws IOException {
        doris = FakeDorisService.start();
        fixture = new DepositFixture(root, "zip");
        token = doris.token("2026-123", "1", "write-draft-files", Duration.ofHours(1));
    }

    @AfterEach
    void stop() {
        doris.close();
    }

    private Destination doris() {
        return new Destination(DepositTarget.DORIS, doris.url(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void everyPayloadFileArrivesOnceWithTheManifestsChecksumAndTheReviewerSummaryIsPrinted() throws Exception {
        DepositResult result = fixture.deposit(fixture.settings(doris(), token));

        var stored = doris.files("2026-123", "1");
        assertThat(stored).containsKeys(LABELS, "data/images/case001.bin", "datasheet.yaml", "ro-crate-metadata.json");
        assertThat(stored).hasSize(result.plan().files().size());
        assertThat(doris.requests()).hasSize(stored.size()).allMatch(r -> r.startsWith("PUT /uploads/2026-123/1/"));
        assertThat(result.sent()).isEqualTo(stored.size());
        assertThat(result.published()).isFalse();
        String digest = DorisDeposit.sha256(doris.manifest("2026-123", "1").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(fixture.lines).anyMatch(l -> l.contains("submit dataset 2026-123 version 1 for review in DORIS"))
                .anyMatch(l -> l.contains("manifest-sha256.txt SHA-256 " + digest))
                .anyMatch(l -> l.startsWith("Uploaded " + stored.size() + " of " + stored.size() + " files"));
        assertThat(Files.readAllLines(fixture.journal(DepositTarget.DORIS))).hasSize(1 + stored.size());
    }

    @Test
    void aRunStoppedHalfWayContinuesAndSendsNothingTheServiceConfirmed() throws Exception {
        doris.dropMidBody(LABELS, -1); // every try of labels.csv dies: the run stops there, like a crash
        IOException stopped = catchThrowableOfType(IOException.class,
                () -> fixture.deposit(fixture.settings(doris(), token)));
        assertThat(stopped).hasMessageContaining("no answer after 3 attempts");
        long confirmedBefore = doris.files("2026-123", "1").size();
        assertThat(confirmedBefore).isPositive();

        doris.clearFaults();
        DepositResult rerun = fixture.deposit(fixture.settings(doris(), token));

        var stored = doris.files("2026-123", "1");
        assertThat(stored).hasSize(rerun.plan().files().size());
        assertThat(rerun.sent()).isEqualTo(stored.size() - confirmedBefore);
        for (String path : stored.keySet()) {
            long puts = doris.count("PUT", "/uploads/2026-123/1/" + DorisPaths.encode(path));
            assertThat(puts).as(path).isEqualTo(path.equals(LABELS) ? 4 : 1);
        }
    }

    @Test
    void aTornJournalLineFromAKillIsIgnoredAndTheFileSentAgain() throws Exception {
        fixture.deposit(fixture.settings(doris(), token));
        Path journal = fixture.journal(DepositTarget.DORIS);
        var lines = Files.readAllLines(journal);
        String last = lines.get(lines.size() - 1);
        Files.writeString(journal, String.join("\n", lines.subList(0, lines.size() - 1)) + "\n"
                + last.substring(0, last.length() / 2));

        DepositResult rerun = fixture.deposit(fixture.settings(doris(), token));

        assertThat(rerun.sent()).isEqualTo(1);
        assertThat(Files.readAllLines(journal).get(lines.size() - 1)).isEqualTo(last.substring(0, last.length() / 2));
    }

    @Test
    void a500AndADroppedConnectionAreRetriedAndTheDepositCompletes() throws Exception {
        doris.answer("case003", 500, 2);
        doris.dropMidBody("case007", 1);

        DepositResult result = fixture.deposit(fixture.settings(doris(), token));

        assertThat(doris.files("2026-123", "1")).hasSize(result.plan().files().size());
        assertThat(doris.count("PUT", "case003")).isEqualTo(3);
        assertThat(doris.count("PUT", "case007")).isEqualTo(2);
        assertThat(fixture.lines).anyMatch(l -> l.contains("case003.bin: HTTP 500") && l.contains("try 2 of 3"));
        assertThat(result.bytesSent()).isEqualTo(result.plan().bytes());
    }

    @Test
    void aCorruptedUploadStopsTheDepositAtThatFileAndIsNotConfirmed() throws Exception {
        doris.corrupt("case002.bin");

        DatasetException failed = catchThrowableOfType(DatasetException.class,
                () -> fixture.deposit(fixture.settings(doris(), token)));

        assertThat(failed.diagnostics().all().get(0).code()).isEqualTo("deposit.checksum-mismatch");
        assertThat(failed.diagnostics().all().get(0).file()).isEqualTo("data/data/images/case002.bin");
        assertThat(failed.diagnostics().all().get(0).hint()).startsWith("nothing is published");
        assertThat(doris.count("PUT", "case003")).as("stops at the first mismatch").isZero();
        assertThat(Files.readString(fixture.journal(DepositTarget.DORIS))).doesNotContain("case002");
    }

    @Test
    void anExpiredTokenIsACredentialsErrorWithTheFixAndIsNotRetried() throws Exception {
        doris.expireTokens(Duration.ofHours(2));

        DatasetException failed = catchThrowableOfType(DatasetException.class,
                () -> fixture.deposit(fixture.settings(doris(), token)));

        assertThat(failed.diagnostics().all().get(0).code()).isEqualTo("deposit.http-401");
        assertThat(failed.diagnostics().all().get(0).hint()).contains("renew it").contains("settings.xml server 'test'");
        assertThat(doris.requests()).hasSize(1);
    }

    @Test
    void aTokenAboutToExpireIsRefusedBeforeTheFirstByte() throws Exception {
        String shortLived = doris.token("2026-123", "1", "write-draft-files", Duration.ofSeconds(2));

        DatasetException failed = catchThrowableOfType(DatasetException.class,
                () -> fixture.deposit(fixture.settings(doris(), shortLived)));

        assertThat(failed.diagnostics().all().get(0).code()).isEqualTo("deposit.token-expired");
        assertThat(doris.requests()).isEmpty();
    }

    @Test
    void aTokenForAnotherVersionOrWithoutTheWriteRoleIsRefusedBeforeTheFirstByte() throws Exception {
        Destination version2 = new Destination(DepositTarget.DORIS, doris.url(), Optional.of("2026-123"),
                Optional.of("2"), Optional.empty());
        DatasetException other = catchThrowableOfType(DatasetException.class,
                () -> fixture.deposit(fixture.settings(version2, token)));
        DatasetException reader = catchThrowableOfType(DatasetException.class, () -> fixture.deposit(
                fixture.settings(doris(), doris.token("2026-123", "1", "read-draft-files", Duration.ofHours(1)))));

        assertThat(other.diagnostics().all().get(0).message()).contains("dataset version '1'").contains("names '2'");
        assertThat(reader.diagnostics().all().get(0).message()).contains("no write-draft-files role");
        assertThat(doris.requests()).isEmpty();
    }

    @Test
    void aPathTheServiceRejectsIsNamedInTheError() throws Exception {
        doris.reject("case004.bin");

        DatasetException failed = catchThrowableOfType(DatasetException.class,
                () -> fixture.deposit(fixture.settings(doris(), token)));

        assertThat(failed.diagnostics().all().get(0).code()).isEqualTo("deposit.http-400");
        assertThat(failed.diagnostics().all().get(0).file()).endsWith("/uploads/2026-123/1/data/images/case004.bin");
        assertThat(failed.diagnostics().all().get(0).message()).contains("Invalid path.");
    }

    @Test
    void aPublishedVersionIsAConflictThatSaysToAskForANewVersion() throws Exception {
        doris.publish("2026-123", "1");

        DatasetException failed = catchThrowableOfType(DatasetException.class,
                () -> fixture.deposit(fixture.settings(doris(), token)));

        assertThat(failed.diagnostics().all().get(0).code()).isEqualTo("deposit.http-409");
        assertThat(failed.diagnostics().all().get(0).hint()).contains("already published").contains("new version");
    }

    @Test
    void aDryRunPrintsThePlanAndSendsNothingEvenWithoutAToken() throws Exception {
        Destination named = new Destination(DepositTarget.DORIS, doris.url(), Optional.of("2026-123"), Optional.of("1"),
                Optional.empty());

        DepositResult result = fixture.deposit(fixture.settings(named, null, false, false, true, 3));

        assertThat(result.dryRun()).isTrue();
        assertThat(doris.requests()).isEmpty();
        assertThat(fixture.lines).anyMatch(l -> l.startsWith("Deposit to DORIS storage service " + doris.url()))
                .anyMatch(l -> l.startsWith("  send data/labels.csv ("))
                .anyMatch(l -> l.contains("for review in DORIS"))
                .anyMatch(l -> l.startsWith("Deposit dry run: nothing was sent"));
    }

    @Test
    void theServicesPathRulesAreCheckedLocally() {
        assertThat(DorisPaths.problem("data/a b/ü.csv")).isNull();
        assertThat(DorisPaths.problem("data//x")).contains("empty");
        assertThat(DorisPaths.problem("data/./x")).contains("'.'");
        assertThat(DorisPaths.problem("data/100%.csv")).contains("'%'");
        assertThat(DorisPaths.problem("data/a\nb")).contains("line break");
        assertThat(DorisPaths.problem("data/u\u0308.csv")).contains("NFC");
        assertThat(DorisPaths.encode("data/a b/ü%.csv")).isEqualTo("data/a%20b/%C3%BC%25.csv");
    }
}
