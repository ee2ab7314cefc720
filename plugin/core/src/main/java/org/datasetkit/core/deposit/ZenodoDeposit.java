package org.datasetkit.core.deposit;

import org.datasetkit.core.diag.InWords;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import tools.jackson.databind.JsonNode;

/**
 * A deposit to Zenodo or any InvenioRDM ({@code /api/records}): a draft with the datasheet's metadata (created once
 * and reused by every re-run, or a new version of a published record), the bundle and its metadata files each
 * initialised, uploaded and committed, the MD5 each commit reports compared with the local one, the draft's file
 * list checked, then published only when asked and only when every file is verified.
 */
final class ZenodoDeposit {

    /** InvenioRDM's default per-draft file count (RDM_RECORDS_MAX_FILES_COUNT) and Zenodo's per-file size limit. */
    static final int MAX_FILES = 100;
    static final long MAX_FILE_BYTES = 50_000_000_000L;

    private final DepositRequest request;
    private final ServiceConnection connection;
    private final Consumer<String> out;
    private final URI api;

    ZenodoDeposit(DepositRequest request, ServiceConnection connection, Consumer<String> out) {
        this.request = request;
        this.connection = connection;
        this.out = out;
        this.api = request.destination().service().resolve("api/");
    }

    DepositResult run() throws IOException, DatasetException {
        List<DepositFile> files = BundleFiles.withMetadata(BundleFiles.archive(request.bag(), DepositTarget.ZENODO),
                request.workDirectory(), "md5");
        checkLimits(files);
        try (DepositJournal journal = DepositJournal.open(request.workDirectory(), request.destination())) {
            List<DepositFile> toSend = files.stream().filter(f -> !journal.isConfirmed(f)).toList();
            DepositPlan plan = new DepositPlan(request.destination().words(), files, toSend, after());
            plan.lines(request.dryRun() ? 50 : 0).forEach(out);
            if (request.dryRun()) {
                return DepositResult.dryRun(plan);
            }
            if (journal.published().isPresent() && toSend.isEmpty()) {
                out.accept("Already published as " + journal.published().get() + ": nothing to send");
                return new DepositResult(plan, false, 0, 0, java.time.Duration.ZERO, journal.record(),
                        journal.published(), false, List.of());
            }
            String id = draft(journal);
            if (request.reserveDoi()) {
                reserveDoi(id);
            }
            DepositProgress progress = new DepositProgress(files.size(), plan.bytes(), request.progressEvery(), out);
            int sent = upload(id, files, journal, progress);
            verifyDraft(id, files);
            List<String> next = new ArrayList<>();
            Optional<String> doi = Optional.empty();
            if (request.publish()) {
                doi = publish(id, journal, next);
            } else {
                next.add("The draft " + id + " holds every file, verified; nothing is published: look at it at "
                        + request.destination().service().resolve("uploads/" + id)
                        + ", then publish it there or run again with publishing asked for");
            }
            next.forEach(out);
            return new DepositResult(plan, false, sent, progress.sentBytes(), progress.elapsed(), Optional.of(id), doi,
                    request.publish(), next);
        }
    }

    private List<String> after() {
        List<String> after = new ArrayList<>();
        if (request.reserveDoi()) {
            after.add("reserve the draft's DOI");
        }
        after.add(request.publish() ? "publish the record once every file is verified"
                : "leave the draft unpublished (publishing not asked for)");
        return after;
    }

    private void checkLimits(List<DepositFile> files) throws DatasetException {
        for (DepositFile f : files) {
            if (f.size() > MAX_FILE_BYTES) {
                throw new DatasetException(Diagnostic.error("deposit.too-large", f.name(),
                        String.format(Locale.ROOT, "%s is over Zenodo's 50 GB per file", InWords.size(f.size())),
                        "ask Zenodo for a larger quota, or split the dataset into several records"));
            }
        }
        if (files.size() > MAX_FILES) {
            throw new DatasetException(Diagnostic.error("deposit.too-many-files", request.bag().toString(),
                    files.size() + " files are more than a draft takes (" + MAX_FILES + ")", "deposit the bundle alone"));
        }
    }

    /** The journal's draft if it is still a draft; else a new version of the published record; else a new draft. */
    private String draft(DepositJournal journal) throws IOException, DatasetException {
        Optional<String> known = journal.record();
        if (known.isPresent()) {
            ServiceResponse r = call("GET", "records/" + known.get() + "/draft", null);
            if (r.isSuccess() && !r.json().path("is_published").asBoolean(false)) {
                out.accept("Continuing the draft " + known.get());
                return known.get();
            }
            if (journal.published().isPresent()) {
                return newVersion(known.get(), journal);
            }
        }
        if (request.destination().record().isPresent()) {
            return newVersion(request.destination().record().get(), journal);
        }
        ServiceResponse created = create("records", ZenodoMetadata.draft(request.sheet()).toString());
        String id = created.json().path("id").asString();
        journal.recordIs(id);
        out.accept("Created the draft " + id);
        return id;
    }

    private String newVersion(String published, DepositJournal journal) throws IOException, DatasetException {
        ServiceResponse created = create("records/" + published + "/versions", null);
        String id = created.json().path("id").asString();
        journal.recordIs(id);
        // a new version drops the version and the publication date: set the datasheet's again
        expect(200, "PUT", "records/" + id + "/draft", ZenodoMetadata.draft(request.sheet()).toString());
        out.accept("Created the draft " + id + ", a new version of record " + published);
        return id;
    }

    private void reserveDoi(String id) throws IOException, DatasetException {
        ServiceResponse draft = expect(200, "GET", "records/" + id + "/draft", null);
        if (draft.json().path("pids").path("doi").has("identifier")) {
            out.accept("The draft's DOI is " + draft.json().path("pids").path("doi").path("identifier").asString());
            return;
        }
        ServiceResponse r = expect(201, "POST", "records/" + id + "/draft/pids/doi", null);
        out.accept("Reserved the DOI " + r.json().path("pids").path("doi").path("identifier").asString());
    }

    /** Every file the draft does not hold complete with the same MD5: (re)started, uploaded, committed, compared. */
    private int upload(String id, List<DepositFile> files, DepositJournal journal, DepositProgress progress)
            throws IOException, DatasetException {
        Map<String, JsonNode> remote = entries(id);
        int sent = 0;
        for (DepositFile f : files) {
            JsonNode there = remote.get(f.name());
            if (there != null && there.path("status").asString("").equals("completed")
                    && there.path("checksum").asString("").equals(f.checksum())) {
                if (!journal.isConfirmed(f)) {
                    journal.confirm(f);
                }
                progress.skipped(f);
                continue;
            }
            if (there != null) { // pending from a stopped run, or another bundle's bytes: start it again
                journal.unconfirm(f);
                expect(204, "DELETE", "records/" + id + "/draft/files/" + DorisPaths.encode(f.name()), null);
            }
            send(id, f, progress);
            journal.confirm(f);
            progress.fileDone();
            sent++;
        }
        if (sent > 0) {
            out.accept(progress.line());
        }
        return sent;
    }

    private void send(String id, DepositFile f, DepositProgress progress) throws IOException, DatasetException {
        String key = "records/" + id + "/draft/files/" + DorisPaths.encode(f.name());
        ServiceResponse init = call("POST", "records/" + id + "/draft/files",
                ServiceResponse.mapper().createArrayNode().add(ServiceResponse.mapper().createObjectNode()
                        .put("key", f.name())).toString());
        // a retried start whose first answer was lost finds the key already there: that is the same start
        if (!init.isSuccess() && !entries(id).containsKey(f.name())) {
            throw connection.refused("POST " + api.resolve("records/" + id + "/draft/files"), init, "");
        }
        URI content = api.resolve(key + "/content");
        HttpRequest.Builder put = connection.request(content, "Authorization")
                .header("Content-Type", "application/octet-stream");
        long before = progress.sentBytes();
        ServiceResponse uploaded = connection.send("PUT " + content, () -> {
            progress.takeBack(progress.sentBytes() - before);
            return put.copy().PUT(progress.body(f)).build();
        }, ServiceConnection.TRANSIENT);
        if (!uploaded.isSuccess()) {
            throw connection.refused("PUT " + content, uploaded, "");
        }
        ServiceResponse committed = expect(200, "POST", key + "/commit", null);
        String checksum = committed.json().path("checksum").asString("");
        if (!checksum.equals(f.checksum())) {
            call("DELETE", key, null); // never leave corrupt bytes in a draft that someone may publish by hand
            throw new DatasetException(Diagnostic.error("deposit.checksum-mismatch", api.resolve(key).toString(),
                    "Zenodo committed " + f.name() + " with " + (checksum.isEmpty() ? "no checksum" : checksum)
                            + "; the file here has " + f.checksum() + ": it was corrupted on the way",
                    "nothing is published and the corrupt file was removed from the draft: run the deposit again"));
        }
    }

    /** The draft holds exactly these files, each completed with its MD5: nothing pending, nothing else. */
    private void verifyDraft(String id, List<DepositFile> files) throws IOException, DatasetException {
        Map<String, JsonNode> remote = entries(id);
        List<String> wrong = new ArrayList<>();
        for (DepositFile f : files) {
            JsonNode there = remote.remove(f.name());
            if (there == null || !there.path("status").asString("").equals("completed")
                    || !there.path("checksum").asString("").equals(f.checksum())) {
                wrong.add(f.name() + (there == null ? " is missing" : " is " + there.path("status").asString("")
                        + " with " + there.path("checksum").asString("no checksum")));
            }
        }
        remote.keySet().forEach(k -> wrong.add(k + " is in the draft but not in this deposit"));
        if (!wrong.isEmpty()) {
            throw new DatasetException(Diagnostic.error("deposit.draft-mismatch", api.resolve("records/" + id).toString(),
                    "the draft's files are not this deposit's: " + String.join("; ", wrong),
                    "nothing is published: remove the other files from the draft, then run again"));
        }
    }

    private Optional<String> publish(String id, DepositJournal journal, List<String> next)
            throws IOException, DatasetException {
        ServiceResponse r = call("POST", "records/" + id + "/draft/actions/publish", null);
        JsonNode record = r.json();
        if (!r.isSuccess()) { // a retried publish whose first answer was lost: the record says
            ServiceResponse now = call("GET", "records/" + id, null);
            if (!now.isSuccess() || !now.json().path("is_published").asBoolean(false)) {
                throw connection.refused("POST " + api.resolve("records/" + id + "/draft/actions/publish"), r,
                        "the draft is locked by another edit: close it in Zenodo, then run again");
            }
            record = now.json();
        }
        String doi = record.path("pids").path("doi").path("identifier").asString("");
        String concept = record.path("parent").path("pids").path("doi").path("identifier").asString("");
        journal.published(doi.isEmpty() ? id : doi);
        next.add("Published record " + id + (doi.isEmpty() ? "" : ", DOI " + doi)
                + (concept.isEmpty() ? "" : ", all versions " + concept));
        return doi.isEmpty() ? Optional.empty() : Optional.of(doi);
    }

    private Map<String, JsonNode> entries(String id) throws IOException, DatasetException {
        ServiceResponse r = expect(200, "GET", "records/" + id + "/draft/files", null);
        Map<String, JsonNode> byKey = new HashMap<>();
        r.json().path("entries").forEach(e -> byKey.put(e.path("key").asString(), e));
        return byKey;
    }

    private ServiceResponse expect(int status, String method, String path, String json)
            throws IOException, DatasetException {
        ServiceResponse r = call(method, path, json);
        if (r.status() != status && !(r.isSuccess() && status / 100 == 2)) {
            throw connection.refused(method + " " + api.resolve(path), r,
                    "the draft changed meanwhile (edited in the browser?): reload it in Zenodo, then run again");
        }
        return r;
    }

    /** A POST that makes a record: sent once, never retried (a retry could make a second draft). */
    private ServiceResponse create(String path, String json) throws IOException, DatasetException {
        URI url = api.resolve(path);
        HttpRequest.Builder b = connection.request(url, "Authorization").header("Accept", "application/json");
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        ServiceResponse r = connection.sendOnce("POST " + url, b.POST(json == null ? BodyPublishers.noBody()
                : BodyPublishers.ofString(json)).build());
        if (r.status() != 201 && !r.isSuccess()) {
            throw connection.refused("POST " + url, r, "a draft of this record exists already: finish or discard it in"
                    + " Zenodo, then run again");
        }
        return r;
    }

    private ServiceResponse call(String method, String path, String json) throws IOException, DatasetException {
        URI url = api.resolve(path);
        HttpRequest.Builder b = connection.request(url, "Authorization").header("Accept", "application/json");
        HttpRequest.BodyPublisher body = json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return connection.send(method + " " + url, () -> b.copy().method(method, body).build(), ServiceConnection.TRANSIENT);
    }
}
