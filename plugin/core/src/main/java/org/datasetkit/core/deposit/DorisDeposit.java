package org.datasetkit.core.deposit;

import org.datasetkit.core.diag.InWords;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import tools.jackson.databind.JsonNode;

/**
 * A deposit to SND's DORIS storage service: every payload file of the bag with one {@code PUT
 * uploads/<identifier>/<version>/<path>} (Content-Length set, Bearer write token), the SHA-256 the service returns
 * compared with the bag's manifest, stopping at the first mismatch. The service builds the bag itself at publish, so
 * only the payload is sent, by its path under the bag's {@code data/}. Publishing is DORIS's, after its review.
 */
final class DorisDeposit {

    private final DepositRequest request;
    private final ServiceConnection connection;
    private final Consumer<String> out;

    DorisDeposit(DepositRequest request, ServiceConnection connection, Consumer<String> out) {
        this.request = request;
        this.connection = connection;
        this.out = out;
    }

    DepositResult run() throws IOException, DatasetException {
        Optional<DorisToken> token = request.credential().isPresent()
                ? Optional.of(DorisToken.read(request.credential().get())) : Optional.empty();
        String identifier = claim("identifier", request.destination().record(), token.flatMap(DorisToken::identifier));
        String version = claim("version", request.destination().version(), token.flatMap(DorisToken::version));
        try (BagPayload payload = BagPayload.open(request.bag());
                DepositJournal journal = DepositJournal.open(request.workDirectory(), request.destination())) {
            List<DepositFile> files = payload.files();
            List<Diagnostic> refused = DorisPaths.problems(files);
            if (!refused.isEmpty()) {
                throw new DatasetException(new Diagnostics(refused));
            }
            List<DepositFile> toSend = files.stream().filter(f -> !journal.isConfirmed(f)).toList();
            String manifestDigest = sha256(DorisPaths.serviceManifest(files));
            DepositPlan plan = new DepositPlan(request.destination().words() + ", dataset " + identifier + " version "
                    + version, files, toSend, List.of("DORIS reviews the version, then publishes it (not this goal)"));
            plan.lines(request.dryRun() ? 50 : 0).forEach(out);
            List<String> review = review(identifier, version, plan, manifestDigest);
            if (request.dryRun()) {
                review.forEach(out);
                return DepositResult.dryRun(plan);
            }
            DorisToken write = token.orElseThrow(() -> new DatasetException(Diagnostic.error("deposit.no-credentials",
                    request.destination().service().toString(), "no DORIS write token",
                    "put the write token DORIS issued for this version in a settings.xml <server> named by"
                            + " dataset.depositServer")));
            checkRole(write);
            DepositProgress progress = new DepositProgress(toSend.size(), plan.bytesToSend(), request.progressEvery(), out);
            uploadAll(identifier, version, write, toSend, journal, progress);
            review.forEach(out);
            return new DepositResult(plan, false, toSend.size(), progress.sentBytes(), progress.elapsed(),
                    Optional.of(identifier + "/" + version), Optional.empty(), false, review);
        }
    }

    /** Every file not yet confirmed, one PUT each, journalled as the service confirms it. */
    private void uploadAll(String identifier, String version, DorisToken write, List<DepositFile> toSend,
            DepositJournal journal, DepositProgress progress) throws IOException, DatasetException {
        int total = journal.confirmedCount() + toSend.size();
        for (DepositFile f : toSend) {
            checkTime(write, f, progress, journal.confirmedCount(), total);
            put(identifier, version, f, progress);
            journal.confirm(f);
            progress.fileDone();
        }
        if (!toSend.isEmpty()) {
            out.accept(progress.line());
        }
    }

    /** A PUT of one file, confirmed by the SHA-256 and size the service says it stored. */
    private void put(String identifier, String version, DepositFile f, DepositProgress progress)
            throws IOException, DatasetException {
        URI url = request.destination().service().resolve("uploads/" + DorisPaths.encode(identifier) + "/"
                + DorisPaths.encode(version) + "/" + DorisPaths.encode(f.name()));
        HttpRequest.Builder base = connection.request(url, "Authorization").header("Content-Type",
                "application/octet-stream");
        String what = "PUT " + url;
        long before = progress.sentBytes();
        ServiceResponse r = connection.send(what, () -> {
            progress.takeBack(progress.sentBytes() - before); // a retried file counts once
            return base.copy().PUT(progress.body(f)).build();
        }, ServiceConnection.TRANSIENT.or(x -> x.status() == 409 && x.text().contains("Write conflict")));
        if (!r.isSuccess()) {
            throw connection.refused(what, r, r.text().contains("Status mismatch")
                    ? "this dataset version is already published in DORIS: ask DORIS for a new version and its write"
                            + " token"
                    : "another upload to this version is running: wait for it to end, then run again");
        }
        JsonNode stored = r.json();
        String sha = stored.path("sha256").asString("").toLowerCase(Locale.ROOT);
        long size = stored.path("contentSize").asLong(-1);
        if (!sha.equals(f.hex()) || size != f.size()) {
            throw new DatasetException(Diagnostic.error("deposit.checksum-mismatch", "data/" + f.name(),
                    String.format(Locale.ROOT, "the service stored %,d bytes with SHA-256 %s; the bag's manifest says"
                            + " %,d bytes with %s: the file was corrupted on the way", size, sha.isEmpty() ? "(none)"
                            : sha, f.size(), f.hex()),
                    "nothing is published: run the deposit again to send this file and the rest again; if it recurs,"
                            + " check the network path (a proxy rewriting bodies)"));
        }
    }

    private String claim(String what, Optional<String> configured, Optional<String> inToken) throws DatasetException {
        if (configured.isPresent() && inToken.isPresent() && !configured.get().equals(inToken.get())) {
            throw new DatasetException(Diagnostic.error("deposit.doris-token", request.credential().get().origin(),
                    "the write token is for dataset " + what + " '" + inToken.get() + "', the configuration names '"
                            + configured.get() + "'",
                    "use the write token DORIS issued for this dataset version, or correct the configuration"));
        }
        return configured.or(() -> inToken).orElseThrow(() -> new DatasetException(Diagnostic.error(
                "deposit.doris-" + what, request.destination().service().toString(),
                "no DORIS dataset " + what + ": the configuration names none and there is no write token to read it from",
                "name the dataset " + what + " in the configuration, or give the write token")));
    }

    private void checkRole(DorisToken token) throws DatasetException {
        if (!token.roles().contains(DorisToken.WRITE_ROLE)) {
            throw new DatasetException(Diagnostic.error("deposit.doris-token", request.credential().get().origin(),
                    "the token has no " + DorisToken.WRITE_ROLE + " role (it has " + token.roles() + ")",
                    "ask DORIS for a write token for this dataset version"));
        }
    }

    /** Refuses to start a file the token will not last for: the service would answer 401 half-way. */
    private void checkTime(DorisToken token, DepositFile f, DepositProgress progress, int confirmed, int total)
            throws DatasetException {
        if (token.expires().isEmpty()) {
            return;
        }
        double seconds = Math.max(1e-3, progress.elapsed().toNanos() / 1e9);
        double rate = progress.sentBytes() / seconds;
        Duration needed = Duration.ofSeconds(5).plusMillis(rate > 0 ? (long) (1000 * f.size() / rate) : 0);
        if (Instant.now().plus(needed).isAfter(token.expires().get())) {
            throw new DatasetException(Diagnostic.error("deposit.token-expired", request.credential().get().origin(),
                    String.format(Locale.ROOT, "the write token expires at %s, before data/%s could be sent;"
                            + " %,d of %,d files are confirmed", token.expires().get(), f.name(), confirmed, total),
                    "ask DORIS for a new write token for this version, put it in " + request.credential().get().origin()
                            + " and run again: the deposit continues with the files not yet confirmed"));
        }
    }

    private static List<String> review(String identifier, String version, DepositPlan plan, String digest) {
        List<String> lines = new ArrayList<>();
        lines.add("Publishing is DORIS's, after its review: submit dataset " + identifier + " version " + version
                + " for review in DORIS.");
        lines.add(String.format(Locale.ROOT, "The reviewer will see %,d files, %,d bytes (%s); manifest-sha256.txt"
                + " SHA-256 %s", plan.files().size(), plan.bytes(), InWords.size(plan.bytes()), digest));
        return lines;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
