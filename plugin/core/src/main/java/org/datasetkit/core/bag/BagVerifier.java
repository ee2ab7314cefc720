package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.ManifestEntry;
import org.datasetkit.core.fixity.ManifestReader;

/**
 * Proves a bag complete and valid per RFC 8493 (versions 0.97 and 1.0): the declaration, every manifest line
 * against the files, every payload file against every manifest, every checksum, and the tag manifests. Reads each
 * file once for all its algorithms. Reports every problem, not only the first.
 */
public final class BagVerifier {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** What was learnt from bagit.txt. */
    private record Declaration(String version, Charset encoding) {}

    private final VerificationLimits limits;

    public BagVerifier() {
        this(VerificationLimits.DEFAULT);
    }

    public BagVerifier(VerificationLimits limits) {
        this.limits = limits;
    }

    public VerificationResult verify(Path bag) throws IOException {
        try (BagSource source = BagSource.open(bag, limits)) {
            Run run = new Run(source, limits);
            run.verify();
            return new VerificationResult(bag, source.name(), run.payloadFiles, run.payloadBytes, Diagnostics.sorted(run.out));
        }
    }

    private static final class Run {
        private final BagSource source;
        private final VerificationLimits limits;
        private final List<Diagnostic> out = new ArrayList<>();
        private final Map<String, BagSource.Entry> files = new LinkedHashMap<>();
        private final Map<String, String> byNfc = new HashMap<>();
        long payloadFiles;
        long payloadBytes;

        Run(BagSource source, VerificationLimits limits) {
            this.source = source;
            this.limits = limits;
            out.addAll(source.problems());
            for (BagSource.Entry e : source.entries()) {
                files.put(e.path(), e);
                byNfc.putIfAbsent(Normalizer.normalize(e.path(), Normalizer.Form.NFC), e.path());
            }
        }

        void verify() throws IOException {
            if (files.isEmpty() && !source.refused().isEmpty()) {
                return; // the whole container was refused unread; its problem says why
            }
            Declaration declaration = declaration();
            Charset encoding = declaration == null ? StandardCharsets.UTF_8 : declaration.encoding();
            boolean strict = declaration == null || !"0.97".equals(declaration.version());

            Map<String, Map<DigestAlgorithm, String>> expected = new LinkedHashMap<>();
            List<DigestAlgorithm> payloadAlgorithms = readManifests("manifest-", encoding, expected, true);
            if (payloadAlgorithms.isEmpty()) {
                error("bag.no-manifest", "", "has no payload manifest (manifest-<algorithm>.txt)",
                        "a bag needs at least manifest-sha256.txt");
            }
            for (BagSource.Entry e : files.values()) {
                if (!e.path().startsWith("data/")) {
                    continue;
                }
                payloadFiles++;
                payloadBytes += e.size();
                Map<DigestAlgorithm, String> listed = expected.getOrDefault(e.path(), Map.of());
                for (DigestAlgorithm a : payloadAlgorithms) {
                    if (!listed.containsKey(a) && (strict || listed.isEmpty())) {
                        error("bag.unlisted-file", e.path(), "is in the payload but not in " + a.manifestFileName(),
                                "a file was added to the bag after it was made; remove it or rebuild the bag");
                        break;
                    }
                }
            }
            checkOxum(encoding);
            long declared = source.entries().stream().mapToLong(BagSource.Entry::size).sum();
            if (declared > limits.maxBytes()) {
                error("bag.too-large", "", "holds " + declared + " bytes uncompressed, more than the limit of "
                        + limits.maxBytes(), "verify it with a higher limit if it is genuine");
                return;
            }
            checkChecksums(expected, "bag.checksum-mismatch");

            Map<String, Map<DigestAlgorithm, String>> tagExpected = new LinkedHashMap<>();
            readManifests("tagmanifest-", encoding, tagExpected, false);
            checkChecksums(tagExpected, "bag.tag-checksum-mismatch");
        }

        private Declaration declaration() throws IOException {
            if (!files.containsKey("bagit.txt")) {
                error("bag.no-declaration", "bagit.txt", "is missing", "every bag starts with bagit.txt");
                return null;
            }
            byte[] bytes = read("bagit.txt");
            if (bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2]) {
                error("bag.declaration", "bagit.txt", "starts with a byte-order mark", "save it as UTF-8 without BOM");
            }
            String[] lines = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n').split("\n");
            if (lines.length < 2 || !lines[0].startsWith("BagIt-Version: ")
                    || !lines[1].startsWith("Tag-File-Character-Encoding: ")) {
                error("bag.declaration", "bagit.txt",
                        "must hold exactly 'BagIt-Version: <v>' then 'Tag-File-Character-Encoding: <charset>'",
                        "write the two lines in that order");
                return null;
            }
            String version = lines[0].substring("BagIt-Version: ".length()).trim();
            if (!version.equals("1.0") && !version.equals("0.97")) {
                error("bag.version", "bagit.txt", "declares BagIt version " + version + "; only 0.97 and 1.0 are verified",
                        "rebuild the bag as BagIt 1.0");
            }
            String charset = lines[1].substring("Tag-File-Character-Encoding: ".length()).trim();
            try {
                return new Declaration(version, Charset.forName(charset));
            } catch (IllegalArgumentException e) {
                error("bag.declaration", "bagit.txt", "declares the unknown encoding '" + charset + "'", "use UTF-8");
                return new Declaration(version, StandardCharsets.UTF_8);
            }
        }

        /** Reads every manifest with this prefix into {@code expected}; returns the algorithms found. */
        private List<DigestAlgorithm> readManifests(String prefix, Charset encoding,
                Map<String, Map<DigestAlgorithm, String>> expected, boolean payload) throws IOException {
            List<DigestAlgorithm> algorithms = new ArrayList<>();
            for (String name : new ArrayList<>(files.keySet())) {
                if (name.indexOf('/') >= 0 || !name.startsWith(prefix) || !name.endsWith(".txt")) {
                    continue;
                }
                DigestAlgorithm algorithm = DigestAlgorithm.ofManifestName(name, prefix);
                if (algorithm == null) {
                    error("bag.unsupported-algorithm", name, "uses an algorithm this verifier does not know",
                            "add a manifest in sha256 or sha512");
                    continue;
                }
                algorithms.add(algorithm);
                int hexLength = algorithm.newDigest().getDigestLength() * 2;
                ManifestReader.Parsed parsed = ManifestReader.read(name, read(name), encoding, hexLength);
                out.addAll(parsed.findings());
                Map<String, Integer> seen = new HashMap<>();
                for (ManifestEntry entry : parsed.entries()) {
                    String path = entry.path();
                    String unsafe = BagSource.unsafeReason(path);
                    if (unsafe != null) {
                        error("bag.unsafe-path", name, "lists '" + path + "', which " + unsafe, "list paths inside the bag only");
                        continue;
                    }
                    if (payload != path.startsWith("data/")) {
                        error(payload ? "bag.manifest-outside-payload" : "bag.tagmanifest-lists-payload", name,
                                "lists '" + path + "'" + (payload ? ", which is not under data/" : ", a payload file"),
                                payload ? "payload manifests list files under data/ only" : "tag manifests list tag files only");
                        continue;
                    }
                    if (!payload && path.startsWith("tagmanifest-")) {
                        error("bag.tagmanifest-lists-tagmanifest", name, "lists the tag manifest '" + path + "'",
                                "tag manifests must not list tag manifests");
                        continue;
                    }
                    if (seen.merge(path, 1, Integer::sum) > 1) {
                        error("bag.manifest-duplicate", name, "lists '" + path + "' more than once", "list every file once");
                        continue;
                    }
                    String actual = resolve(path, name);
                    if (actual != null) {
                        expected.computeIfAbsent(actual, k -> new EnumMap<>(DigestAlgorithm.class)).put(algorithm, entry.checksum());
                    }
                }
            }
            return algorithms;
        }

        /** The bag's own spelling of a listed path; tolerates a Unicode normalisation difference with a warning. */
        private String resolve(String listed, String manifest) {
            if (files.containsKey(listed)) {
                return listed;
            }
            String twin = byNfc.get(Normalizer.normalize(listed, Normalizer.Form.NFC));
            if (twin != null) {
                out.add(Diagnostic.warning("bag.normalization-mismatch", manifest,
                        "lists '" + listed + "', found under another Unicode normalisation",
                        "write manifest paths in the same normalisation as the files (NFC)"));
                return twin;
            }
            if (source.refused().contains(listed)) {
                return null; // reported already, as the reason it was not read
            }
            error("bag.missing-file", listed, "is listed in " + manifest + " but missing from the bag",
                    "restore the file, or rebuild the bag");
            return null;
        }

        private void checkOxum(Charset encoding) throws IOException {
            if (!files.containsKey("bag-info.txt") || !source.refused().isEmpty()) {
                return;
            }
            for (String line : new String(read("bag-info.txt"), encoding).split("\r\n|\r|\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Payload-Oxum")) {
                    String declared = line.substring(colon + 1).trim();
                    String actual = payloadBytes + "." + payloadFiles;
                    if (!declared.equals(actual)) {
                        error("bag.oxum-mismatch", "bag-info.txt",
                                "Payload-Oxum says " + declared + " (bytes.files) but the payload is " + actual,
                                "files were added, removed or changed after bagging");
                    }
                }
            }
        }

        /** Reads each expected file once, in the container's order, feeding every algorithm it is listed under. */
        private void checkChecksums(Map<String, Map<DigestAlgorithm, String>> expected, String code) throws IOException {
            if (expected.isEmpty()) {
                return;
            }
            byte[] buffer = new byte[1 << 16];
            source.forEach((path, in) -> {
                Map<DigestAlgorithm, String> wanted = expected.get(path);
                if (wanted == null) {
                    return;
                }
                Map<DigestAlgorithm, MessageDigest> digests = new EnumMap<>(DigestAlgorithm.class);
                for (DigestAlgorithm a : wanted.keySet()) {
                    digests.put(a, a.newDigest());
                }
                int n;
                while ((n = in.read(buffer)) > 0) {
                    for (MessageDigest d : digests.values()) {
                        d.update(buffer, 0, n);
                    }
                }
                for (var d : digests.entrySet()) {
                    String actual = DigestAlgorithm.toHex(d.getValue().digest());
                    String sum = wanted.get(d.getKey());
                    if (!actual.equals(sum)) {
                        error(code, path, "has " + d.getKey().bagitName() + " " + actual + " but the manifest says " + sum,
                                "the file was changed or damaged after bagging; restore it from the original");
                    }
                }
            });
        }

        private byte[] read(String path) throws IOException {
            try (InputStream in = source.open(path)) {
                return in.readAllBytes();
            }
        }

        private void error(String code, String path, String message, String hint) {
            String file = path.isEmpty() ? source.name() : source.name() + "/" + path;
            out.add(Diagnostic.error(code, file, message, hint));
        }
    }
}
