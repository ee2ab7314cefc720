package org.datasetkit.core.deposit.services;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deposit service on loopback for tests: the JDK's HTTP server, a request log, and faults a test switches on by a
 * part of the request path (answer with a status some times, drop the connection half-way through the body some
 * times, drop every request from now on). Subclasses implement one service's documented contract. Public, with its
 * subclasses, so that the ITs' setup scripts can start one from the test jar.
 */
public abstract class FakeService implements AutoCloseable {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        // The JDK server writes a response's headers and body apart; with Nagle on, the body waits for the client's
        // delayed ACK (40 ms a request). Real services answer at once. Read once, when the first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<String> requests = new ArrayList<>();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> corruptions = new ConcurrentHashMap<>();

    /** A fault for requests whose path contains a text: {@code times} more times (negative: always). */
    private record Fault(int status, AtomicInteger times) {}

    protected FakeService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
    }

    /** The service's base URL, ending in a slash. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Answers {@code status} to the next {@code times} requests whose path contains {@code pathPart}. */
    public void answer(String pathPart, int status, int times) {
        faults.put(pathPart, new Fault(status, new AtomicInteger(times)));
    }

    /** Drops the connection half-way through the body of the next {@code times} matching requests (-1: always). */
    public void dropMidBody(String pathPart, int times) {
        faults.put(pathPart, new Fault(0, new AtomicInteger(times)));
    }

    public void clearFaults() {
        faults.clear();
        corruptions.clear();
    }

    /** Stores a changed copy of files whose name ends so, and reports its checksum (a corrupting network path). */
    public void corrupt(String nameEnd) {
        corrupt(nameEnd, -1);
    }

    /** Corrupts the next {@code times} uploads of files whose name ends so (-1: always). */
    public void corrupt(String nameEnd, int times) {
        corruptions.put(nameEnd, new AtomicInteger(times));
    }

    /** Whether this upload is one to corrupt. */
    protected boolean corrupts(String name) {
        return corruptions.entrySet().stream()
                .anyMatch(c -> name.endsWith(c.getKey()) && c.getValue().getAndDecrement() != 0);
    }

    /** Every request so far: "PUT /uploads/x/1/data/a.csv". */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** How many requests of this method went to paths containing the text. */
    public long count(String method, String pathPart) {
        return requests().stream().filter(r -> r.startsWith(method + " ") && r.contains(pathPart)).count();
    }

    protected abstract void route(HttpExchange ex, String method, List<String> path) throws IOException;

    private void dispatch(HttpExchange ex) throws IOException {
        try (ex) {
            String raw = ex.getRequestURI().getRawPath();
            synchronized (requests) {
                requests.add(ex.getRequestMethod() + " " + raw);
            }
            for (Map.Entry<String, Fault> f : faults.entrySet()) {
                if (raw.contains(f.getKey()) && f.getValue().times().getAndDecrement() != 0) {
                    if (f.getValue().status() == 0) {
                        drop(ex);
                        return;
                    }
                    ex.getRequestBody().readAllBytes();
                    // like a careless server, the error echoes the credential it was sent: the client must redact it
                    send(ex, f.getValue().status(), "application/json", "{\"status\":" + f.getValue().status()
                            + ",\"message\":\"injected fault; you sent " + credentialsOf(ex) + "\"}");
                    return;
                }
            }
            List<String> segments = new ArrayList<>();
            for (String s : raw.substring(1).split("/", -1)) {
                segments.add(java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
            route(ex, ex.getRequestMethod(), segments);
        } catch (RuntimeException e) {
            send(ex, 500, "application/json", "{\"status\":500,\"message\":\"" + e + "\"}");
        }
    }

    private static String credentialsOf(HttpExchange ex) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String key = ex.getRequestHeaders().getFirst("X-Dataverse-key");
        return (auth == null ? "" : "Authorization: " + auth) + (key == null ? "" : " X-Dataverse-key: " + key);
    }

    /** Reads half the declared body, then closes the connection without an answer. */
    private static void drop(HttpExchange ex) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        long half = length == null ? 1 : Long.parseLong(length) / 2;
        InputStream in = ex.getRequestBody();
        in.readNBytes((int) Math.min(half, Integer.MAX_VALUE));
        // closing an exchange that sent no headers closes the connection itself
    }

    protected static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        if (bytes.length == 0) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    protected static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
        send(ex, status, "application/json", JSON.writeValueAsString(body));
    }

    protected static JsonNode readJson(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
    }

    protected static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy with one byte changed: what a corrupting network path delivers. */
    protected static byte[] corrupted(byte[] bytes) {
        byte[] c = bytes.clone();
        if (c.length > 0) {
            c[c.length / 2] ^= 0x5a;
        }
        return c;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
