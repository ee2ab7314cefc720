package org.datasetkit.core.copies;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the fingerprints another dataset publishes, in whichever form it publishes them: a datasetkit bundle (zip or
 * folder, its {@code data/metadata/fingerprints.tsv}), a bare {@code fingerprints.tsv}, a BagIt bag (its
 * {@code manifest-sha256.txt}), a Croissant file (its {@code sha256} values), a {@code sha256sum} listing, or a
 * Hugging Face tree listing (the LFS {@code oid}s, which are the files' SHA-256).
 *
 * @throws IllegalArgumentException in {@link #read}: what is wrong with the file, for the user's message
 */
public final class ReferenceReader {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final String BUNDLED = "data/metadata/" + FingerprintFile.FILE_NAME;

    public Reference read(Path source) throws IOException {
        String fallback = source.getFileName().toString();
        if (Files.isDirectory(source)) {
            for (String candidate : List.of(BUNDLED, FingerprintFile.FILE_NAME, "manifest-sha256.txt")) {
                if (Files.isRegularFile(source.resolve(candidate))) {
                    return text(Files.readString(source.resolve(candidate), StandardCharsets.UTF_8), fallback);
                }
            }
            throw new IllegalArgumentException("the folder holds no " + BUNDLED + ", " + FingerprintFile.FILE_NAME
                    + " or manifest-sha256.txt");
        }
        if (source.toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return zip(source, fallback);
        }
        return text(Files.readString(source, StandardCharsets.UTF_8), fallback);
    }

    private Reference zip(Path source, String fallback) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile())) {
            Optional<? extends ZipEntry> ours = zip.stream().filter(e -> e.getName().endsWith("/" + BUNDLED))
                    .findFirst();
            Optional<? extends ZipEntry> entry = ours.isPresent() ? ours
                    : zip.stream().filter(e -> e.getName().endsWith("manifest-sha256.txt")
                            && !e.getName().endsWith("tagmanifest-sha256.txt")).findFirst();
            if (entry.isEmpty()) {
                throw new IllegalArgumentException("the zip holds no " + BUNDLED + " and no manifest-sha256.txt");
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(zip.getInputStream(entry.get()),
                    StandardCharsets.UTF_8))) {
                return text(in.lines().reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'),
                        StringBuilder::append).toString(), fallback);
            }
        }
    }

    private Reference text(String content, String fallback) throws IOException {
        String trimmed = content.stripLeading();
        if (FingerprintFile.isOne(trimmed.lines().findFirst().orElse(null))) {
            return FingerprintFile.read(new BufferedReader(new StringReader(trimmed)), fallback);
        }
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return json(JsonMapper.builder().build().readTree(trimmed), fallback);
            } catch (JacksonException e) {
                throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
            }
        }
        return checksumListing(content, fallback);
    }

    /** {@code <hex> <path>} per line: sha256sum (with {@code *} for binary), BagIt manifests, DORIS sha256.txt. */
    private static Reference checksumListing(String content, String fallback) {
        List<FileFingerprint> files = new ArrayList<>();
        int n = 0;
        for (String line : content.split("\n")) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\s+", 2);
            if (parts.length < 2 || !SHA256.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException("line " + n + ": expected \"<sha256 hex> <path>\" as sha256sum or a"
                        + " BagIt manifest writes it");
            }
            String path = parts[1].startsWith("*") ? parts[1].substring(1) : parts[1];
            files.add(FileFingerprint.checksumOnly(path.startsWith("data/") ? path.substring(5) : path,
                    parts[0].toLowerCase(Locale.ROOT)));
        }
        return new Reference(fallback, files);
    }

    /** Croissant ({@code distribution[].sha256}) or a Hugging Face tree listing ({@code [].lfs.oid}). */
    private static Reference json(JsonNode root, String fallback) {
        List<FileFingerprint> files = new ArrayList<>();
        if (root.isArray()) {
            for (JsonNode f : root) {
                String oid = f.path("lfs").path("oid").asString("");
                if (SHA256.matcher(oid).matches()) {
                    files.add(FileFingerprint.checksumOnly(f.path("path").asString(""), oid.toLowerCase(Locale.ROOT)));
                }
            }
            return new Reference(fallback, files);
        }
        // Hugging Face's generated Croissant has a URL where the hash should be: only real hex counts
        for (JsonNode d : root.path("distribution")) {
            String sha = d.path("sha256").asString("");
            if (SHA256.matcher(sha).matches()) {
                files.add(FileFingerprint.checksumOnly(d.path("name").asString(d.path("contentUrl").asString("")),
                        sha.toLowerCase(Locale.ROOT)));
            }
        }
        return new Reference(root.path("name").asString(fallback), files);
    }
}
