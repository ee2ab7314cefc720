package org.datasetkit.core.bag;

import java.util.Objects;

/**
 * One line of {@code fetch.txt} (RFC 8493 §2.2.3): a payload file the bag lists in its manifests but does not hold,
 * and where to get it.
 *
 * @param url where the file is fetched from: an absolute URL, or a reference relative to the bag's base directory
 *     ({@code ../other-bag/data/...}, SND's form), percent-encoded as RFC 3986 requires
 * @param length the file's size in bytes
 * @param path the file's path inside the bag ({@code data/...}), as the manifests list it (not yet encoded)
 */
public record FetchEntry(String url, long length, String path) {

    public FetchEntry {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(path, "path");
        if (url.isEmpty() || url.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a fetch URL is one word without whitespace: '" + url + "'");
        }
        if (length < 0) {
            throw new IllegalArgumentException("a fetch length is never negative: " + length);
        }
        if (!path.startsWith("data/")) {
            throw new IllegalArgumentException("fetch.txt lists payload files only: '" + path + "'");
        }
    }
}
