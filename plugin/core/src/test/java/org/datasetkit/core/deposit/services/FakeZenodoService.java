package org.datasetkit.core.deposit.services;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Zenodo's InvenioRDM records API as a depositor meets it ({@code docs/reference/rest_api_drafts_records.md}):
 * {@code POST /api/records} (201; the required metadata checked, 400 with {@code errors[]} otherwise), the draft's
 * {@code GET}/{@code PUT}, DOI reservation (400 when one exists), file init (201, {@code pending}; 400 for a key that
 * exists or past 100 files), content {@code PUT}, commit (200, {@code completed}, {@code checksum: md5:…}), file list
 * and delete (204), publish (202; 400 while a file is pending or none is there), and new versions of a published
 * record (201, no files, version and publication date removed). Bearer token auth (401). Faults: those of
 * {@link FakeService}, plus a wrong MD5 at commit and the token expired.
 */
public final class FakeZenodoService extends FakeService {

    /** A record or draft: its JSON and its files (key → bytes, null while pending). */
    private static final class Record {
        ObjectNode json;
        final Map<String, byte[]> files = new LinkedHashMap<>();
        boolean published;
    }

    private final String token;
    private final AtomicInteger ids = new AtomicInteger(1000);
    private final Map<String, Record> records = new ConcurrentHashMap<>();
    private volatile boolean expired;

    public FakeZenodoService(String token) throws IOException {
        this.token = token;
    }

    public void expireToken() {
        expired = true;
    }

    /** The files of a record, key → MD5 ("pending" while uncommitted). */
    public Map<String, String> files(String id) {
        Map<String, String> out = new LinkedHashMap<>();
        records.get(id).files.forEach((k, v) -> out.put(k, v == null ? "pending" : hex("MD5", v)));
        return out;
    }

    /** A file added to a draft some other way (the web form): committed, with these bytes. */
    public void addFile(String id, String key, byte[] bytes) {
        records.get(id).files.put(key, bytes);
    }

    public boolean isPublished(String id) {
        return records.get(id).published;
    }

    public JsonNode metadata(String id) {
        return records.get(id).json.path("metadata");
    }

    /** Record ids, in the order they were made. */
    public List<String> recordIds() {
        return records.keySet().stream().sorted().toList();
    }

    @Override
    protected void route(HttpExchange ex, String method, List<String> p) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (expired || auth == null || !auth.equals("Bearer " + token)) {
            ex.getRequestBody().readAllBytes();
            error(ex, 401, "The server could not verify that you are authorized to access the URL requested.");
            return;
        }
        if (p.size() < 2 || !p.get(0).equals("api") || !p.get(1).equals("records")) {
            error(ex, 404, "The requested URL was not found on the server.");
            return;
        }
        String route = method + " " + String.join("/", p.subList(2, p.size()).stream()
                .map(s -> s.matches("\\d+") ? "{id}" : s).toList());
        Record r = p.size() > 2 ? records.get(p.get(2)) : null;
        if (p.size() > 2 && r == null) {
            error(ex, 404, "The persistent identifier does not exist.");
            return;
        }
        switch (route) {
            case "POST " -> create(ex);
            case "GET {id}" -> json(ex, r.published ? 200 : 404, r.json);
            case "GET {id}/draft" -> draftOnly(ex, r, () -> json(ex, 200, r.json));
            case "PUT {id}/draft" -> draftOnly(ex, r, () -> update(ex, r));
            case "POST {id}/draft/pids/doi" -> draftOnly(ex, r, () -> reserve(ex, r));
            case "POST {id}/draft/files", "GET {id}/draft/files" -> draftOnly(ex, r, () -> files(ex, r, method));
            case "POST {id}/draft/actions/publish" -> draftOnly(ex, r, () -> publish(ex, r));
            case "POST {id}/versions" -> newVersion(ex, r);
            default -> fileRoute(ex, method, p, r);
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private void draftOnly(HttpExchange ex, Record r, Step step) throws IOException {
        if (r.published) {
            ex.getRequestBody().readAllBytes();
            error(ex, 404, "The draft does not exist.");
            return;
        }
        step.run();
    }

    private void create(HttpExchange ex) throws IOException {
        JsonNode body = readJson(ex);
        JsonNode m = body.path("metadata");
        ArrayNode errors = JSON.createArrayNode();
        for (String field : new String[] {"title", "publication_date"}) {
            if (m.path(field).asString("").isBlank()) {
                errors.addObject().put("field", "metadata." + field).putArray("messages").add("Missing data for required field.");
            }
        }
        if (!m.path("resource_type").path("id").asString("").equals("dataset") || m.path("creators").isEmpty()
                || m.path("creators").get(0).path("person_or_org").path("type").isMissingNode()) {
            errors.addObject().put("field", "metadata.creators").putArray("messages").add("Missing data for required field.");
        }
        if (!errors.isEmpty()) {
            ObjectNode e = JSON.createObjectNode().put("status", 400).put("message", "A validation error occurred.");
            e.set("errors", errors);
            json(ex, 400, e);
            return;
        }
        Record r = newRecord(body, null);
        json(ex, 201, r.json);
    }

    private Record newRecord(JsonNode body, String parent) {
        String id = String.valueOf(ids.incrementAndGet());
        Record r = new Record();
        r.json = JSON.createObjectNode().put("id", id).put("is_published", false);
        r.json.set("metadata", body.path("metadata").deepCopy());
        r.json.set("access", body.path("access").deepCopy());
        r.json.putObject("parent").put("id", parent == null ? "p" + id : parent);
        r.json.putObject("pids");
        r.json.putObject("links").put("self", url() + "api/records/" + id + "/draft")
                .put("self_html", url() + "uploads/" + id);
        records.put(id, r);
        return r;
    }

    private void update(HttpExchange ex, Record r) throws IOException {
        JsonNode body = readJson(ex);
        r.json.set("metadata", body.path("metadata").deepCopy());
        json(ex, 200, r.json);
    }

    private void reserve(HttpExchange ex, Record r) throws IOException {
        if (r.json.path("pids").has("doi")) {
            ObjectNode e = JSON.createObjectNode().put("status", 400).put("message", "A validation error occurred.");
            e.putArray("errors").addObject().put("field", "pids.doi").putArray("messages").add("A PID already exists for type doi");
            json(ex, 400, e);
            return;
        }
        ((ObjectNode) r.json.get("pids")).putObject("doi").put("identifier", "10.5281/zenodo." + r.json.get("id").asString())
                .put("provider", "datacite");
        json(ex, 201, r.json);
    }

    private void files(HttpExchange ex, Record r, String method) throws IOException {
        if (method.equals("POST")) {
            for (JsonNode k : readJson(ex)) {
                String key = k.path("key").asString();
                if (r.files.containsKey(key) || r.files.size() >= 100) {
                    error(ex, 400, r.files.size() >= 100 ? "Too many files." : "File with key " + key + " already exists.");
                    return;
                }
                r.files.put(key, null);
            }
        }
        ObjectNode list = JSON.createObjectNode();
        ArrayNode entries = list.putArray("entries");
        r.files.keySet().forEach(k -> entries.add(entry(r, k)));
        json(ex, method.equals("POST") ? 201 : 200, list);
    }

    private ObjectNode entry(Record r, String key) {
        byte[] bytes = r.files.get(key);
        ObjectNode e = JSON.createObjectNode().put("key", key).put("status", bytes == null ? "pending" : "completed");
        if (bytes != null) {
            e.put("checksum", "md5:" + hex("MD5", bytes)).put("size", bytes.length).put("mimetype", "application/zip");
        }
        return e;
    }

    private final Map<String, byte[]> uploaded = new ConcurrentHashMap<>();

    private void fileRoute(HttpExchange ex, String method, List<String> p, Record r) throws IOException {
        if (r == null || r.published || p.size() < 6 || !p.get(3).equals("draft") || !p.get(4).equals("files")
                || !r.files.containsKey(p.get(5))) {
            ex.getRequestBody().readAllBytes();
            error(ex, 404, "The requested file does not exist.");
            return;
        }
        String key = p.get(5);
        String action = p.size() > 6 ? p.get(6) : "";
        if (method.equals("PUT") && action.equals("content")) {
            uploaded.put(r.json.get("id").asString() + "/" + key, ex.getRequestBody().readAllBytes());
            json(ex, 200, entry(r, key));
        } else if (method.equals("POST") && action.equals("commit")) {
            byte[] bytes = uploaded.remove(r.json.get("id").asString() + "/" + key);
            if (bytes == null && r.files.get(key) == null) {
                error(ex, 400, "The file has no content.");
                return;
            }
            if (bytes != null) {
                r.files.put(key, corrupts(key) ? corrupted(bytes) : bytes);
            }
            json(ex, 200, entry(r, key));
        } else if (method.equals("DELETE") && action.isEmpty()) {
            r.files.remove(key);
            send(ex, 204, null, "");
        } else {
            error(ex, 405, "The method is not allowed for the requested URL.");
        }
    }

    private void publish(HttpExchange ex, Record r) throws IOException {
        if (r.files.isEmpty() || r.files.containsValue(null)) {
            error(ex, 400, "Files must be committed before publishing.");
            return;
        }
        r.published = true;
        r.json.put("is_published", true);
        ObjectNode pids = (ObjectNode) r.json.get("pids");
        if (!pids.has("doi")) {
            pids.putObject("doi").put("identifier", "10.5281/zenodo." + r.json.get("id").asString());
        }
        ((ObjectNode) r.json.get("parent")).putObject("pids").putObject("doi")
                .put("identifier", "10.5281/zenodo." + r.json.get("parent").get("id").asString().substring(1));
        json(ex, 202, r.json);
    }

    private void newVersion(HttpExchange ex, Record r) throws IOException {
        if (r == null || !r.published) {
            error(ex, 400, "Only published records can get a new version.");
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        ObjectNode m = (ObjectNode) r.json.get("metadata").deepCopy();
        m.remove("publication_date");
        m.remove("version");
        body.set("metadata", m);
        body.set("access", r.json.get("access"));
        Record next = newRecord(body, r.json.get("parent").get("id").asString());
        json(ex, 201, next.json);
    }

    private static void error(HttpExchange ex, int status, String message) throws IOException {
        json(ex, status, JSON.createObjectNode().put("status", status).put("message", message));
    }
}
