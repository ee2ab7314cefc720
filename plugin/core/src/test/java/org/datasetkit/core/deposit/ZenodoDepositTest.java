package org.datasetkit.core.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.datasetkit.core.deposit.services.FakeZenodoService;
import org.datasetkit.core.diag.DatasetException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deposits to an InvenioRDM records API on loopback that keeps Zenodo's contract, faults included. */
class ZenodoDepositTest {

    private static final String TOKEN = "zenodo-personal-access-token-7f3a9c";
    private static final String BUNDLE = "test-dataset-1.0.0.zip";

    @TempDir
    Path root;

    private FakeZenodoService zenodo;
    private DepositFixture fixture;

    @BeforeEach
    void start() throws IOException {
        zenodo = new FakeZenodoService(TOKEN);
        fixture = new DepositFixture(root, "zip");
    }

    @AfterEach
    void stop() {
        zenodo.close();
    }

    private Destination zenodo() {
        return new Destination(DepositTarget.ZENODO, zenodo.url(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void aDraftWithTheDatasheetsMetadataGetsTheBundleAndItsMetadataFilesAndIsPublishedWhenAsked() throws Exception {
        DepositResult result = fixture.deposit(fixture.settings(zenodo(), TOKEN, true, true, false, 3));

        String id = result.record().orElseThrow();
        assertThat(zenodo.recordIds()).containsExactly(id);
        assertThat(zenodo.files(id)).containsOnlyKeys(BUNDLE, "ro-crate-metadata.json", "croissant.json") // datacite.xml comes with a DOI
                .doesNotContainValue("pending");
        assertThat(zenodo.files(id).get(BUNDLE)).isEqualTo(BundleFiles.whole(BUNDLE, root.resolve("target/" + BUNDLE),
                "md5").hex());
        assertThat(zenodo.isPublished(id)).isTrue();
        assertThat(result.doi()).contains("10.5281/zenodo." + id);
        assertThat(zenodo.metadata(id).path("title").asString()).isEqualTo("Test dataset");
        assertThat(zenodo.metadata(id).path("creators").get(0).path("person_or_org").path("family_name").asString())
                .isEqualTo("Doe");
        assertThat(zenodo.metadata(id).path("rights").get(0).path("id").asString()).isEqualTo("cc-by-4.0");
        assertThat(zenodo.count("POST", "/draft/pids/doi")).isEqualTo(1);
        assertThat(fixture.lines).anyMatch(l -> l.startsWith("Published record " + id + ", DOI 10.5281/zenodo." + id));
    }

    @Test
    void withoutPublishTheDraftIsLeftVerifiedAndUnpublished() throws Exception {
        DepositResult result = fixture.deposit(fixture.settings(zenodo(), TOKEN));

        assertThat(zenodo.isPublished(result.record().orElseThrow())).isFalse();
        assertThat(zenodo.count("POST", "/actions/publish")).isZero();
        assertThat(fixture.lines).anyMatch(l -> l.contains("nothing is published"));
    }

    @Test
    void aRunStoppedHalfWayReusesTheDraftAndSendsNothingTheDraftAlreadyHolds() throws Exception {
        zenodo.dropMidBody("ro-crate-metadata.json/content", -1);
        catchThrowableOfType(IOException.class, () -> fixture.deposit(fixture.settings(zenodo(), TOKEN, true, false,
                false, 2)));
        String id = zenodo.recordIds().get(0);
        assertThat(zenodo.files(id).get(BUNDLE)).isNotEqualTo("pending");
        assertThat(zenodo.isPublished(id)).isFalse();

        zenodo.clearFaults();
        DepositResult rerun = fixture.deposit(fixture.settings(zenodo(), TOKEN, true, false, false, 2));

        assertThat(zenodo.recordIds()).containsExactly(id);
        assertThat(rerun.sent()).isEqualTo(2); // the pending ro-crate, started again, and croissant
        assertThat(zenodo.count("PUT", BUNDLE + "/content")).isEqualTo(1);
        assertThat(zenodo.count("DELETE", "ro-crate-metadata.json")).isEqualTo(1);
        assertThat(zenodo.count("PUT", "croissant.json/content")).isEqualTo(1);
        assertThat(zenodo.isPublished(id)).isTrue();
    }

    @Test
    void aCorruptedUploadIsRemovedFromTheDraftAndNothingIsPublished() throws Exception {
        zenodo.corrupt(BUNDLE);

        DatasetException failed = catchThrowableOfType(DatasetException.class,
                () -> fixture.deposit(fixture.settings(zenodo(), TOKEN, true, false, false, 3)));

        assertThat(failed.diagnostics().all().get(0).code()).isEqualTo("deposit.checksum-mismatch");
        String id = zenodo.recordIds().get(0);
        assertThat(zenodo.isPublished(id)).isFalse();
        assertThat(zenodo.count("POST", "/actions/publish")).isZero();
        assertThat(zenodo.files(id)).doesNotContainKey(BUNDLE);
    }

    @Test
    void aDraftHoldingAFileThisDepositDidNotSendIsNotPublished() throws Exception {
        String id = fixture.deposit(fixture.settings(zenodo(), TOKEN)).record().orElseThrow();
        zenodo.addFile(id, "notes-from-the-browser.txt", "added by hand".getBytes());

        DatasetException failed = catchThrowableOfType(DatasetException.class,
                () -> fixture.deposit(fixture.settings(zenodo(), TOKEN, true, false, false, 3)));

        assertThat(failed.diagnostics().all().get(0).code()).isEqualTo("deposit.draft-mismatch");
        assertThat(failed.diagnostics().all().get(0).message()).contains("notes-from-the-browser.txt is in the draft");
        assertThat(zenodo.isPublished(id)).isFalse();
    }

    @Test
    void a500ThenSuccessIsRetried() throws Exception {
        zenodo.answer(BUNDLE + "/content", 503, 2);

        DepositResult result = fixture.deposit(fixture.settings(zenodo(), TOKEN));

        assertThat(zenodo.count("PUT", BUNDLE + "/content")).isEqualTo(3);
        assertThat(zenodo.files(result.record().orElseThrow())).doesNotContainValue("pending");
    }

    @Test
    void anExpiredTokenIsACredentialsError() throws Exception {
        zenodo.expireToken();

        DatasetException failed = catchThrowableOfType(DatasetException.class,
                () -> fixture.deposit(fixture.settings(zenodo(), TOKEN)));

        assertThat(failed.diagnostics().all().get(0).code()).isEqualTo("deposit.http-401");
        assertThat(failed.diagnostics().all().get(0).hint()).contains("settings.xml server 'test'");
    }

    @Test
    void aNewBundleOfAPublishedRecordBecomesItsNewVersion() throws Exception {
        String first = fixture.deposit(fixture.settings(zenodo(), TOKEN, true, false, false, 3)).record().orElseThrow();
        org.datasetkit.core.support.Datasets.write(root, "data/labels.csv", "id,label\n1,benign\n2,benign\n");

        DepositResult second = fixture.deposit(fixture.settings(zenodo(), TOKEN, true, false, false, 3));

        String next = second.record().orElseThrow();
        assertThat(next).isNotEqualTo(first);
        assertThat(zenodo.count("POST", "/records/" + first + "/versions")).isEqualTo(1);
        assertThat(zenodo.isPublished(next)).isTrue();
        assertThat(zenodo.metadata(next).path("version").asString()).isEqualTo("1.0.0");
    }

    @Test
    void aDryRunSendsNothing() throws Exception {
        DepositResult result = fixture.deposit(fixture.settings(zenodo(), null, true, false, true, 3));

        assertThat(result.dryRun()).isTrue();
        assertThat(zenodo.requests()).isEmpty();
        assertThat(fixture.lines).anyMatch(l -> l.startsWith("  send " + BUNDLE))
                .anyMatch(l -> l.equals("  then: publish the record once every file is verified"));
    }
}
