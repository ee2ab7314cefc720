package org.datasetkit.core.fixity;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.datasetkit.core.dataset.PathOrder;

/**
 * Renders BagIt manifests exactly per RFC 8493: {@code checksum␠␠path} lines (two spaces, so coreutils
 * {@code sha256sum -c} can check them too), lower-case hex, percent-encoded paths, LF endings, sorted by the
 * encoded path's bytes so the same payload always gives the same file.
 */
public final class ManifestWriter {

    private ManifestWriter() {}

    /** The payload manifest of {@code algorithm} for a fixity result, paths under {@code data/}. */
    public static byte[] payloadManifest(FixityResult result, DigestAlgorithm algorithm) {
        return payloadManifest(result, algorithm, List.of());
    }

    /** The payload manifest of the dataset's files and some more (generated files), paths under {@code data/}. */
    public static byte[] payloadManifest(FixityResult result, DigestAlgorithm algorithm, List<ManifestEntry> more) {
        if (more.isEmpty() && result.files().stream().noneMatch(f -> ManifestPath.needsEncoding(f.file().path()))) {
            return inDatasetOrder(result, algorithm);
        }
        List<ManifestEntry> entries = new ArrayList<>(result.files().size() + more.size());
        entries.addAll(more);
        for (FileFixity f : result.files()) {
            entries.add(new ManifestEntry(f.digest(algorithm), f.file().bagPath()));
        }
        return render(entries);
    }

    /**
     * Writes the payload manifest of the dataset's files and some more (generated files) to {@code out}, line by line:
     * the same bytes as {@link #payloadManifest(FixityResult, DigestAlgorithm, List)}, without holding the whole file
     * (a million files make a manifest of 100 MB). The dataset's files are merged in path order with the few more.
     */
    public static void writePayloadManifest(FixityResult result, DigestAlgorithm algorithm, List<ManifestEntry> more,
            OutputStream out) throws IOException {
        if (result.files().stream().anyMatch(f -> ManifestPath.needsEncoding(f.file().path()))) {
            out.write(payloadManifest(result, algorithm, more)); // encoding can change the order: sorted whole, rarely
            return;
        }
        List<String[]> extra = new ArrayList<>(more.size());
        for (ManifestEntry e : more) {
            extra.add(new String[] {ManifestPath.encode(e.path()), e.checksum().toLowerCase(java.util.Locale.ROOT)});
        }
        extra.sort((a, b) -> PathOrder.INSTANCE.compare(a[0], b[0]));
        Utf8Buffer text = new Utf8Buffer(1 << 16);
        int next = 0;
        for (FileFixity f : result.files()) {
            String path = f.file().bagPath();
            for (; next < extra.size() && PathOrder.INSTANCE.compare(extra.get(next)[0], path) < 0; next++) {
                line(text, extra.get(next)[1], extra.get(next)[0]);
            }
            line(text, f, algorithm, path);
            if (text.length() >= 1 << 16) {
                text.writeTo(out);
                text.clear();
            }
        }
        for (; next < extra.size(); next++) {
            line(text, extra.get(next)[1], extra.get(next)[0]);
        }
        text.writeTo(out);
    }

    /**
     * The manifest written straight from the result: the dataset's files are in path order, and with no path to
     * encode that is the manifest's order; their checksums are lower-case hex already.
     */
    private static byte[] inDatasetOrder(FixityResult result, DigestAlgorithm algorithm) {
        Utf8Buffer text = new Utf8Buffer(result.files().size() * (algorithm.hexLength() + 48));
        for (FileFixity f : result.files()) {
            line(text, f, algorithm, f.file().bagPath());
        }
        return text.toByteArray();
    }

    public static byte[] render(Collection<ManifestEntry> entries) {
        List<String[]> lines = new ArrayList<>(entries.size());
        for (ManifestEntry e : entries) {
            lines.add(new String[] {ManifestPath.encode(e.path()), e.checksum().toLowerCase(java.util.Locale.ROOT)});
        }
        lines.sort((a, b) -> PathOrder.INSTANCE.compare(a[0], b[0]));
        Utf8Buffer text = new Utf8Buffer(lines.size() * 112);
        for (String[] line : lines) {
            line(text, line[1], line[0]);
        }
        return text.toByteArray();
    }

    /** A dataset file's line, its checksum spelt straight from its bytes. */
    private static void line(Utf8Buffer text, FileFixity f, DigestAlgorithm algorithm, String encodedPath) {
        f.appendHex(algorithm, text);
        text.append("  ").append(encodedPath).append('\n');
    }

    /** One manifest line: lower-case checksum, two spaces, encoded path, LF. */
    private static void line(Utf8Buffer text, String checksum, String encodedPath) {
        text.append(checksum).append("  ").append(encodedPath).append('\n');
    }
}
