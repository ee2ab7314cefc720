package org.datasetkit.core.deposit;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;

/**
 * The payload of a verified bag, as its SHA-256 manifest lists it: every file under the bag's {@code data/}, by its
 * path there, with its size and checksum, and its bytes read from the bag itself, so what is sent is what was
 * verified. A bag folder or a zip (read by entry); a tar.gz cannot be read by entry, so it is refused with the fix.
 */
final class BagPayload implements Closeable {

    private final List<DepositFile> files;
    private final byte[] manifest;
    private final Closeable archive;

    private BagPayload(List<DepositFile> files, byte[] manifest, Closeable archive) {
        this.files = List.copyOf(files);
        this.manifest = manifest;
        this.archive = archive;
    }

    static BagPayload open(Path bag) throws IOException, DatasetException {
        if (Files.isDirectory(bag, LinkOption.NOFOLLOW_LINKS)) {
            return folder(bag);
        }
        if (bag.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return zip(bag);
        }
        throw new DatasetException(Diagnostic.error("deposit.bag-format", bag.toString(),
                "the DORIS storage service takes the bag's payload file by file, which a tar.gz cannot give one at a time",
                "build the bundle as a zip or a folder (format zip or directory) for a DORIS deposit"));
    }

    /** The payload files, in the manifest's order, named by their path under the bag's {@code data/}. */
    List<DepositFile> files() {
        return files;
    }

    /** The bag's manifest-sha256.txt, as it is. */
    byte[] manifest() {
        return manifest.clone();
    }

    private static BagPayload folder(Path bag) throws IOException, DatasetException {
        Path manifestFile = bag.resolve("manifest-sha256.txt");
        byte[] manifest = Files.readAllBytes(manifestFile);
        List<DepositFile> files = new ArrayList<>();
        for (Map.Entry<String, String> line : parse(manifest, manifestFile.toString()).entrySet()) {
            Path file = bag.resolve(line.getKey());
            files.add(DepositFile.of(payloadName(line.getKey()), file, Files.size(file), "sha256:" + line.getValue()));
        }
        return new BagPayload(files, manifest, () -> {});
    }

    private static BagPayload zip(Path bag) throws IOException, DatasetException {
        ZipFile zip = ZipFile.builder().setPath(bag).get();
        try {
            Map<String, ZipArchiveEntry> byName = new HashMap<>();
            String top = null;
            for (ZipArchiveEntry e : (Iterable<ZipArchiveEntry>) () -> zip.getEntries().asIterator()) {
                byName.put(e.getName(), e);
                if (e.getName().endsWith("/manifest-sha256.txt") && e.getName().indexOf('/') == e.getName().length() - 20) {
                    top = e.getName().substring(0, e.getName().length() - "manifest-sha256.txt".length());
                }
            }
            if (top == null) {
                throw new DatasetException(Diagnostic.error("deposit.no-manifest", bag.toString(),
                        "the bag has no manifest-sha256.txt", "rebuild the bundle with the SHA-256 algorithm"));
            }
            byte[] manifest;
            try (InputStream in = zip.getInputStream(byName.get(top + "manifest-sha256.txt"))) {
                manifest = in.readAllBytes();
            }
            List<DepositFile> files = new ArrayList<>();
            for (Map.Entry<String, String> line : parse(manifest, bag + "!manifest-sha256.txt").entrySet()) {
                ZipArchiveEntry entry = byName.get(top + line.getKey());
                if (entry == null) {
                    throw new DatasetException(Diagnostic.error("deposit.bag-changed", bag.toString(),
                            "the manifest lists " + line.getKey() + " but the archive has no such entry",
                            "build and verify the bundle again"));
                }
                files.add(new DepositFile(payloadName(line.getKey()), entry.getSize(), "sha256:" + line.getValue(),
                        java.util.Optional.empty(), () -> zip.getInputStream(entry)));
            }
            return new BagPayload(files, manifest, zip);
        } catch (IOException | DatasetException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** Manifest lines {@code <hex> <path>} (one or more spaces), paths decoded as RFC 8493 §2.1.3 encodes them. */
    private static Map<String, String> parse(byte[] manifest, String where) throws IOException, DatasetException {
        Map<String, String> lines = new java.util.LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(manifest),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int space = line.indexOf(' ');
                int start = space + countSpaces(line, Math.max(0, space));
                if (space != 64 || !line.startsWith("data/", start)) {
                    throw new DatasetException(Diagnostic.error("deposit.bad-manifest", where,
                            "not a SHA-256 manifest line: " + line, "build and verify the bundle again"));
                }
                String path = line.substring(start);
                lines.put(path.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%"),
                        line.substring(0, 64).toLowerCase(Locale.ROOT));
            }
        }
        return lines;
    }

    private static int countSpaces(String line, int from) {
        int n = 0;
        while (from + n < line.length() && line.charAt(from + n) == ' ') {
            n++;
        }
        return n;
    }

    /** The path under the bag's payload folder: {@code data/data/x.csv} is {@code data/x.csv}. */
    private static String payloadName(String manifestPath) {
        return manifestPath.substring("data/".length());
    }

    @Override
    public void close() throws IOException {
        archive.close();
    }
}
