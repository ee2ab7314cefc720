package org.datasetkit.consumers;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;

/**
 * Counts the properties of a JSON-LD document before and after expansion: a term the context does not define is
 * silently dropped by a JSON-LD processor, so the two counts differ exactly when a term is lost.
 */
final class JsonLdTerms {

    private JsonLdTerms() {}

    /**
     * Properties of the compact document: every key but keywords and the context's aliases of keywords (such as SPDX's
     * {@code type} and {@code spdxId}), below the top level's {@code @context}.
     */
    static long compact(JsonValue value, Set<String> keywordAliases) {
        long n = 0;
        if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                n += compact(v, keywordAliases);
            }
        } else if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                if (e.getKey().equals("@context")) {
                    continue;
                }
                boolean keyword = e.getKey().startsWith("@") || keywordAliases.contains(e.getKey());
                n += (keyword ? 0 : 1) + compact(e.getValue(), keywordAliases);
            }
        }
        return n;
    }

    /** Properties of node objects in the expanded document (value objects hold literals); their IRIs go to {@code iris}. */
    static long expanded(JsonValue value, Set<String> iris) {
        long n = 0;
        if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                n += expanded(v, iris);
            }
        } else if (value instanceof JsonObject object && !object.containsKey("@value")) {
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                if (!e.getKey().startsWith("@")) {
                    iris.add(e.getKey());
                    n += 1 + expanded(e.getValue(), iris);
                }
            }
        }
        return n;
    }
}
