package org.datasetkit.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.datasetkit.core.deposit.services.FakeDataverseService;
import org.datasetkit.core.deposit.services.FakeDataverseService.StoredFile;
import org.datasetkit.core.diag.DatasetException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deposits to a Dataverse native API on loopback that unpacks uploaded zips, as file-system stores do. */
class DataverseDepositTest {

    private static final String KEY = "dataverse-api-key-0c5e21";
    private static final String BUNDLE = "test-dataset-1.0.0.zip";

    @TempDir
    Path root;

    private FakeDataverseService dataverse;
    private DepositFixture fixture;

    @BeforeEach
    void start() throws IOException {
        dataverse = new FakeDataverseService(KEY, "imaging", "MD5");
        fixture = new DepositFixture(root, "zip");
    }

    @AfterEach
    void stop() {
        dataverse.close();
    }

    private Destination inCollection() {
        return new Destination(DepositTarget.DATAVERSE, dataverse.url(), Optional.empty(), Optional.empty(),
                Optional.of("imaging"));
    }

    @Test
    void theBundleArrivesWholeWithItsChecksumAndIsPublishedWhenAsked() throws Exception {
        dataverse.lockFor(2);

        DepositResult result = fixture.deposit(fixture.settings(inCollection(), KEY, true, false, false, 3));

        String pid = result.record().orElseThrow();
        assertThat(dataverse.datasetIds()).containsExactly(pid);
        assertThat(dataverse.draftFiles(pid)).extracting(StoredFile::label).containsExactly(BUNDLE);
        assertThat(dataverse.draftFiles(pid).get(0).checksum())
                .isEqualTo(BundleFiles.whole(BUNDLE, root.resolve("target/" + BUNDLE), "MD5").hex());
        assertThat(dataverse.publishedVersions(pid)).isEqualTo(1);
        assertThat(dataverse.count("GET", "/locks")).isEqualTo(3);
    }

    @Test
    void theServerReallyUnpacksABareZip() throws Exception {
        // the trap the wrapper avoids: the same service, given the bundle itself, makes one file per entry
        String pid = fixture.deposit(fixture.settings(inCollection(), KEY)).record().orElseThrow();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        String boundary = "b";
        byte[] zip = java.nio.file.Files.readAllBytes(root.resolve("target/" + BUNDLE));
        byte[] body = concat(("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + BUNDLE
                + "\"\r\n\r\n").getBytes(), zip, "\r\n--b--\r\n".getBytes());
        var response = client.send(java.net.http.HttpRequest.newBuilder(dataverse.url().resolve(
                "api/datasets/:persistentId/add?persistentId=" + pid)).header("X-Dataverse-key", KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(dataverse.draftFiles(pid).size()).isGreaterThan(10);
    }

    @Test
    void aCorruptedUploadFailsTheDepositBeforeAnyPublish() throws Exception {
        dataverse.corrupt(BUNDLE);

        DatasetException failed = catchThrowableOfType(DatasetException.class,
                () -> fixture.deposit(fixture.settings(inCollection(), KEY, true, false, false, 3)));

        assertThat(failed.diagnostics().all().get(0).code()).isEqualTo("deposit.checksum-mismatch");
        assertThat(dataverse.count("POST", ":publish")).isZero();
    }

    @Test
    void aRunStoppedAfterTheDatasetWasMadeReusesItAndARunAfterTheUploadSendsNothing() throws Exception {
        dataverse.dropMidBody("/add", -1);
        catchThrowableOfType(IOException.class, () -> fixture.deposit(fixture.settings(inCollection(), KEY, false,
                false, false, 2)));
        dataverse.clearFaults();

        String pid = fixture.deposit(fixture.settings(inCollection(), KEY)).record().orElseThrow();
        assertThat(dataverse.publishedVersions(pid)).as("publishing was not asked for").isZero();
        DepositResult third = fixture.deposit(fixture.settings(inCollection(), KEY, true, false, false, 2));

        assertThat(dataverse.datasetIds()).containsExactly(pid);
        assertThat(dataverse.draftFiles(pid)).hasSize(1);
        assertThat(third.sent()).isZero();
        assertThat(dataverse.publishedVersions(pid)).isEqualTo(1);
    }

    @Test
    void aReRunAfterPublishingSendsNothingAndPublishesNothingAgain() throws Exception {
        String pid = fixture.deposit(fixture.settings(inCollection(), KEY, true, false, false, 2)).record().orElseThrow();

        DepositResult again = fixture.deposit(fixture.settings(inCollection(), KEY, true, false, false, 2));

        assertThat(again.sent()).isZero();
        assertThat(dataverse.count("POST", "/add")).isEqualTo(1);
        assertThat(dataverse.publishedVersions(pid)).isEqualTo(1);
    }

    @Test
    void anAddWhoseAnswerWasLostIsFoundInTheDraftAndNotSentTwice() throws Exception {
        dataverse.loseAnswerOfAdd(1);

        DepositResult result = fixture.deposit(fixture.settings(inCollection(), KEY));

        assertThat(dataverse.draftFiles(result.record().orElseThrow())).extracting(StoredFile::label)
                .containsExactly(BUNDLE);
        assertThat(dataverse.count("POST", "/add")).isEqualTo(1);
    }

    @Test
    void aSha256InstallationIsComparedInSha256() throws Exception {
        dataverse.close();
        dataverse = new FakeDataverseService(KEY, "imaging", "SHA-256");

        DepositResult result = fixture.deposit(fixture.settings(inCollection(), KEY));

        assertThat(result.plan().files().get(0).checksum()).startsWith("sha256:");
    }

    @Test
    void aWrongKeyIsACredentialsErrorAndAnUnknownCollectionIsNamed() throws Exception {
        DatasetException badKey = catchThrowableOfType(DatasetException.class,
                () -> fixture.deposit(fixture.settings(inCollection(), "wrong")));
        Destination elsewhere = new Destination(DepositTarget.DATAVERSE, dataverse.url(), Optional.empty(),
                Optional.empty(), Optional.of("nowhere"));
        DatasetException noCollection = catchThrowableOfType(DatasetException.class,
                () -> fixture.deposit(fixture.settings(elsewhere, KEY)));

        assertThat(badKey.diagnostics().all().get(0).code()).isEqualTo("deposit.http-401");
        assertThat(noCollection.diagnostics().all().get(0).message()).contains("nowhere");
    }

    @Test
    void aDryRunSendsNothing() throws Exception {
        fixture.deposit(fixture.settings(inCollection(), null, true, false, true, 3));

        assertThat(dataverse.requests()).isEmpty();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
