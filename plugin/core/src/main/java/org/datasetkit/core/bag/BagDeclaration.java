package org.datasetkit.core.bag;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What {@code bagit.txt} declares: the BagIt version and the tag files' encoding. Versions 0.93 to 0.97 (the drafts)
 * and 1.0 (RFC 8493) are read; before 1.0 a payload file needs to be listed in one payload manifest, not in each.
 */
record BagDeclaration(String version, Charset encoding) {

    static final Set<String> VERSIONS = Set.of("0.93", "0.94", "0.95", "0.96", "0.97", "1.0");

    /** The longest bagit.txt read: two short lines. */
    static final int MAX_BYTES = 1 << 12;

    static final BagDeclaration ASSUMED = new BagDeclaration("1.0", StandardCharsets.UTF_8);

    /** Whether every payload manifest must list every payload file (RFC 8493 §3), as opposed to at least one. */
    boolean everyManifestListsEveryFile() {
        return version.equals("1.0");
    }

    /** Reads bagit.txt, reporting what is wrong to {@code findings}; assumes 1.0 in UTF-8 where it cannot tell. */
    static BagDeclaration read(byte[] bytes, BagFindings findings) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            findings.error("bag.declaration", "bagit.txt", "starts with a byte-order mark", "save it as UTF-8 without BOM");
        }
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r\n|\r|\n");
        if (lines.length < 2 || !lines[0].startsWith("BagIt-Version: ") || !lines[1].startsWith("Tag-File-Character-Encoding: ")) {
            findings.error("bag.declaration", "bagit.txt",
                    "must hold exactly 'BagIt-Version: <v>' then 'Tag-File-Character-Encoding: <charset>'",
                    "write the two lines in that order");
            return ASSUMED;
        }
        String version = lines[0].substring("BagIt-Version: ".length()).trim();
        if (!VERSIONS.contains(version)) {
            findings.error("bag.version", "bagit.txt", "declares BagIt version " + version
                    + "; the versions verified are 0.93 to 0.97 and 1.0", "rebuild the bag as BagIt 1.0");
            version = "1.0";
        }
        String charset = lines[1].substring("Tag-File-Character-Encoding: ".length()).trim();
        try {
            return new BagDeclaration(version, Charset.forName(charset));
        } catch (IllegalArgumentException e) {
            findings.error("bag.declaration", "bagit.txt", "declares the unknown encoding '" + charset + "'", "use UTF-8");
            return new BagDeclaration(version, StandardCharsets.UTF_8);
        }
    }
}
