package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
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
 * that differ only by case or Unicode normalisation) is a warning. A {@link VerificationTier#FAST} verification does
 * all of this except reading the payload files. Files are hashed on a pool of threads owned by each verification
 * (a tar, read front to back, on one); memory grows with the number of files (their paths and checksums), never
 * with their size.
 */
public final class BagVerifier {

    private final VerificationLimits limits;
    private final int threads;

    /** A verifier with the default caps, hashing on one thread per processor. */
    public BagVerifier() {
        this(VerificationLimits.DEFAULT);
    }

    public BagVerifier(VerificationLimits limits) {
        this(limits, Runtime.getRuntime().availableProcessors());
    }

    public BagVerifier(VerificationLimits limits, int threads) {
        this.limits = limits;
        this.threads = Math.max(1, threads);
    }

    /** Verifies every checksum ({@link VerificationTier#FULL}). */
    public VerificationResult verify(Path bag) throws IOException {
        return verify(bag, VerificationTier.FULL);
    }

    public VerificationResult verify(Path bag, VerificationTier tier) throws IOException {
        String name = bag.getFileName() == null ? bag.toString() : bag.getFileName().toString();
        Diagnostic refused = refusal(bag);
        if (refused != null) {
            return new VerificationResult(bag, name, 0, 0, Diagnostics.of(refused), tier);
        }
        BagSource opened;
        try {
            opened = BagSource.open(bag, limits, tier == VerificationTier.FULL);
        } catch (IllegalArgumentException e) {
            return refusedResult(bag, name, tier, "bag.unknown-format", e.getMessage(), "name a bag folder, zip, tar or tar.gz");
        } catch (IOException e) {
            return refusedResult(bag, name, tier, "bag.unreadable-archive", EntryChecksums.why(e) + " (not an archive of "
                    + "this kind, or cut short)", "make the archive again from the bag, or download it again");
        }
        return verify(bag, opened, tier);
    }

    /** Verifies an opened bag (a holey one seen through what fetches its files) and closes it. */
    VerificationResult verify(Path bag, BagSource opened, VerificationTier tier) throws IOException {
        try (BagSource source = opened) {
            BagRun run = new BagRun(source, limits, tier, threads);
            run.verify();
            return new VerificationResult(bag, source.name(), run.payloadFiles, run.payloadBytes,
                    Diagnostics.sorted(run.findings.all()), tier);
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

    private static VerificationResult refusedResult(Path bag, String name, VerificationTier tier, String code,
            String message, String hint) {
        return new VerificationResult(bag, name, 0, 0, Diagnostics.of(Diagnostic.error(code, bag.toString(), message, hint)),
                tier);
    }

    /** One verification of one opened bag. */
    private static final class BagRun {
        private final BagSource source;
        private final VerificationLimits limits;
        private final VerificationTier tier;
        private final int threads;
        final BagFindings findings;
        private final BagFiles files;
        /** The tag files at the top: the manifests are among them. */
        private final List<String> topLevel = new ArrayList<>();
        private final BagNames names;
        /** Expected checksums of payload and tag files, by algorithm and the file's place in {@link #files}. */
        private final ExpectedChecksums expected;
        private FetchList fetch = new FetchList();
        long payloadFiles;
        long payloadBytes;

        BagRun(BagSource source, VerificationLimits limits, VerificationTier tier, int threads) {
            this.source = source;
            this.limits = limits;
            this.tier = tier;
            this.threads = threads;
            this.findings = new BagFindings(source.name());
            findings.addAll(source.problems());
            this.files = new BagFiles(source.entries());
            for (BagSource.Entry e : source.entries()) {
                if (e.path().indexOf('/') < 0) {
                    topLevel.add(e.path());
                }
            }
            this.names = new BagNames(files, findings);
            this.expected = new ExpectedChecksums(files.size());
        }

        void verify() throws IOException {
            if (files.isEmpty() && !source.refused().isEmpty()) {
                return; // the whole container was refused unread; its problem says why
            }
            long declared = 0;
            for (BagSource.Entry e : source.entries()) {
                declared += e.size();
            }
            BagDeclaration declaration = declaration();
            Charset encoding = declaration.encoding();
            if (files.contains(FetchList.FILE_NAME)) {
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
            if (declared > limits.maxBytes()) {
                findings.error("bag.too-large", "", "holds " + declared + " bytes uncompressed, more than the limit of "
                        + limits.maxBytes(), "verify it with a higher limit if it is genuine");
                return;
            }
            readManifests("tagmanifest-", encoding, false);
            checkChecksums();
        }

        private BagDeclaration declaration() throws IOException {
            if (!files.contains("bagit.txt")) {
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
            List<BagSource.Entry> all = files.all();
            for (int i = 0; i < all.size(); i++) {
                BagSource.Entry e = all.get(i);
                if (!e.path().startsWith("data/")) {
                    continue;
                }
                payloadFiles++;
                payloadBytes += e.size();
                int place = files.placeOf(i);
                boolean listedAnywhere = false;
                for (ManifestAlgorithm a : algorithms) {
                    listedAnywhere |= expected.listed(a, place);
                }
                for (ManifestAlgorithm a : algorithms) {
                    if (!expected.listed(a, place) && (everyManifest || !listedAnywhere)) {
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
            for (String name : topLevel) {
                if (!name.startsWith(prefix) || !name.endsWith(".txt")) {
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
            /** This manifest's lines so far (payload and tag manifests of one algorithm share the column). */
            private final ExpectedChecksums.Column seen;
            /** Paths listed with two different checksums: none of them is expected. */
            private final Set<String> conflicting = new HashSet<>();

            ManifestLines(String name, ManifestAlgorithm algorithm, boolean payload) {
                this.name = name;
                this.algorithm = algorithm;
                this.payload = payload;
                this.seen = expected.column(algorithm);
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
                    if (actual != null) {
                        once(actual, files.indexOf(actual), entry.checksum());
                    }
                }
            }

            /** Expects the checksum of a line; a repeated line with the same checksum is a warning, another one an error. */
            private void once(String path, int place, String checksum) {
                if (conflicting.contains(path)) {
                    return;
                }
                String before = seen.hex(place);
                if (before == null) {
                    seen.put(place, checksum);
                    return;
                }
                if (checksum.equals(before)) {
                    findings.warning("bag.manifest-duplicate", name, "lists '" + path + "' more than once (with the same "
                            + "checksum)", "list every file once");
                } else if (conflicting.add(path)) {
                    findings.error("bag.manifest-conflict", name, "lists '" + path + "' twice with different checksums",
                            "make the manifest again: only one checksum can be right");
                    seen.remove(place);
                }
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
            String infoFile = files.contains("bag-info.txt") ? "bag-info.txt"
                    : files.contains("package-info.txt") ? "package-info.txt" : null; // package-info: the early drafts
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

        /**
         * Reads each expected file once, for every algorithm it is listed under, and compares; a fast verification
         * reads the tag files only.
         */
        private void checkChecksums() throws IOException {
            List<BagSource.Entry> todo = new ArrayList<>();
            for (BagSource.Entry e : source.entries()) {
                boolean wanted = tier == VerificationTier.FULL || !e.path().startsWith("data/");
                if (wanted && !algorithmsOf(e.path()).isEmpty()) {
                    todo.add(e);
                }
            }
            if (todo.isEmpty()) {
                return;
            }
            EntryChecksums.Sink sink = new EntryChecksums.Sink() {
                @Override
                public void found(String path, Map<ManifestAlgorithm, String> actual) {
                    compare(path, actual);
                }

                @Override
                public void failed(String path, String why) {
                    findings.error("bag.unreadable-entry", path, why, "make the bag again from the original data");
                }
            };
            // each file's algorithms found again on the worker (expected is only read from now on): a map of them held a
            // node per file
            source.checksums(todo, this::algorithmsOf, threads, sink);
        }

        /** The algorithms a file is listed under. */
        private Set<ManifestAlgorithm> algorithmsOf(String path) {
            int place = files.indexOf(path);
            return place < 0 ? Set.of() : expected.algorithmsOf(place);
        }

        private void compare(String path, Map<ManifestAlgorithm, String> actual) {
            String code = path.startsWith("data/") ? "bag.checksum-mismatch" : "bag.tag-checksum-mismatch";
            int place = files.indexOf(path);
            for (Map.Entry<ManifestAlgorithm, ExpectedChecksums.Column> sums : expected.columns().entrySet()) {
                String want = place < 0 ? null : sums.getValue().hex(place);
                if (want == null) {
                    continue;
                }
                String got = actual.get(sums.getKey());
                if (!want.equals(got)) {
                    findings.error(code, path, "has " + sums.getKey().bagitName() + " " + got + " but the manifest says "
                            + want, "the file changed after its manifest was written (damage, an edit, or a "
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
