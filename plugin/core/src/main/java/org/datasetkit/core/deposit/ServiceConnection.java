package org.datasetkit.core.deposit;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;

/**
 * Requests to one service, retried while they may still succeed (a dropped connection, a 5xx, a 429, whatever else
 * the caller names) with growing waits, and refused with a message that says what to do when they cannot (a 4xx). The
 * credential goes only into the header the caller names; every message is redacted.
 */
final class ServiceConnection {

    /** What retries while the request is unchanged: the service's trouble, not the request's. */
    static final Predicate<ServiceResponse> TRANSIENT = r -> r.status() >= 500 || r.status() == 429 || r.status() == 408;

    private final HttpClient client;
    private final RetryPolicy retry;
    private final Optional<Credential> credential;
    private final Consumer<String> out;

    ServiceConnection(RetryPolicy retry, Optional<Credential> credential, Consumer<String> out) {
        // HTTP/1.1: one request per file over a kept-alive connection; no h2c upgrade dance on plain http
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.retry = retry;
        this.credential = credential;
        this.out = out;
    }

    /** A request to {@code url} carrying the credential in {@code header} ({@code Authorization} gets "Bearer "). */
    HttpRequest.Builder request(URI url, String header) throws DatasetException {
        Credential c = credential.orElseThrow(() -> new DatasetException(Diagnostic.error("deposit.no-credentials",
                url.getScheme() + "://" + url.getAuthority() + "/", "no token or password for the service",
                "add a <server> with the token as <password> to settings.xml and name it with dataset.depositServer")));
        String value = header.equals("Authorization") ? "Bearer " + c.reveal() : c.reveal();
        return HttpRequest.newBuilder(url).header(header, value);
    }

    /** Sends, retrying transient failures; any final answer is returned, even a 4xx, for the caller to judge. */
    ServiceResponse send(String what, Supplier<HttpRequest> request, Predicate<ServiceResponse> retryable)
            throws IOException {
        return send(what, request, retryable, true);
    }

    /** Sends; with {@code retryLostAnswers} false a dropped connection is thrown at once, for the caller to check. */
    ServiceResponse send(String what, Supplier<HttpRequest> request, Predicate<ServiceResponse> retryable,
            boolean retryLostAnswers) throws IOException {
        for (int attempt = 1; ; attempt++) {
            String trouble;
            Optional<Duration> asked = Optional.empty();
            try {
                HttpResponse<byte[]> r = client.send(request.get(), HttpResponse.BodyHandlers.ofByteArray());
                ServiceResponse response = new ServiceResponse(r.statusCode(), r.headers().firstValue("Retry-After"),
                        r.body());
                if (!retryable.test(response)) {
                    return response;
                }
                if (attempt >= retry.attempts()) {
                    return response;
                }
                trouble = "HTTP " + response.status() + " " + redact(response.said());
                asked = response.retryAfter().flatMap(ServiceConnection::seconds);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException(what + ": interrupted");
            } catch (IOException e) {
                if (attempt >= retry.attempts() || !retryLostAnswers) {
                    throw new IOException(redact(what + ": no answer after " + attempt + " attempts: " + describe(e)
                            + "; run again later: what the service confirmed is not sent again"), e);
                }
                trouble = describe(e);
            }
            Duration wait = asked.map(retry::capped).orElse(retry.delayBefore(attempt + 1));
            out.accept(redact(String.format(Locale.ROOT, "%s: %s; try %d of %d in %s", what, trouble, attempt + 1,
                    retry.attempts(), wait.toMillis() < 1000 ? wait.toMillis() + " ms" : wait.toSeconds() + " s")));
            pause(wait);
        }
    }

    /**
     * Sends a request that makes something (a record, a dataset) once: a retry after a lost answer could make it
     * twice, so a dropped connection is not retried but said, with what to check.
     */
    ServiceResponse sendOnce(String what, HttpRequest request) throws IOException {
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new ServiceResponse(r.statusCode(), r.headers().firstValue("Retry-After"), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(what + ": interrupted");
        } catch (IOException e) {
            throw new IOException(redact(what + ": the answer was lost (" + describe(e) + "); the service may have made"
                    + " the record all the same: look for it there, and name it in the configuration before running"
                    + " again"), e);
        }
    }

    /** The refusal of a final 4xx or 5xx answer, with what to do about it. */
    DatasetException refused(String what, ServiceResponse r, String hint409) {
        String origin = credential.map(Credential::origin).orElse("the configured credentials");
        String hint = switch (r.status()) {
            case 401 -> "the service did not accept the token or password from " + origin
                    + ": renew it (an expired token too) and run again; files already confirmed are not sent again";
            case 403 -> "the credentials from " + origin + " are not allowed to do this: use a token for this record"
                    + " with the right to write (and, to publish, to publish)";
            case 404 -> "check the service URL and the record named in the configuration";
            case 409 -> hint409;
            case 411 -> "the service needs a Content-Length: a proxy may have dropped it";
            case 413 -> "the file is over the service's size limit: ask the repository for a larger quota, or split the"
                    + " dataset";
            case 429 -> "the service is rate-limiting this account: wait, then run again; confirmed files are not sent"
                    + " again";
            default -> r.status() >= 500 ? "the service failed; run again later: confirmed files are not sent again"
                    : "the service rejected the request: fix what it names";
        };
        return new DatasetException(Diagnostic.error("deposit.http-" + r.status(), what,
                redact("the service answered HTTP " + r.status() + ": " + r.said()), redact(hint)));
    }

    String redact(String text) {
        return credential.map(c -> c.redact(text)).orElse(text);
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static Optional<Duration> seconds(String retryAfter) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim()))));
        } catch (NumberFormatException e) {
            return Optional.empty(); // an HTTP date: fall back to our own backoff
        }
    }

    private static void pause(Duration wait) throws InterruptedIOException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }
}
