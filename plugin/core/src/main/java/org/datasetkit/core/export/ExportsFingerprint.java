package org.datasetkit.core.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.datasetkit.core.bag.SpooledFile;
import org.datasetkit.core.bag.TagFile;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;
import org.datasetkit.core.license.LicenseCheckResult;

/**
 * A digest of everything the generated metadata is made from: the typed datasheet, the payload's paths, sizes and
 * checksums in order, the algorithms asked for, the licence check, the release time, the standards' versions, the
 * texts listed beside them (licence texts, changelog, report), the previous release and datasetkit's version. The
 * exporters are deterministic, so two builds with the same fingerprint write the same SPDX document and CycloneDX
 * BOM; the RO-Crate adds the listing of the files held in memory ({@link #withListing}).
 */
final class ExportsFingerprint {

    private static final int PIECE = 1 << 15;

    private ExportsFingerprint() {}

    static String of(BundleRequest request, ReleaseAdditions release, List<TagFile> texts) {
        MessageDigest sha = DigestAlgorithm.SHA256.newDigest();
        text(sha, "datasetkit-exports-fingerprint 1");
        text(sha, request.softwareAgent()); // carries datasetkit's version
        text(sha, request.datasheet().toString()); // records of strings, lists and optionals: a stable text
        text(sha, licences(request.licences()));
        text(sha, request.timestamp().toString());
        text(sha, request.versions().toString());
        text(sha, release.previousDoi().toString());
        text(sha, release.previousVersion().toString());
        text(sha, request.fixity().algorithms().toString());
        for (TagFile t : texts) {
            text(sha, t.name());
            text(sha, DigestAlgorithm.toHex(DigestAlgorithm.SHA256.newDigest().digest(t.content())));
        }
        for (SpooledFile s : request.spooledDocuments()) { // the same lines as when they were held in memory
            text(sha, s.name());
            text(sha, s.digest(DigestAlgorithm.SHA256));
        }
        files(sha, request.fixity().files());
        return DigestAlgorithm.toHex(sha.digest());
    }

    /**
     * Every payload file's line (path, size, checksums in enum order) as {@link #text} would feed it, the lines fed
     * in pieces of about 32 K characters: the same digest, with one encoding and one update per piece, not two per file.
     */
    static void files(MessageDigest sha, List<FileFixity> files) {
        StringBuilder piece = new StringBuilder(PIECE + 512);
        for (FileFixity f : files) {
            piece.append(f.file().path()).append(' ').append(f.file().size());
            for (DigestAlgorithm a : DigestAlgorithm.values()) { // enum order, whatever the file's
                if (f.has(a)) {
                    piece.append(' ').append(a.bagitName()).append(':').append(f.digest(a));
                }
            }
            piece.append('\0'); // the separator text() adds; cut only here, so no character is split
            if (piece.length() >= PIECE) {
                sha.update(piece.toString().getBytes(StandardCharsets.UTF_8));
                piece.setLength(0);
            }
        }
        sha.update(piece.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The RO-Crate's inputs: the others', and the name, size and SHA-256 of every file it lists. */
    static String withListing(String fingerprint, List<GeneratedFile> listing) {
        MessageDigest sha = DigestAlgorithm.SHA256.newDigest();
        text(sha, fingerprint);
        listing.forEach(g -> text(sha, g.name() + " " + g.size() + " " + g.sha256()));
        return DigestAlgorithm.toHex(sha.digest());
    }

    /** Everything but the findings, which no exporter reads. */
    private static String licences(LicenseCheckResult l) {
        return String.join("\u0000", l.declared(), String.valueOf(l.overall()), l.sources().toString(),
                l.acceptable().toString(), l.textsToShip().toString(), l.notice(), l.spdxListVersion());
    }

    /** A value followed by a separator no path or value holds, so neighbouring values cannot run into each other. */
    private static void text(MessageDigest sha, String value) {
        sha.update(value.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
