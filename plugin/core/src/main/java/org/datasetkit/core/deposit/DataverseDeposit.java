package org.datasetkit.core.deposit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import tools.jackson.databind.JsonNode;

/**
 * A deposit to a Dataverse installation (native API, {@code X-Dataverse-key}): a dataset created in the collection
 * with the datasheet's citation block (once; re-runs reuse it), or an existing dataset; the bundle added as one file
 * that Dataverse does not unpack (a zip bundle goes inside a stored wrapper zip, which Dataverse unpacks instead: the
 * documented trap), with {@code tabIngest: false}; the checksum Dataverse reports, in the algorithm it is configured
 * for, compared with the bundle's; published only when asked, once the dataset has no lock.
 */
final class DataverseDeposit {

    private static final int LOCK_POLLS = 30;

    /** An add's answer holding one file entry. */
    private static final java.util.function.Function<JsonNode, JsonNode> JSON_FILES = entry -> {
        tools.jackson.databind.node.ObjectNode answer = ServiceResponse.mapper().createObjectNode();
        answer.putObject("data").putArray("files").add(entry);
        return answer;
    };

    private final DepositRequest request;
    private final ServiceConnection connection;
    private final Consumer<String> out;
    private final URI api;

    DataverseDeposit(DepositRequest request, ServiceConnection connection, Consumer<String> out) {
        this.request = request;
        this.connection = connection;
        this.out = out;
        this.api = request.destination().service().resolve("api/");
    }

    DepositResult run() throws IOException, DatasetException {
        Path bundle = BundleFiles.archive(request.bag(), DepositTarget.DATAVERSE);
        String algorithm = request.dryRun() ? "MD5" : algorithm();
        DepositFile file = BundleFiles.whole(bundle.getFileName().toString(), bundle, algorithm);
        try (DepositJournal journal = DepositJournal.open(request.workDirectory(), request.destination())) {
            List<DepositFile> toSend = journal.isConfirmed(file) ? List.of() : List.of(file);
            DepositPlan plan = new DepositPlan(request.destination().words() + request.destination().collection()
                    .map(c -> ", collection " + c).orElse(""), List.of(file), toSend, List.of(request.publish()
                    ? "publish a major version once the file is verified" : "leave the draft unpublished"));
            plan.lines(request.dryRun() ? 50 : 0).forEach(out);
            if (request.dryRun()) {
                return DepositResult.dryRun(plan);
            }
            if (journal.published().isPresent() && toSend.isEmpty()) {
                // a published dataset has no draft: adding the bundle again would open a new version holding it twice
                out.accept("Already published as " + journal.published().get() + " with this bundle: nothing to send");
                return new DepositResult(plan, false, 0, 0, java.time.Duration.ZERO, journal.record(),
                        journal.published(), false, List.of());
            }
            String pid = dataset(journal);
            DepositProgress progress = new DepositProgress(1, file.size(), request.progressEvery(), out);
            int sent = upload(pid, file, bundle, journal, progress);
            List<String> next = new ArrayList<>();
            if (request.publish()) {
                publish(pid, journal);
                next.add("Published " + pid + " (major version)");
            } else {
                next.add("The draft of " + pid + " holds the bundle, verified; nothing is published: review it at "
                        + request.destination().service().resolve("dataset.xhtml?persistentId=" + pid)
                        + ", then publish it there or run again with publishing asked for");
            }
            next.forEach(out);
            return new DepositResult(plan, false, sent, progress.sentBytes(), progress.elapsed(), Optional.of(pid),
                    Optional.of(pid).filter(p -> p.startsWith("doi:")).map(p -> p.substring(4)), request.publish(), next);
        }
    }

    /** The checksum algorithm the installation stores (:FileFixityChecksumAlgorithm). */
    private String algorithm() throws IOException, DatasetException {
        String a = expect("GET", "files/fixityAlgorithm", null, null).json().path("data").path("message").asString("MD5");
        BundleFiles.digest(a); // refuses one we cannot compute
        return a;
    }

    private String dataset(DepositJournal journal) throws IOException, DatasetException {
        Optional<String> known = journal.record().or(() -> request.destination().record());
        if (known.isPresent()) {
            if (journal.record().isEmpty()) {
                journal.recordIs(known.get());
            }
            return known.get();
        }
        String alias = request.destination().collection().orElseThrow();
        URI url = api.resolve("dataverses/" + DorisPaths.encode(alias) + "/datasets");
        ServiceResponse r = connection.sendOnce("POST " + url, connection.request(url, "X-Dataverse-key")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(DataverseCitation.dataset(request.sheet()).toString())).build());
        if (!r.isSuccess()) {
            throw connection.refused("POST " + url, r, "");
        }
        JsonNode created = r.json();
        String pid = created.path("data").path("persistentId").asString();
        journal.recordIs(pid);
        out.accept("Created the dataset " + pid + " in the collection " + alias);
        return pid;
    }

    private int upload(String pid, DepositFile file, Path bundle, DepositJournal journal, DepositProgress progress)
            throws IOException, DatasetException {
        if (alreadyThere(pid, file, journal)) {
            return 0;
        }
        boolean wrap = bundle.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        Path body = wrap ? BundleFiles.wrapped(bundle, request.workDirectory()) : bundle;
        DepositFile sent = DepositFile.of(file.name(), body, java.nio.file.Files.size(body), file.checksum());
        JsonNode added = add(pid, sent, progress);
        List<JsonNode> files = new ArrayList<>();
        added.path("data").path("files").forEach(files::add);
        JsonNode mine = files.stream().filter(f -> f.path("label").asString("").equals(file.name())).findFirst()
                .orElse(null);
        if (files.size() == 1 && mine == null) {
            throw new DatasetException(Diagnostic.error("deposit.renamed", pid, "Dataverse stored the bundle as "
                    + files.get(0).path("label").asString("") + ": the dataset already held a file named " + file.name(),
                    "delete one of the two from the draft in Dataverse; nothing is published"));
        }
        if (files.size() != 1) {
            throw new DatasetException(Diagnostic.error("deposit.unpacked", pid, "Dataverse made " + files.size()
                    + " files of the upload instead of keeping " + file.name() + " whole",
                    "delete the files it made from the draft; nothing is published"));
        }
        if (!checksum(mine).equals(file.checksum())) {
            throw new DatasetException(Diagnostic.error("deposit.checksum-mismatch", pid, "Dataverse stored "
                    + file.name() + " with " + checksum(mine) + "; the bundle has " + file.checksum()
                    + ": it was corrupted on the way",
                    "nothing is published: delete the file from the draft in Dataverse, then run again"));
        }
        journal.confirm(file);
        progress.fileDone();
        out.accept(progress.line());
        return 1;
    }

    /** Whether the draft holds the bundle with its checksum already; another file of its name is refused. */
    private boolean alreadyThere(String pid, DepositFile file, DepositJournal journal)
            throws IOException, DatasetException {
        Optional<JsonNode> there = draftFile(pid, file.name());
        if (there.isEmpty()) {
            return false;
        }
        String held = checksum(there.get());
        if (!held.equals(file.checksum())) {
            throw new DatasetException(Diagnostic.error("deposit.draft-mismatch", pid, "the draft holds " + file.name()
                    + " with " + held + ", not this bundle's " + file.checksum(),
                    "delete that file from the draft in Dataverse, then run again"));
        }
        if (!journal.isConfirmed(file)) {
            journal.confirm(file);
        }
        out.accept("The draft already holds " + file.name() + " with " + held + ": not sent again");
        return true;
    }

    /** POST …/add: multipart {@code jsonData} and {@code file}, the file streamed with its length. */
    private JsonNode add(String pid, DepositFile file, DepositProgress progress) throws IOException, DatasetException {
        String boundary = "datasetkit-" + UUID.randomUUID();
        String restrict = String.valueOf(!request.sheet().access().level().equals("open"));
        String json = "{\"description\":\"BagIt bundle made by datasetkit\",\"tabIngest\":false,\"restrict\":"
                + restrict + "}";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"jsonData\"\r\n\r\n" + json + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.file().orElseThrow().getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        URI url = api.resolve("datasets/:persistentId/add?persistentId=" + query(pid));
        HttpRequest.Builder b = connection.request(url, "X-Dataverse-key")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        long before = progress.sentBytes();
        ServiceResponse r = null;
        for (int attempt = 1; r == null; attempt++) {
            progress.takeBack(progress.sentBytes() - before);
            try {
                r = connection.send("POST " + url, () -> b.copy().POST(BodyPublishers.concat(
                        BodyPublishers.ofByteArray(head), progress.body(file), BodyPublishers.ofByteArray(tail))).build(),
                        ServiceConnection.TRANSIENT, false);
            } catch (IOException e) {
                // an add whose answer was lost may have added the file: a second add would make "name-1.zip"
                Optional<JsonNode> arrived = draftFile(pid, file.name());
                if (arrived.isPresent()) {
                    return JSON_FILES.apply(arrived.get());
                }
                if (attempt >= request.retry().attempts()) {
                    throw new IOException(connection.redact("POST " + url + ": no answer after " + attempt
                            + " attempts: " + e.getCause() + "; run again later: the dataset is reused"), e);
                }
                out.accept("POST " + url + ": " + e.getCause() + "; try " + (attempt + 1) + " of "
                        + request.retry().attempts());
                sleep(request.retry().delayBefore(attempt + 1).toMillis());
            }
        }
        if (!r.isSuccess()) {
            throw connection.refused("POST " + url, r, "the dataset is locked or being edited: run again later");
        }
        return r.json();
    }

    private Optional<JsonNode> draftFile(String pid, String name) throws IOException, DatasetException {
        URI url = api.resolve("datasets/:persistentId/versions/:draft/files?persistentId=" + query(pid));
        ServiceResponse r = connection.send("GET " + url, () -> get(url), ServiceConnection.TRANSIENT);
        if (r.status() == 404) {
            return Optional.empty(); // no draft yet: adding the file makes one
        }
        if (!r.isSuccess()) {
            throw connection.refused("GET " + url, r, "");
        }
        for (JsonNode f : r.json().path("data")) {
            if (f.path("label").asString("").equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private void publish(String pid, DepositJournal journal) throws IOException, DatasetException {
        URI locks = api.resolve("datasets/:persistentId/locks?persistentId=" + query(pid));
        for (int poll = 1; ; poll++) {
            ServiceResponse r = connection.send("GET " + locks, () -> get(locks), ServiceConnection.TRANSIENT);
            if (!r.isSuccess() || r.json().path("data").isEmpty()) {
                break;
            }
            if (poll >= LOCK_POLLS) {
                throw new DatasetException(Diagnostic.error("deposit.locked", pid, "the dataset stayed locked ("
                        + r.json().path("data").toString() + ")", "publish it in Dataverse once its lock is gone"));
            }
            sleep(request.retry().delayBefore(2).toMillis());
        }
        expect("POST", "datasets/:persistentId/actions/:publish?persistentId=" + query(pid) + "&type=major", null, null);
        journal.published(pid);
    }

    /** The checksum of a file entry: {@code md5:…} from {@code dataFile.checksum {type, value}}. */
    private static String checksum(JsonNode entry) {
        JsonNode c = entry.path("dataFile").path("checksum");
        return BundleFiles.label(c.path("type").asString("none")) + ":" + c.path("value").asString("").toLowerCase(Locale.ROOT);
    }

    private HttpRequest get(URI url) {
        try {
            return connection.request(url, "X-Dataverse-key").GET().build();
        } catch (DatasetException e) {
            throw new IllegalStateException(e); // not reached: a deposit without a credential stops before this
        }
    }

    private ServiceResponse expect(String method, String path, String body, String type)
            throws IOException, DatasetException {
        URI url = api.resolve(path);
        HttpRequest.Builder b = connection.request(url, "X-Dataverse-key");
        if (type != null) {
            b.header("Content-Type", type);
        }
        HttpRequest.BodyPublisher p = body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body);
        ServiceResponse r = connection.send(method + " " + url, () -> b.copy().method(method, p).build(),
                ServiceConnection.TRANSIENT);
        if (!r.isSuccess()) {
            throw connection.refused(method + " " + url, r, "the dataset is being edited or published: run again later");
        }
        return r;
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) throws java.io.InterruptedIOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for the dataset's lock");
        }
    }
}
