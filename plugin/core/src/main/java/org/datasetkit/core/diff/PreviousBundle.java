package org.datasetkit.core.diff;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.ManifestEntry;
import org.datasetkit.core.fixity.ManifestPath;
import org.datasetkit.core.fixity.ManifestReader;

/**
 * The previous release's bundle — a zip or a bag folder — read by its manifest and tag files. The payload is never
 * extracted: a zip is read through its central directory, and a payload file is read only when asked for (the
 * datasheet, a table whose checksum changed).
 */
public final class PreviousBundle implements Closeable {

    /** Tag and metadata files are small; a bigger one is not what this reader expects. */
    private static final long MAX_READ = 64L * 1024 * 1024;

    private final Path source;
    private final Optional<ZipFile> zip;
    private final String base;
    private final Map<String, String> bagInfo;
    private final Map<String, String> manifest;

    private PreviousBundle(Path source, Optional<ZipFile> zip, String base, DigestAlgorithm algorithm) throws IOException,
            DatasetException {
        this.source = source;
        this.zip = zip;
        this.base = base;
        Charset encoding = encoding();
        this.bagInfo = tags(read("bag-info.txt").map(b -> new String(b, encoding)).orElse(""));
        byte[] manifestBytes = read(algorithm.manifestFileName()).orElseThrow(() -> refused(
                "has no " + algorithm.manifestFileName(), "compare with a release bagged with " + algorithm.bagitName()
                        + ", or add " + algorithm.bagitName() + " to the checksum algorithms of this one"));
        this.manifest = java.util.Collections.unmodifiableMap(payloadChecksums(manifestBytes, encoding, algorithm));
    }

    /**
     * The manifest's payload entries by path under {@code data/}. A manifest this tool wrote ({@code <hex>  data/<path>}
     * lines) is split by hand, several times faster than the general reader; anything else goes to
     * {@link ManifestReader}, which also accepts the legacy forms of older bags.
     */
    static Map<String, String> payloadChecksums(byte[] manifest, Charset encoding, DigestAlgorithm algorithm) {
        int hex = algorithm.hexLength();
        String text = new String(manifest, encoding);
        Map<String, String> byPath = new HashMap<>(Math.max(16, text.length() / (hex + 24) * 2));
        int at = 0;
        int length = text.length();
        while (at < length) {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                end = length;
            }
            if (end - at < hex + 8 || text.charAt(at + hex) != ' ' || text.charAt(at + hex + 1) != ' '
                    || !text.startsWith("data/", at + hex + 2) || text.charAt(end - 1) == '\r' || !lowerHex(text, at, hex)) {
                return slowly(manifest, encoding, algorithm);
            }
            String path = text.substring(at + hex + 7, end);
            byPath.put(path.indexOf('%') >= 0 ? ManifestPath.decode(path) : path, text.substring(at, at + hex));
            at = end + 1;
        }
        return byPath;
    }

    private static boolean lowerHex(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> slowly(byte[] manifest, Charset encoding, DigestAlgorithm algorithm) {
        ManifestReader.Parsed parsed = ManifestReader.read(algorithm.manifestFileName(), manifest, encoding,
                algorithm.hexLength());
        Map<String, String> byPath = new HashMap<>(parsed.entries().size() * 2);
        for (ManifestEntry e : parsed.entries()) {
            if (e.path().startsWith("data/")) {
                byPath.put(e.path().substring(5), e.checksum());
            }
        }
        return byPath;
    }

    /**
     * Opens a bundle: a {@code .zip} archive, a bag folder, or a folder holding exactly one bag folder.
     *
     * @param algorithm the manifest to read (the primary algorithm of the build comparing with it)
     */
    public static PreviousBundle open(Path bundle, DigestAlgorithm algorithm) throws IOException, DatasetException {
        if (Files.isDirectory(bundle)) {
            Path bag = Files.isRegularFile(bundle.resolve("bagit.txt")) ? bundle : onlyBagIn(bundle);
            return new PreviousBundle(bag, Optional.empty(), "", algorithm);
        }
        if (!Files.isRegularFile(bundle)) {
            throw new DatasetException(Diagnostic.error("diff.previous-missing", bundle.toString(),
                    "the previous release's bundle does not exist", "name an existing .zip bundle or bag folder"));
        }
        if (!bundle.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new DatasetException(Diagnostic.error("diff.previous-format", bundle.toString(),
                    "cannot read the previous release from this file: only a .zip bundle or a bag folder is compared",
                    "name the release's .zip bundle, or an extracted bag folder"));
        }
        ZipFile zip = new ZipFile(bundle.toFile(), StandardCharsets.UTF_8);
        try {
            return new PreviousBundle(bundle, Optional.of(zip), zipBase(zip, bundle), algorithm);
        } catch (IOException | DatasetException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** Where the bundle is, as the user named it. */
    public Path source() {
        return source;
    }

    /** The bag's base directory name: the one folder of the zip, or the bag folder's own name. */
    public String bagName() {
        if (!base.isEmpty()) {
            return base.substring(0, base.length() - 1);
        }
        Path name = source.getFileName();
        return name == null ? source.toString() : name.toString();
    }

    /** The payload's checksums by path relative to {@code data/}, as the manifest lists them. */
    public Map<String, String> manifest() {
        return manifest;
    }

    /** The bag-info.txt fields by label (the last value of a repeated label). */
    public Map<String, String> bagInfo() {
        return bagInfo;
    }

    /** A payload file's bytes (path relative to {@code data/}), or empty when the bag has no such file. */
    public Optional<byte[]> payload(String path) throws IOException {
        return read("data/" + path);
    }

    private Optional<byte[]> read(String path) throws IOException {
        if (zip.isPresent()) {
            ZipEntry entry = zip.get().getEntry(base + path);
            if (entry == null || entry.isDirectory()) {
                return Optional.empty();
            }
            try (InputStream in = zip.get().getInputStream(entry)) {
                return Optional.of(limited(in, path));
            }
        }
        Path file = source.resolve(path).normalize();
        if (!file.startsWith(source) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(limited(in, path));
        }
    }

    private byte[] limited(InputStream in, String path) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(MAX_READ + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > MAX_READ) {
            throw new IOException(source + ": " + path + " is larger than " + MAX_READ + " bytes; not read");
        }
        return bytes;
    }

    private Charset encoding() throws IOException {
        String declared = tags(read("bagit.txt").map(b -> new String(b, StandardCharsets.UTF_8)).orElse(""))
                .getOrDefault("Tag-File-Character-Encoding", "UTF-8");
        try {
            return Charset.forName(declared.trim());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** {@code Label: value} lines, continuation lines joined (RFC 8493 §2.2.2). */
    static Map<String, String> tags(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String last = null;
        for (String raw : text.split("\r?\n")) {
            if (!raw.isEmpty() && Character.isWhitespace(raw.charAt(0)) && last != null) {
                out.put(last, out.get(last) + " " + raw.trim());
                continue;
            }
            int colon = raw.indexOf(':');
            if (colon > 0) {
                last = raw.substring(0, colon).trim();
                out.put(last, raw.substring(colon + 1).trim());
            }
        }
        return out;
    }

    private static String zipBase(ZipFile zip, Path bundle) throws DatasetException {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            int slash = name.indexOf('/');
            if (name.endsWith("/bagit.txt") && slash == name.length() - "/bagit.txt".length()) {
                return name.substring(0, slash + 1);
            }
        }
        throw new DatasetException(Diagnostic.error("diff.previous-not-a-bag", bundle.toString(),
                "is not a bag archive: no <name>/bagit.txt entry", "name the previous release's bundle (.zip)"));
    }

    private static Path onlyBagIn(Path folder) throws IOException, DatasetException {
        try (var list = Files.list(folder)) {
            var bags = list.filter(p -> Files.isRegularFile(p.resolve("bagit.txt"))).toList();
            if (bags.size() == 1) {
                return bags.get(0);
            }
        }
        throw new DatasetException(Diagnostic.error("diff.previous-not-a-bag", folder.toString(),
                "is not a bag folder: no bagit.txt in it (or in exactly one folder inside it)",
                "name the previous release's bag folder or .zip bundle"));
    }

    private DatasetException refused(String what, String fix) {
        return new DatasetException(Diagnostic.error("diff.previous-unreadable", source.toString(), what, fix));
    }

    @Override
    public void close() throws IOException {
        if (zip.isPresent()) {
            zip.get().close();
        }
    }
}
