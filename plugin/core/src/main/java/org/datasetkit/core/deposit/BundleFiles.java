package org.datasetkit.core.deposit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.output.AtomicFile;

/**
 * The files a record-based repository (Zenodo, Dataverse) gets: the bundle archive as one file, and the metadata the
 * bundle carries (DataCite, RO-Crate, Croissant) beside it, copied out of the verified bag into
 * {@code target/dataset/deposit/} so that each is sent as a whole file with its own checksum.
 */
final class BundleFiles {

    /** The metadata files of the bag's payload sent beside the bundle, by their path under the bag's data/. */
    static final List<String> METADATA = List.of("metadata/datacite.xml", "ro-crate-metadata.json",
            "metadata/croissant.json");

    private BundleFiles() {}

    /** The bundle archive; a bag folder cannot be one file of a record, so it is refused with the fix. */
    static Path archive(Path bag, DepositTarget target) throws DatasetException {
        if (Files.isDirectory(bag, LinkOption.NOFOLLOW_LINKS)) {
            throw new DatasetException(Diagnostic.error("deposit.bag-format", bag.toString(),
                    target.words() + " takes the bundle as one archive, and this bundle is a folder",
                    "build the bundle as a zip or tar.gz (format zip or tar.gz) for a " + target.words() + " deposit"));
        }
        return bag;
    }

    /** The bundle and the metadata files it carries, each with its checksum in {@code algorithm}. */
    static List<DepositFile> withMetadata(Path archive, Path workDirectory, String algorithm) throws IOException {
        List<DepositFile> files = new ArrayList<>();
        files.add(whole(archive.getFileName().toString(), archive, algorithm));
        Path folder = workDirectory.resolve("deposit");
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> m : metadataOf(archive).entrySet()) {
            String name = m.getKey().substring(m.getKey().lastIndexOf('/') + 1);
            Path copy = folder.resolve(name);
            AtomicFile.writeIfChanged(copy, m.getValue());
            files.add(whole(name, copy, algorithm));
        }
        return files;
    }

    /** A whole file, its checksum computed now (one read). */
    static DepositFile whole(String name, Path file, String algorithm) throws IOException {
        MessageDigest md = digest(algorithm);
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return DepositFile.of(name, file, Files.size(file), label(algorithm) + ":" + HexFormat.of().formatHex(md.digest()));
    }

    /**
     * A zip holding the bundle zip as its one entry, stored: Dataverse unpacks an uploaded zip into its entries (the
     * documented trap) and so keeps the bundle whole. Written once per bundle, reproducibly.
     */
    static Path wrapped(Path bundleZip, Path workDirectory) throws IOException, DatasetException {
        Path wrapper = workDirectory.resolve("deposit").resolve(bundleZip.getFileName() + ".dataverse.zip");
        Files.createDirectories(wrapper.getParent());
        AtomicFile.writeFile(wrapper, tmp -> {
            try (OutputStream out = AtomicFile.openTemporary(tmp); ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
                ZipArchiveEntry e = new ZipArchiveEntry(bundleZip.getFileName().toString());
                e.setMethod(ZipArchiveEntry.STORED);
                e.setSize(Files.size(bundleZip));
                e.setCrc(crc(bundleZip));
                e.setTime(315532800000L + 2000); // 1980-01-01: the same bytes every time
                zip.putArchiveEntry(e);
                Files.copy(bundleZip, zip);
                zip.closeArchiveEntry();
            }
        });
        return wrapper;
    }

    /** "md5", "sha256", ...: the label of a checksum string. */
    static String label(String algorithm) {
        return algorithm.toLowerCase(Locale.ROOT).replace("-", "");
    }

    static MessageDigest digest(String algorithm) {
        String a = label(algorithm);
        String jdk = switch (a) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha256" -> "SHA-256";
            case "sha512" -> "SHA-512";
            default -> throw new IllegalArgumentException("no checksum algorithm '" + algorithm + "'");
        };
        try {
            return MessageDigest.getInstance(jdk);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long crc(Path file) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                crc.update(buf, 0, n);
            }
        }
        return crc.getValue();
    }

    /** The metadata files of the bag, by payload path, in {@link #METADATA} order. */
    private static Map<String, byte[]> metadataOf(Path archive) throws IOException {
        Map<String, byte[]> found = new java.util.TreeMap<>((a, b) -> METADATA.indexOf(a) - METADATA.indexOf(b));
        if (archive.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
                for (ZipArchiveEntry e : (Iterable<ZipArchiveEntry>) () -> zip.getEntries().asIterator()) {
                    String path = payloadPath(e.getName());
                    if (METADATA.contains(path)) {
                        try (InputStream in = zip.getInputStream(e)) {
                            found.put(path, in.readAllBytes());
                        }
                    }
                }
            }
            return found;
        }
        try (InputStream raw = Files.newInputStream(archive);
                TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(raw))) {
            for (ArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                String path = payloadPath(e.getName());
                if (METADATA.contains(path)) {
                    found.put(path, tar.readAllBytes());
                }
            }
        }
        return found;
    }

    /** {@code my-bag/data/x} is {@code x}; anything else is "". */
    private static String payloadPath(String entry) {
        int slash = entry.indexOf('/');
        return slash > 0 && entry.startsWith("data/", slash + 1) ? entry.substring(slash + 6) : "";
    }
}
