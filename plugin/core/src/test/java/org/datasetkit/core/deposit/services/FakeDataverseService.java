package org.datasetkit.core.deposit.services;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dataverse's native API as a depositor meets it ({@code api/native-api.rst}): {@code X-Dataverse-key} auth (401
 * "Bad API key"), {@code {"status": "OK", "data": …}} envelopes, dataset creation in a collection with the citation
 * block's required fields checked (title, author, contact, description, subject; 400 otherwise; 404 for an unknown
 * collection), {@code GET files/fixityAlgorithm}, {@code add} with multipart {@code jsonData} and {@code file} — and
 * an uploaded {@code .zip} unpacked into its entries, as file-system stores do (the trap) — the draft's file list
 * (404 without a draft), locks, and publish. Faults: those of {@link FakeService}, plus a wrong checksum stored for a
 * file name, and locks that last some polls.
 */
public final class FakeDataverseService extends FakeService {

    /** A stored file: name, folder, checksum (in the installation's algorithm), size. */
    public record StoredFile(String label, String directoryLabel, String checksum, long size, int id) {}

    private static final class Dataset {
        final List<StoredFile> draft = new ArrayList<>();
        boolean hasDraft = true;
        int publishedVersions;
    }

    private final String token;
    private final String collection;
    private final String algorithm;
    private final AtomicInteger ids = new AtomicInteger(100);
    private final Map<String, Dataset> datasets = new ConcurrentHashMap<>();
    private final AtomicInteger lockPolls = new AtomicInteger();
    private final AtomicInteger lostAnswers = new AtomicInteger();

    public FakeDataverseService(String token, String collection, String algorithm) throws IOException {
        this.token = token;
        this.collection = collection;
        this.algorithm = algorithm;
    }

    /** The next {@code times} adds store the file, then drop the connection instead of answering. */
    public void loseAnswerOfAdd(int times) {
        lostAnswers.set(times);
    }

    /** The next {@code polls} lock queries find an Ingest lock. */
    public void lockFor(int polls) {
        lockPolls.set(polls);
    }

    public List<String> datasetIds() {
        return datasets.keySet().stream().sorted().toList();
    }

    public List<StoredFile> draftFiles(String pid) {
        return List.copyOf(datasets.get(pid).draft);
    }

    public int publishedVersions(String pid) {
        return datasets.get(pid).publishedVersions;
    }

    @Override
    protected void route(HttpExchange ex, String method, List<String> p) throws IOException {
        if (!token.equals(ex.getRequestHeaders().getFirst("X-Dataverse-key"))) {
            ex.getRequestBody().readAllBytes();
            error(ex, 401, "Bad API key");
            return;
        }
        String route = method + " " + String.join("/", p);
        String pid = query(ex, "persistentId");
        Dataset d = pid == null ? null : datasets.get(pid);
        if (pid != null && d == null) {
            ex.getRequestBody().readAllBytes();
            error(ex, 404, "Dataset with Persistent ID " + pid + " not found.");
            return;
        }
        switch (route) {
            case "GET api/files/fixityAlgorithm" -> ok(ex, 200, JSON.createObjectNode().put("message", algorithm));
            case "POST api/datasets/:persistentId/add" -> add(ex, pid, d);
            case "GET api/datasets/:persistentId/versions/:draft/files" -> listDraft(ex, d);
            case "GET api/datasets/:persistentId/locks" -> locks(ex);
            case "POST api/datasets/:persistentId/actions/:publish" -> publish(ex, d);
            default -> {
                if (p.size() == 4 && route.startsWith("POST api/dataverses/") && p.get(3).equals("datasets")) {
                    create(ex, p.get(2));
                } else {
                    error(ex, 404, "API endpoint does not exist on this server.");
                }
            }
        }
    }

    private void create(HttpExchange ex, String alias) throws IOException {
        JsonNode body = readJson(ex);
        if (!alias.equals(collection)) {
            error(ex, 404, "Can't find dataverse with identifier='" + alias + "'");
            return;
        }
        List<String> present = new ArrayList<>();
        body.path("datasetVersion").path("metadataBlocks").path("citation").path("fields")
                .forEach(f -> present.add(f.path("typeName").asString()));
        for (String required : new String[] {"title", "author", "datasetContact", "dsDescription", "subject"}) {
            if (!present.contains(required)) {
                error(ex, 400, "Validation Failed: " + required + " is required.");
                return;
            }
        }
        String pid = "doi:10.5072/FK2/DK" + ids.incrementAndGet();
        datasets.put(pid, new Dataset());
        ok(ex, 201, JSON.createObjectNode().put("id", ids.get()).put("persistentId", pid));
    }

    private void add(HttpExchange ex, String pid, Dataset d) throws IOException {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("multipart/form-data; boundary=")) {
            ex.getRequestBody().readAllBytes();
            error(ex, 400, "No file in the request.");
            return;
        }
        Map<String, Part> parts = Multipart.parse(ex.getRequestBody().readAllBytes(),
                type.substring(type.indexOf('=') + 1));
        Part file = parts.get("file");
        if (file == null) {
            error(ex, 400, "No file in the request.");
            return;
        }
        List<StoredFile> made = new ArrayList<>();
        if (file.filename().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.bytes()))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (!e.isDirectory()) {
                        String name = e.getName();
                        int slash = name.lastIndexOf('/');
                        made.add(store(d, name.substring(slash + 1), slash < 0 ? "" : name.substring(0, slash),
                                zip.readAllBytes()));
                    }
                }
            }
        } else {
            made.add(store(d, file.filename(), "", file.bytes()));
        }
        d.hasDraft = true;
        if (lostAnswers.getAndDecrement() > 0) {
            return; // stored, but the answer never leaves: the exchange closes without one
        }
        ObjectNode data = JSON.createObjectNode();
        ArrayNode files = data.putArray("files");
        made.forEach(f -> files.add(entry(f)));
        ok(ex, 200, data);
    }

    private StoredFile store(Dataset d, String label, String folder, byte[] bytes) {
        String name = label;
        for (int n = 1; contains(d, name); n++) { // Dataverse renames a duplicate: a-1.zip
            int dot = label.lastIndexOf('.');
            name = dot < 0 ? label + "-" + n : label.substring(0, dot) + "-" + n + label.substring(dot);
        }
        byte[] stored = corrupts(label) ? corrupted(bytes) : bytes;
        String jdk = algorithm.equals("MD5") ? "MD5" : algorithm;
        StoredFile f = new StoredFile(name, folder, hex(jdk, stored), stored.length, ids.incrementAndGet());
        d.draft.add(f);
        return f;
    }

    private static boolean contains(Dataset d, String label) {
        return d.draft.stream().anyMatch(f -> f.label().equals(label));
    }

    private ObjectNode entry(StoredFile f) {
        ObjectNode e = JSON.createObjectNode().put("label", f.label()).put("restricted", false);
        if (!f.directoryLabel().isEmpty()) {
            e.put("directoryLabel", f.directoryLabel());
        }
        ObjectNode df = e.putObject("dataFile").put("id", f.id()).put("filename", f.label()).put("filesize", f.size());
        df.putObject("checksum").put("type", algorithm).put("value", f.checksum());
        return e;
    }

    private void listDraft(HttpExchange ex, Dataset d) throws IOException {
        if (!d.hasDraft) {
            error(ex, 404, "Dataset version :draft of dataset not found");
            return;
        }
        ArrayNode list = JSON.createArrayNode();
        d.draft.forEach(f -> list.add(entry(f)));
        ObjectNode body = JSON.createObjectNode().put("status", "OK");
        body.set("data", list);
        json(ex, 200, body);
    }

    private void locks(HttpExchange ex) throws IOException {
        ArrayNode locks = JSON.createArrayNode();
        if (lockPolls.getAndDecrement() > 0) {
            locks.addObject().put("lockType", "Ingest").put("date", "2026-11-30T12:00:00Z");
        }
        ObjectNode body = JSON.createObjectNode().put("status", "OK");
        body.set("data", locks);
        json(ex, 200, body);
    }

    private void publish(HttpExchange ex, Dataset d) throws IOException {
        if (lockPolls.get() > 0) {
            error(ex, 409, "Dataset is locked.");
            return;
        }
        d.publishedVersions++;
        d.hasDraft = false;
        ok(ex, 200, JSON.createObjectNode().put("versionNumber", d.publishedVersions).put("versionState", "RELEASED"));
    }

    private static String query(HttpExchange ex, String name) {
        String q = ex.getRequestURI().getRawQuery();
        if (q == null) {
            return null;
        }
        for (String pair : q.split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void ok(HttpExchange ex, int status, JsonNode data) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("status", "OK");
        body.set("data", data);
        json(ex, status, body);
    }

    private static void error(HttpExchange ex, int status, String message) throws IOException {
        json(ex, status, JSON.createObjectNode().put("status", "ERROR").put("message", message));
    }

    /** A part of a multipart/form-data body. */
    record Part(String name, String filename, byte[] bytes) {}

    /** Just enough of RFC 7578 for the API's two parts. */
    static final class Multipart {
        static Map<String, Part> parse(byte[] body, String boundary) {
            Map<String, Part> parts = new java.util.HashMap<>();
            byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
            int at = indexOf(body, delimiter, 0);
            while (at >= 0) {
                int start = at + delimiter.length;
                if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
                    break;
                }
                int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), start);
                int next = indexOf(body, delimiter, headersEnd);
                String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
                byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, next - 2);
                String name = attribute(headers, "name");
                parts.put(name, new Part(name, attribute(headers, "filename"), content));
                at = next;
            }
            return parts;
        }

        private static String attribute(String headers, String name) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[; ]" + name + "=\"([^\"]*)\"").matcher(headers);
            return m.find() ? m.group(1) : "";
        }

        private static int indexOf(byte[] hay, byte[] needle, int from) {
            outer:
            for (int i = from; i <= hay.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (hay[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
