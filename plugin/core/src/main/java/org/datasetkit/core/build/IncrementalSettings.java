package org.datasetkit.core.build;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.datasetkit.core.bag.FetchFile;

/**
 * Whether the bundle carries the files unchanged since the previous release by reference ({@code fetch.txt}) instead
 * of their bytes, and where they are fetched from.
 *
 * @param fetch true to write unchanged files as fetch.txt lines; false for a complete bag (the default)
 * @param previousUrl the URL of a carried file, with {@code {previousVersion}} and {@code {path}} (the file's path in
 *     the payload, under {@code data/}, percent-encoded); empty for SND's relative form
 *     {@code ../<id>-<previousVersion>/data/<path>}
 */
public record IncrementalSettings(boolean fetch, Optional<String> previousUrl) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    public IncrementalSettings {
        previousUrl = previousUrl.map(String::trim).filter(s -> !s.isEmpty());
        previousUrl.ifPresent(IncrementalSettings::checkTemplate);
    }

    public static IncrementalSettings none() {
        return new IncrementalSettings(false, Optional.empty());
    }

    /** A URL template, checked as the settings would check it; empty stays empty. */
    public static Optional<String> checked(Optional<String> template) {
        return new IncrementalSettings(false, template).previousUrl();
    }

    /** {@code none} or {@code fetch}; anything else is refused before any work starts. */
    public static boolean parseMode(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "none" -> false;
            case "fetch" -> true;
            default -> throw new IllegalArgumentException("must be none or fetch, not '" + value + "'");
        };
    }

    /**
     * The URL of a carried file.
     *
     * @param previousVersion the previous release's version
     * @param defaultBase the base of SND's relative form, {@code ../<id>-<previousVersion>/data/}, used without a template
     * @param path the file's path relative to the bag's {@code data/}
     */
    String url(String previousVersion, String defaultBase, String path) {
        String encoded = FetchFile.encodeSegments(path);
        if (previousUrl.isEmpty()) {
            return FetchFile.encodeSegments(defaultBase) + encoded;
        }
        return previousUrl.get().replace("{previousVersion}", FetchFile.encodeSegments(previousVersion))
                .replace("{path}", encoded);
    }

    /** A template names the file ({path}), knows no other placeholder, and makes a URL with no whitespace. */
    private static void checkTemplate(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!m.group(1).equals("path") && !m.group(1).equals("previousVersion")) {
                throw new IllegalArgumentException("'" + template + "' has the placeholder {" + m.group(1)
                        + "}; only {previousVersion} and {path} are known");
            }
        }
        if (!template.contains("{path}")) {
            throw new IllegalArgumentException("'" + template + "' does not name the file: put {path} where the file's"
                    + " path under data/ goes, e.g. https://example.org/files/{previousVersion}/{path}");
        }
        String sample = template.replace("{previousVersion}", "1.0.0").replace("{path}", "data/a.txt");
        if (sample.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("'" + template + "' holds whitespace; a fetch URL is one word (write %20)");
        }
        try {
            Objects.requireNonNull(new URI(sample));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + template + "' does not make a URL: " + e.getReason()
                    + " (RFC 3986: percent-encode what a URL may not hold)");
        }
    }
}
