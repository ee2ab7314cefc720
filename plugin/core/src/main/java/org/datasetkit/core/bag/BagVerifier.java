package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.fixity.BoundedLineReader;
import org.datasetkit.core.fixity.ManifestEntry;
import org.datasetkit.core.fixity.ManifestReader;

/**
 * Proves a bag complete and valid per RFC 8493 and the BagIt drafts 0.93 to 0.97: the declaration, every manifest line
 * against the files, every payload file against the manifests, every checksum, the tag manifests, and that fetch.txt
 * stays inside the payload. Reads each file once for all its algorithms, never more bytes than its container declares,
 * and tag files line by line under caps, so a hostile bag costs bounded time and memory. Reports every problem, not
 * only the first; what the specification calls worth a warning (a line listed twice with the same checksum, names
 * that differ only by case or Unicode normalisation) is a warning.
 */
public final class BagVerifier {

    private final VerificationLimits limits;

    public BagVerifier() {
        this(VerificationLimits.DEFAULT);
    }

    public BagVerifier(VerificationLimits limits) {
        this.limits = limits;
    }

    public VerificationResult verify(Path bag) throws IOException {
        String name = bag.getFileName() == null ? bag.toString() : bag.getFileName().toString();
        Diagnostic refused = refusal(bag);
        if (refused != null) {
            return new VerificationResult(bag, name, 0, 0, Diagnostics.of(refused));
        }
        BagSource opened;
        try {
            opened = BagSource.open(bag, limits);
        } catch (IllegalArgumentException e) {
            return refusedResult(bag, name, "bag.unknown-format", e.getMessage(), "name a bag folder, zip, tar or tar.gz");
        } catch (IOException e) {
            return refusedResult(bag, name, "bag.unreadable-archive", EntryChecksums.why(e) + " (not an archive of "
                    + "this kind, or cut short)", "make the archive again from the bag, or download it again");
        }
        return verify(bag, opened);
    }

    /** Verifies an opened bag (a holey one seen through what fetches its files) and closes it. */
    VerificationResult verify(Path bag, BagSource opened) throws IOException {
        try (BagSource source = opened) {
            BagRun run = new BagRun(source, limits);
            run.verify();
            return new VerificationResult(bag, source.name(), run.payloadFiles, run.payloadBytes, Diagnostics.sorted(run.findings.all()));
        }
    }

    /** Why {@code bag} cannot be a bag at all, or null: only folders and regular files are read (a FIFO would block). */
    private static Diagnostic refusal(Path bag) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(bag, BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            return Diagnostic.error("bag.missing", bag.toString(), "there is no bag at this path",
                    "build the bundle first, or name an existing bag folder or archive");
        }
        if (!attrs.isDirectory() && !attrs.isRegularFile()) {
            return Diagnostic.error("bag.not-a-file", bag.toString(),
                    "is not a folder or a regular file (a pipe, socket or device), so not a bag",
                    "name a bag folder, zip, tar or tar.gz");
        }
        return null;
    }

    private static VerificationResult refusedResult(Path bag, String name, String code, String message, String hint) {
        return new VerificationResult(bag, name, 0, 0, Diagnostics.of(Diagnostic.error(code, bag.toString(), message, hint)));
    }

    /** One verification of one opened bag. */
    private static final class BagRun {
        private final BagSource source;
        private final VerificationLimits limits;
        final BagFindings findings;
        private final Map<String, BagSource.Entry> files = new LinkedHashMap<>();
        private final BagNames names;
        /** Expected checksums of payload and tag files, by path and algorithm. */
        private final Map<String, Map<ManifestAlgorithm, String>> expected = new LinkedHashMap<>();
        private FetchList fetch = new FetchList();
        long payloadFiles;
        long payloadBytes;

        BagRun(BagSource source, VerificationLimits limits) {
            this.source = source;
            this.limits = limits;
            this.findings = new BagFindings(source.name());
            findings.addAll(source.problems());
            for (BagSource.Entry e : source.entries()) {
                files.put(e.path(), e);
            }
            this.names = new BagNames(files.keySet(), findings);
        }

        void verify() throws IOException {
            if (files.isEmpty() && !source.refused().isEmpty()) {
                return; // the whole container was refused unread; its problem says why
            }
            BagDeclaration declaration = declaration();
            Charset encoding = declaration.encoding();
            if (files.containsKey(FetchList.FILE_NAME)) {
                try (InputStream in = bounded(FetchList.FILE_NAME)) {
                    fetch = FetchList.read(in, encoding, findings);
                }
            }
            List<ManifestAlgorithm> payloadAlgorithms = readManifests("manifest-", encoding, true);
            if (payloadAlgorithms.isEmpty()) {
                findings.error("bag.no-manifest", "", "has no payload manifest (manifest-<algorithm>.txt)",
                        "a bag needs at least manifest-sha256.txt");
            }
            checkEveryPayloadFileListed(payloadAlgorithms, declaration.everyManifestListsEveryFile());
            checkOxum(encoding);
            long declared = source.entries().stream().mapToLong(BagSource.Entry::size).sum();
            if (declared > limits.maxBytes()) {
                findings.error("bag.too-large", "", "holds " + declared + " bytes uncompressed, more than the limit of "
                        + limits.maxBytes(), "verify it with a higher limit if it is genuine");
                return;
            }
            readManifests("tagmanifest-", encoding, false);
            checkChecksums();
        }

        private BagDeclaration declaration() throws IOException {
            if (!files.containsKey("bagit.txt")) {
                findings.error("bag.no-declaration", "bagit.txt", "is missing", "every bag starts with bagit.txt");
                return BagDeclaration.ASSUMED;
            }
            if (files.get("bagit.txt").size() > BagDeclaration.MAX_BYTES) {
                findings.error("bag.tag-file-too-large", "bagit.txt", "holds " + files.get("bagit.txt").size()
                        + " bytes; it is two short lines, so it is not read", "write the two lines of RFC 8493 §2.1.1");
                return BagDeclaration.ASSUMED;
            }
            try (InputStream in = bounded("bagit.txt")) {
                return BagDeclaration.read(in.readAllBytes(), findings);
            }
        }

        private void checkEveryPayloadFileListed(List<ManifestAlgorithm> algorithms, boolean everyManifest) {
            for (BagSource.Entry e : files.values()) {
                if (!e.path().startsWith("data/")) {
                    continue;
                }
                payloadFiles++;
                payloadBytes += e.size();
                Map<ManifestAlgorithm, String> listed = expected.getOrDefault(e.path(), Map.of());
                for (ManifestAlgorithm a : algorithms) {
                    if (!listed.containsKey(a) && (everyManifest || listed.isEmpty())) {
                        findings.error("bag.unlisted-file", e.path(), "is in the payload but not in manifest-" + a.bagitName()
                                + ".txt", "a file was added to the bag after it was made; remove it or make the bag again");
                        break;
                    }
                }
            }
        }

        /** Reads every manifest with this prefix into {@link #expected}; returns the algorithms found. */
        private List<ManifestAlgorithm> readManifests(String prefix, Charset encoding, boolean payload) throws IOException {
            List<ManifestAlgorithm> algorithms = new ArrayList<>();
            for (String name : new ArrayList<>(files.keySet())) {
                if (name.indexOf('/') >= 0 || !name.startsWith(prefix) || !name.endsWith(".txt")) {
                    continue;
                }
                ManifestAlgorithm algorithm = ManifestAlgorithm.ofFileName(name, prefix);
                if (algorithm == null) {
                    findings.error("bag.unsupported-algorithm", name, "uses an algorithm this verifier does not know",
                            "add a manifest in " + ManifestAlgorithm.supportedNames());
                    continue;
                }
                algorithms.add(algorithm);
                ManifestLines lines = new ManifestLines(name, algorithm, payload);
                try (InputStream in = bounded(name)) {
                    List<Diagnostic> found = ManifestReader.read(source.name() + "/" + name, in, encoding, algorithm.hexLength(), lines::take);
                    findings.addAll(found);
                } catch (IOException e) {
                    findings.error("bag.unreadable-entry", name, EntryChecksums.why(e), "make the bag again");
                }
            }
            return algorithms;
        }

        /** Takes the lines of one manifest into {@link #expected}, checking each. */
        private final class ManifestLines {
            private final String name;
            private final ManifestAlgorithm algorithm;
            private final boolean payload;
            private final Map<String, String> seen = new HashMap<>();

            ManifestLines(String name, ManifestAlgorithm algorithm, boolean payload) {
                this.name = name;
                this.algorithm = algorithm;
                this.payload = payload;
            }

            void take(ManifestEntry entry) {
                String path = entry.path();
                String unsafe = BagSource.unsafeReason(path);
                if (unsafe != null) {
                    findings.error("bag.unsafe-path", name, "lists '" + path + "', which " + unsafe, "list paths inside the bag only");
                } else if (payload != path.startsWith("data/")) {
                    findings.error(payload ? "bag.manifest-outside-payload" : "bag.tagmanifest-lists-payload", name,
                            "lists '" + path + "'" + (payload ? ", which is not under data/" : ", a payload file"),
                            payload ? "payload manifests list files under data/ only" : "tag manifests list tag files only");
                } else if (!payload && path.startsWith("tagmanifest-")) {
                    findings.error("bag.tagmanifest-lists-tagmanifest", name, "lists the tag manifest '" + path + "'",
                            "tag manifests must not list tag manifests");
                } else {
                    String actual = resolve(path, name);
                    if (actual != null && once(actual, entry.checksum())) {
                        expected.computeIfAbsent(actual, k -> new LinkedHashMap<>()).put(algorithm, entry.checksum());
                    }
                }
            }

            /** False for a repeated line: the same checksum again is a warning, another one an error. */
            private boolean once(String path, String checksum) {
                String before = seen.putIfAbsent(path, checksum);
                if (before == null) {
                    return true;
                }
                if (before.equals(checksum)) {
                    findings.warning("bag.manifest-duplicate", name, "lists '" + path + "' more than once (with the same "
                            + "checksum)", "list every file once");
                } else {
                    findings.error("bag.manifest-conflict", name, "lists '" + path + "' twice with different checksums",
                            "make the manifest again: only one checksum can be right");
                    expected.getOrDefault(path, new HashMap<>()).remove(algorithm);
                }
                return false;
            }
        }

        /** The bag's own spelling of a listed path, or null after reporting why there is none. */
        private String resolve(String listed, String manifest) {
            String actual = names.resolve(listed, manifest);
            if (actual != null || source.refused().contains(listed)) {
                return actual; // a refused file was reported already, as the reason it was not read
            }
            if (fetch.lists(listed)) {
                findings.error("bag.not-fetched", listed, "is listed in " + manifest + " and in fetch.txt but not in the bag",
                        "fetch the files fetch.txt lists: the bag is complete only when they are in it");
            } else {
                findings.error("bag.missing-file", listed, "is listed in " + manifest + " but missing from the bag",
                        "restore the file, or make the bag again");
            }
            return null;
        }

        private void checkOxum(Charset encoding) throws IOException {
            String infoFile = files.containsKey("bag-info.txt") ? "bag-info.txt"
                    : files.containsKey("package-info.txt") ? "package-info.txt" : null; // package-info: the early drafts
            if (infoFile == null || !source.refused().isEmpty()) {
                return;
            }
            try (InputStream in = bounded(infoFile)) {
                BoundedLineReader lines = new BoundedLineReader(in, encoding, 1 << 16);
                for (String line = lines.next(); line != null; line = lines.next()) {
                    int colon = line.indexOf(':');
                    if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Payload-Oxum")) {
                        compareOxum(infoFile, line.substring(colon + 1).trim());
                    }
                }
            } catch (BoundedLineReader.LineTooLong e) {
                findings.add(findings.errorAt("bag.tag-file-line-too-long", infoFile, e.lineNumber(),
                        "has a line longer than 65536 characters; the rest is not read", "bag-info.txt holds short 'Label: value' lines"));
            }
        }

        private void compareOxum(String infoFile, String declared) {
            String actual = payloadBytes + "." + payloadFiles;
            if (!declared.equals(actual)) {
                findings.error("bag.oxum-mismatch", infoFile, "Payload-Oxum says " + declared
                        + " (bytes.files) but the payload is " + actual, "files were added, removed or changed after bagging");
            }
        }

        /** Reads each expected file once, for every algorithm it is listed under, and compares. */
        private void checkChecksums() throws IOException {
            Map<String, Set<ManifestAlgorithm>> wanted = new LinkedHashMap<>();
            expected.forEach((path, sums) -> {
                if (!sums.isEmpty()) {
                    wanted.put(path, new LinkedHashSet<>(sums.keySet()));
                }
            });
            if (wanted.isEmpty()) {
                return;
            }
            source.checksums(wanted, new EntryChecksums.Sink() {
                @Override
                public void found(String path, Map<ManifestAlgorithm, String> actual) {
                    compare(path, actual);
                }

                @Override
                public void failed(String path, String why) {
                    findings.error("bag.unreadable-entry", path, why, "make the bag again from the original data");
                }
            });
        }

        private void compare(String path, Map<ManifestAlgorithm, String> actual) {
            String code = path.startsWith("data/") ? "bag.checksum-mismatch" : "bag.tag-checksum-mismatch";
            for (Map.Entry<ManifestAlgorithm, String> want : expected.get(path).entrySet()) {
                String got = actual.get(want.getKey());
                if (!want.getValue().equals(got)) {
                    findings.error(code, path, "has " + want.getKey().bagitName() + " " + got + " but the manifest says "
                            + want.getValue(), "the file changed after its manifest was written (damage, an edit, or a "
                            + "tool that rewrote it): make the bag again from the original data");
                }
            }
        }

        /** A file of the bag, read no further than its declared size. */
        private InputStream bounded(String path) throws IOException {
            return new SizeBoundedInput(source.open(path), files.get(path).size());
        }
    }
}
