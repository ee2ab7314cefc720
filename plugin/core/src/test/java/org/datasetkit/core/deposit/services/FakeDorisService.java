package org.datasetkit.core.deposit.services;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SND's DORIS storage service (snd-sweden/doris-storage-adapter) as far as a depositor meets it: {@code PUT
 * uploads/{identifier}/{version}/{**filePath}} with an ES256 JWT whose {@code dataset_identifier} and
 * {@code dataset_version} must match the path (403 otherwise), role {@code write-draft-files} (403), expiry checked
 * with zero clock skew (401), {@code Content-Length} required (411), the path rules (400 "Invalid path."), 409
 * "Status mismatch." once the version is published; the body hashed as it is stored, {@code data/} prefixed, the
 * manifest line replaced, the {@code File} JSON returned with {@code sha256} and {@code contentSize}. Faults: those
 * of {@link FakeService}, plus a wrong checksum returned for a path, and every token expired.
 */
public final class FakeDorisService extends FakeService {

    /** A fixed key for the ITs, whose static token sits in their settings.xml (a test key: it signs nothing else). */
    private static final String IT_PRIVATE = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgAJqhwaueQWC7OnKW1oixL5Zc7OTEsr5K"
            + "5yI7CsHWzbOhRANCAARwgSDtbtrSdqRVDTBS5O1J9U/Zl9JXrHrUHlE3Q1YYT1EuTdT+e3c6gk53hzeuKeLXyQISMZhJfUBmDdisJsfp";
    private static final String IT_PUBLIC = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEcIEg7W7a0nakVQ0wUuTtSfVP2ZfSV6x61B5RN0NW"
            + "GE9RLk3U/nt3OoJOd4c3rini18kCEjGYSX1AZg3YrCbH6Q==";
    /** The audience of the IT tokens: a deployment's PublicUrl. */
    public static final String IT_AUDIENCE = "https://storage.doris.example/";

    /** A stored file: its bytes' checksum and size. */
    public record StoredFile(String sha256, long size) {}

    private final KeyPair keys;
    private final String audience;
    private final Map<String, TreeMap<String, StoredFile>> versions = new ConcurrentHashMap<>();
    private final Set<String> published = ConcurrentHashMap.newKeySet();
    private final Set<String> rejected = ConcurrentHashMap.newKeySet();
    private volatile Duration clockAhead = Duration.ZERO;

    private FakeDorisService(KeyPair keys, String audience) throws IOException {
        this.keys = keys;
        this.audience = audience;
    }

    /** A service with a key of its own; tokens from {@link #token}. */
    public static FakeDorisService start() throws IOException {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            FakeDorisService s = new FakeDorisService(g.generateKeyPair(), null);
            return s;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A service that accepts the ITs' static tokens (audience {@link #IT_AUDIENCE}). */
    public static FakeDorisService startForIt() throws IOException {
        try {
            KeyFactory f = KeyFactory.getInstance("EC");
            KeyPair keys = new KeyPair(f.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(IT_PUBLIC))),
                    f.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(IT_PRIVATE))));
            return new FakeDorisService(keys, IT_AUDIENCE);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String audience() {
        return audience != null ? audience : url().toString();
    }

    /** A token as DORIS issues it for one dataset version and role, valid for {@code life}. */
    public String token(String identifier, String version, String role, Duration life) {
        return token(identifier, version, role, Instant.now().plus(life));
    }

    public String token(String identifier, String version, String role, Instant expires) {
        ObjectNode claims = JSON.createObjectNode().put("iss", "https://doris.snd.se").put("aud", audience())
                .put("dataset_identifier", identifier).put("dataset_version", version).put("role", role)
                .put("exp", expires.getEpochSecond());
        String signingInput = b64("{\"alg\":\"ES256\",\"typ\":\"JWT\"}") + "." + b64(JSON.writeValueAsString(claims));
        try {
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
            s.initSign(keys.getPrivate());
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(s.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The service's clock runs this far ahead: every token issued for less is expired. */
    public void expireTokens(Duration ahead) {
        clockAhead = ahead;
    }

    /** Answers 400 "Invalid path." to uploads to paths ending so. */
    public void reject(String pathEnd) {
        rejected.add(pathEnd);
    }

    /** DORIS published the version (after review): bagit.txt exists, uploads get 409. */
    public void publish(String identifier, String version) {
        published.add(identifier + "/" + version);
    }

    /** The files of a version, by path relative to data/. */
    public Map<String, StoredFile> files(String identifier, String version) {
        return Map.copyOf(versions.getOrDefault(identifier + "/" + version, new TreeMap<>()));
    }

    /** The version's manifest-sha256.txt as the service keeps it. */
    public String manifest(String identifier, String version) {
        StringBuilder b = new StringBuilder();
        versions.getOrDefault(identifier + "/" + version, new TreeMap<>()).forEach((path, f) -> b.append(f.sha256())
                .append(" data/").append(path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D")).append('\n'));
        return b.toString();
    }

    @Override
    protected void route(HttpExchange ex, String method, List<String> path) throws IOException {
        if (!method.equals("PUT") || path.size() < 4 || !path.get(0).equals("uploads")) {
            problem(ex, 404, "Not Found", "No such endpoint in this fake.", null);
            return;
        }
        JsonNode claims = authenticate(ex);
        if (claims == null) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            send(ex, 401, null, "");
            return;
        }
        String identifier = path.get(1);
        String version = path.get(2);
        String filePath = String.join("/", path.subList(3, path.size()));
        if (!claims.path("role").asString("").equals("write-draft-files")
                || !claims.path("dataset_identifier").asString("").equals(identifier)
                || !claims.path("dataset_version").asString("").equals(version)) {
            send(ex, 403, null, "");
            return;
        }
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length == null) {
            problem(ex, 411, "Length Required", "Missing Content-Length.", null);
            return;
        }
        if (!validPath(filePath) || rejected.stream().anyMatch(filePath::endsWith)) {
            problem(ex, 400, "Validation error", "One or more validation errors occured.", "Invalid path.");
            return;
        }
        String key = identifier + "/" + version;
        if (published.contains(key)) {
            problem(ex, 409, "Status mismatch.", "Status mismatch.", null);
            return;
        }
        byte[] body = ex.getRequestBody().readAllBytes();
        if (body.length != Long.parseLong(length)) {
            problem(ex, 400, "Bad Request", "Unexpected end of request content.", null);
            return;
        }
        byte[] stored = corrupts(filePath) ? corrupted(body) : body;
        StoredFile file = new StoredFile(hex("SHA-256", stored), stored.length);
        versions.computeIfAbsent(key, k -> new TreeMap<>()).put(filePath, file);
        json(ex, 200, JSON.createObjectNode().put("contentSize", file.size()).putNull("dateCreated")
                .putNull("dateModified").put("encodingFormat", "application/octet-stream").put("name", filePath)
                .put("sha256", file.sha256()));
    }

    /** The claims of a valid, unexpired ES256 token for this service; null when there is none. */
    private JsonNode authenticate(HttpExchange ex) {
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = header.substring(7).split("\\.");
        try {
            JsonNode head = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
            s.initVerify(keys.getPublic());
            s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!head.path("alg").asString("").equals("ES256") || !s.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return null;
            }
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            long now = Instant.now().plus(clockAhead).getEpochSecond();
            return claims.path("aud").asString("").equals(audience()) && claims.path("exp").asLong(0) > now ? claims : null;
        } catch (RuntimeException | java.security.GeneralSecurityException e) {
            return null;
        }
    }

    private static boolean validPath(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static void problem(HttpExchange ex, int status, String title, String detail, String error)
            throws IOException {
        ObjectNode p = JSON.createObjectNode().put("type", "https://tools.ietf.org/html/rfc9110").put("title", title)
                .put("status", status).put("detail", detail).put("instance", ex.getRequestURI().getRawPath());
        if (error != null) {
            p.putArray("errors").addObject().put("message", error).put("target", "filePath");
        }
        ex.getRequestBody().readAllBytes();
        send(ex, status, "application/problem+json", JSON.writeValueAsString(p));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
