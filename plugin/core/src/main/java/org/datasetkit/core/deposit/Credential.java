package org.datasetkit.core.deposit;

import java.util.Objects;

/**
 * A token or password for a deposit service. Its text is only handed to the request header that needs it: it is not
 * in {@link #toString()}, and every message the deposit writes passes through {@link #redact(String)}.
 */
public final class Credential {

    private final String secret;
    private final String origin;

    private Credential(String secret, String origin) {
        this.secret = secret;
        this.origin = origin;
    }

    /**
     * @param secret the token or password
     * @param origin where it came from, for messages: "the settings.xml server 'zenodo'"
     */
    public static Credential of(String secret, String origin) {
        Objects.requireNonNull(secret, "secret");
        if (secret.isBlank()) {
            throw new IllegalArgumentException(origin + " holds no password or token");
        }
        return new Credential(secret.trim(), Objects.requireNonNull(origin, "origin"));
    }

    /** Where it came from: "the settings.xml server 'zenodo'". */
    public String origin() {
        return origin;
    }

    /** The secret itself, for a request header only. */
    String reveal() {
        return secret;
    }

    /** The text with every occurrence of the secret masked. */
    public String redact(String text) {
        return text == null ? null : text.replace(secret, "****");
    }

    @Override
    public String toString() {
        return "Credential[" + origin + ", ****]";
    }
}
