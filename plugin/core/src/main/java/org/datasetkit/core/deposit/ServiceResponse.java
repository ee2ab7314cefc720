package org.datasetkit.core.deposit;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A service's answer: its status, its headers as needed, and its body. */
record ServiceResponse(int status, Optional<String> retryAfter, byte[] body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as JSON; a body that is not JSON is an empty object, so a missing field reads as missing. */
    JsonNode json() {
        try {
            return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    /** What the service said, in a line: the problem's detail or message, else the start of the body. */
    String said() {
        JsonNode j = json();
        StringBuilder b = new StringBuilder();
        for (String field : new String[] {"title", "detail", "message"}) {
            if (j.path(field).isString() && !j.path(field).asString().isBlank()) {
                b.append(b.length() == 0 ? "" : " ").append(j.path(field).asString());
            }
        }
        for (JsonNode e : j.path("errors")) {
            b.append(" [").append(e.path("target").isMissingNode() ? e.path("field").asString("")
                    : e.path("target").asString("")).append(": ")
                    .append(e.path("message").isMissingNode() ? e.path("messages").toString() : e.path("message").asString(""))
                    .append(']');
        }
        if (b.length() == 0) {
            String t = text().strip();
            b.append(t.length() > 200 ? t.substring(0, 200) + "…" : t);
        }
        return b.toString();
    }

    static JsonMapper mapper() {
        return JSON;
    }
}
