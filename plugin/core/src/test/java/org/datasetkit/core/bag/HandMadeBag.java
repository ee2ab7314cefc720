package org.datasetkit.core.bag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.datasetkit.core.fixity.DigestAlgorithm;

/** A bag folder written file by file, the way other tools and the BagIt drafts lay them out, for verifier tests. */
final class HandMadeBag {

    private final Path root;
    private final Map<String, byte[]> payload = new LinkedHashMap<>();

    HandMadeBag(Path root) {
        this.root = root;
    }

    HandMadeBag file(String path, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        payload.put(path, bytes);
        write(path, bytes);
        return this;
    }

    HandMadeBag tag(String name, String content) throws IOException {
        write(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    HandMadeBag declaration(String version) throws IOException {
        return tag("bagit.txt", "BagIt-Version: " + version + "\nTag-File-Character-Encoding: UTF-8\n");
    }

    /** A manifest line for every payload file, each path written through {@code spell}. */
    HandMadeBag manifest(String algorithm, java.util.function.UnaryOperator<String> spell) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, byte[]> e : payload.entrySet()) {
            lines.append(hex(algorithm, e.getValue())).append("  ").append(spell.apply(e.getKey())).append('\n');
        }
        return tag("manifest-" + algorithm + ".txt", lines.toString());
    }

    static String hex(String algorithm, byte[] content) throws Exception {
        String jca = switch (algorithm) {
            case "sha1" -> "SHA-1";
            case "md5" -> "MD5";
            default -> "SHA-" + algorithm.substring(3);
        };
        return DigestAlgorithm.toHex(MessageDigest.getInstance(jca).digest(content));
    }

    Path root() {
        return root;
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
