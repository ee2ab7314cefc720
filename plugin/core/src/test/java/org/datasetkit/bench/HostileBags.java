package org.datasetkit.bench;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.datasetkit.core.bag.BagVerifier;
import org.datasetkit.core.bag.RawZip;
import org.datasetkit.core.bag.VerificationResult;
import org.datasetkit.core.diag.Diagnostic;

/** The hostile-archive cases of the fault-injection suite: each bag is made, then verified; the verdict is checked. */
final class HostileBags {

    private static final String DECLARATION = FaultCases.DECLARATION;
    private static final long GIB = 1L << 30;

    private HostileBags() {}

    static String run(String name, Path work) throws Exception {
        Path bag = switch (name) {
            case "zip-slip" -> zip(work, name, new RawZip().stored("b/bagit.txt", DECLARATION).stored("b/manifest-sha256.txt", "")
                    .stored("b/../../../tmp/evil.txt", "owned"));
            case "absolute-path" -> zip(work, name, new RawZip().stored("b/bagit.txt", DECLARATION)
                    .stored("b/manifest-sha256.txt", "").stored("/tmp/evil.txt", "owned"));
            case "understated-sizes" -> understated(work);
            case "overlapping-entries" -> overlapping(work);
            case "zip-tag-bomb" -> zipTagBomb(work);
            case "tgz-tag-bomb" -> tgzTagBomb(work);
            case "sparse-bag-info" -> sparseBagInfo(work);
            case "fifo-as-bag" -> fifo(work);
            case "garbage-zip" -> Files.write(work.resolve("garbage.zip"), FaultCases.utf8("PK\u0003\u0004 not really"));
            case "manifest-million-missing" -> millionMissing(work);
            default -> throw new IllegalArgumentException("unknown case " + name);
        };
        VerificationResult result = new BagVerifier().verify(bag);
        Set<String> codes = new TreeSet<>();
        result.diagnostics().all().stream().filter(Diagnostic::isError).forEach(d -> codes.add(d.code()));
        String expected = expectedCode(name);
        return (!result.isValid() && codes.contains(expected) ? "HELD: " : "BROKEN: ") + "invalid=" + !result.isValid()
                + " " + codes + " (" + result.diagnostics().all().size() + " findings)";
    }

    static String expectedCode(String name) {
        return switch (name) {
            case "zip-slip", "absolute-path" -> "bag.unsafe-path";
            case "understated-sizes" -> "bag.unreadable-entry";
            case "overlapping-entries" -> "bag.compression-ratio";
            case "zip-tag-bomb", "tgz-tag-bomb", "sparse-bag-info" -> "bag.tag-file-line-too-long";
            case "fifo-as-bag" -> "bag.not-a-file";
            case "garbage-zip" -> "bag.unreadable-archive";
            case "manifest-million-missing" -> "bag.missing-file";
            default -> "?";
        };
    }

    private static Path zip(Path work, String name, RawZip zip) throws Exception {
        Path path = work.resolve(name + ".zip");
        zip.write(path);
        return path;
    }

    /** 1 GiB of zeros deflated into about 1 MB, listed ten times, each entry claiming 1,000 bytes: 10 GiB if believed. */
    private static Path understated(Path work) throws Exception {
        StringBuilder manifest = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            manifest.append("0".repeat(64)).append("  data/x").append(i).append('\n');
        }
        RawZip zip = new RawZip().stored("b/bagit.txt", DECLARATION).stored("b/manifest-sha256.txt", manifest.toString());
        int zeros = zip.deflatedZeros("b/data/x0", GIB);
        for (int i = 0; i < 10; i++) {
            zip.list("b/data/x" + i, zeros, 1000);
        }
        return zip(work, "understated-sizes", zip);
    }

    /** The same stream listed ten times with its true size: 10 GiB declared from about 1 MB. */
    private static Path overlapping(Path work) throws Exception {
        RawZip zip = new RawZip().stored("b/bagit.txt", DECLARATION).stored("b/manifest-sha256.txt", "");
        int zeros = zip.deflatedZeros("b/data/x0", GIB);
        for (int i = 0; i < 10; i++) {
            zip.list("b/data/x" + i, zeros, GIB);
        }
        return zip(work, "overlapping-entries", zip);
    }

    private static Path zipTagBomb(Path work) throws Exception {
        RawZip zip = new RawZip().stored("b/bagit.txt", DECLARATION).stored("b/manifest-sha256.txt", "");
        zip.list("b/bag-info.txt", zip.deflatedZeros("b/bag-info.txt", GIB), GIB);
        return zip(work, "zip-tag-bomb", zip);
    }

    /** A tar.gz whose bag-info.txt is 1 GiB of zeros (about 1 MB compressed). */
    private static Path tgzTagBomb(Path work) throws Exception {
        Path path = work.resolve("tgz-tag-bomb.tar.gz");
        try (OutputStream file = Files.newOutputStream(path);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
            put(tar, "b/bagit.txt", FaultCases.utf8(DECLARATION));
            put(tar, "b/manifest-sha256.txt", new byte[0]);
            TarArchiveEntry info = new TarArchiveEntry("b/bag-info.txt");
            info.setSize(GIB);
            tar.putArchiveEntry(info);
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) {
                tar.write(zeros);
            }
            tar.closeArchiveEntry();
        }
        return path;
    }

    private static void put(TarArchiveOutputStream tar, String name, byte[] content) throws Exception {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(content.length);
        tar.putArchiveEntry(e);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    /** A bag folder whose bag-info.txt is a 3 GB sparse file: no disk used, 3 GB to read. */
    private static Path sparseBagInfo(Path work) throws Exception {
        Path bag = Files.createDirectories(work.resolve("sparse-bag"));
        Files.writeString(bag.resolve("bagit.txt"), DECLARATION);
        Files.writeString(bag.resolve("manifest-sha256.txt"), "");
        try (RandomAccessFile info = new RandomAccessFile(bag.resolve("bag-info.txt").toFile(), "rw")) {
            info.setLength(3_000_000_000L);
        }
        return bag;
    }

    private static Path fifo(Path work) throws Exception {
        Path fifo = work.resolve("fifo.zip");
        new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
        return fifo;
    }

    /** A folder bag whose manifest lists a million files it does not hold (80 MB of lines). */
    private static Path millionMissing(Path work) throws Exception {
        Path bag = Files.createDirectories(work.resolve("million-bag/data"));
        Files.writeString(bag.resolveSibling("bagit.txt"), DECLARATION);
        Files.writeString(bag.resolve("a.txt"), "a\n");
        try (var out = new java.io.BufferedWriter(Files.newBufferedWriter(bag.resolveSibling("manifest-sha256.txt")), 1 << 20)) {
            for (int i = 0; i < 1_000_000; i++) {
                out.write("0".repeat(64) + "  data/missing/" + i + "\n");
            }
        }
        return bag.getParent();
    }

    static List<String> names() {
        return List.of("zip-slip", "absolute-path", "understated-sizes", "overlapping-entries", "zip-tag-bomb",
                "tgz-tag-bomb", "sparse-bag-info", "fifo-as-bag", "garbage-zip", "manifest-million-missing");
    }
}
