package org.datasetkit.core.export;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A document's identity derived from its own content, never random, so that the same inputs give the same bytes:
 * the document is written with {@link #PLACEHOLDER} where its identifier goes, and the name-based UUID of those
 * bytes replaces it. A changed document gets a new identifier, an unchanged one keeps its own.
 */
final class ContentUuid {

    /** Stands where the identifier goes until the content is known; no datasheet value can be mistaken for it. */
    static final String PLACEHOLDER = "urn:uuid:00000000-0000-0000-0000-000000000000";

    private ContentUuid() {}

    /** The text with every placeholder replaced by {@code prefix} + the UUID of the text as written. */
    static String fill(String text, String prefix) {
        UUID uuid = UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
        return text.replace(PLACEHOLDER, prefix + uuid);
    }
}
