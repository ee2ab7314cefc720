package org.datasetkit.core.copies;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The published fingerprints, {@code fingerprints.tsv}: what anyone can check a later copy against. UTF-8, one
 * line per payload file sorted by path, no time stamps (the same files give the same bytes), tab-separated:
 * {@code path size sha256 kind pixels phash sop series study rows}, {@code -} for an empty field, rows as
 * comma-separated 128-bit hashes. A path's {@code %}, tab, CR and LF are percent-encoded, as BagIt does.
 * Labels and splits are left out on purpose: membership of a case/control group is itself sensitive.
 */
public final class FingerprintFile {

    public static final String FILE_NAME = "fingerprints.tsv";
    /** Where the bag carries it, relative to {@code data/}. */
    public static final String BAG_PATH = "metadata/" + FILE_NAME;
    static final String MAGIC = "# datasetkit fingerprints 1 " + PerceptualHash.RECIPE;
    private static final String DATASET = "# dataset ";

    private FingerprintFile() {}

    /** The file's text for a dataset called {@code name} (its identifier, or its title). */
    public static String write(String name, List<FileFingerprint> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(name, files, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The same bytes, written line by line to {@code out} (left open): the text of a million files as one String was
     * the largest thing the copy check held.
     */
    public static void write(String name, List<FileFingerprint> files, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.append(MAGIC).append('\n');
        w.append(DATASET).append(name.replaceAll("[\\r\\n]", " ")).append('\n');
        w.append("# path\tsize\tsha256\tkind\tpixels\tphash\tsop\tseries\tstudy\trows\n");
        FileFingerprint[] sorted = files.toArray(FileFingerprint[]::new);
        Arrays.sort(sorted, Comparator.comparing(FileFingerprint::path));
        for (FileFingerprint f : sorted) {
            w.append(line(f)).append('\n');
        }
        w.flush();
    }

    private static String line(FileFingerprint f) {
        Optional<FileFingerprint.DicomUids> u = f.uids();
        return String.join("\t", encode(f.path()), Long.toString(f.size()), f.sha256(), f.kind(),
                f.pixels().orElse("-"), f.phash().isPresent() ? hex(f.phash().getAsLong()) : "-",
                dash(u.map(FileFingerprint.DicomUids::sop)), dash(u.map(FileFingerprint.DicomUids::series)),
                dash(u.map(FileFingerprint.DicomUids::study)), f.rows().isEmpty() ? "-" : String.join(",", f.rows()));
    }

    /** Whether a text starts as this format does. */
    static boolean isOne(String firstLine) {
        return firstLine != null && firstLine.startsWith("# datasetkit fingerprints ");
    }

    /**
     * Reads the format; {@code fallbackName} names the dataset when the file does not.
     *
     * @throws IllegalArgumentException naming the line, for a file of another recipe or a damaged line
     */
    static Reference read(BufferedReader in, String fallbackName) throws IOException {
        String first = in.readLine();
        if (!MAGIC.equals(first)) {
            throw new IllegalArgumentException("line 1: not datasetkit fingerprints of recipe " + PerceptualHash.RECIPE
                    + " (found \"" + first + "\")");
        }
        String name = fallbackName;
        List<FileFingerprint> files = new ArrayList<>();
        String line;
        int n = 1;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.startsWith(DATASET)) {
                name = line.substring(DATASET.length()).trim();
            } else if (!line.startsWith("#") && !line.isBlank()) {
                files.add(parse(line, n));
            }
        }
        return new Reference(name, files);
    }

    private static FileFingerprint parse(String line, int n) {
        String[] f = line.split("\t", -1);
        if (f.length != 10 || !f[2].matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("line " + n + ": expected 10 tab-separated fields with a SHA-256 third");
        }
        Optional<FileFingerprint.DicomUids> uids = f[6].equals("-") && f[7].equals("-") && f[8].equals("-")
                ? Optional.empty()
                : Optional.of(new FileFingerprint.DicomUids(undash(f[6]), undash(f[7]), undash(f[8])));
        try {
            return new FileFingerprint(decode(f[0]), Long.parseLong(f[1]), f[2], f[3],
                    f[4].equals("-") ? Optional.empty() : Optional.of(f[4]),
                    f[5].equals("-") ? OptionalLong.empty() : OptionalLong.of(Long.parseUnsignedLong(f[5], 16)), uids,
                    f[9].equals("-") ? List.of() : List.of(f[9].split(",")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + n + ": " + e.getMessage());
        }
    }

    static String hex(long hash) {
        return String.format("%016x", hash);
    }

    private static String dash(Optional<String> value) {
        return value.filter(v -> !v.isEmpty()).orElse("-");
    }

    private static String undash(String field) {
        return field.equals("-") ? "" : field;
    }

    static String encode(String path) {
        return path.replace("%", "%25").replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
    }

    static String decode(String path) {
        return path.replace("%0D", "\r").replace("%0A", "\n").replace("%09", "\t").replace("%25", "%");
    }
}
