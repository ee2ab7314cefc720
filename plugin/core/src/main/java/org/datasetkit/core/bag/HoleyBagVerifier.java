package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;

/**
 * Verifies a bag that may be holey (RFC 8493 §2.2.3: files listed in the manifests and in fetch.txt, not in the bag).
 * Its own files are verified as in any bag; each fetch.txt line must name a payload file of the manifests, inside
 * the bag, and Payload-Oxum counts the fetched lengths. Given the previous release's bag, the files fetch.txt lists
 * are read from it and checked against this bag's manifests, so the bag verifies complete; without it they are
 * counted, as what is missing until they are fetched. Nothing is downloaded.
 */
public final class HoleyBagVerifier {

    private final VerificationLimits limits;
    private final int threads;

    public HoleyBagVerifier() {
        this(VerificationLimits.DEFAULT);
    }

    public HoleyBagVerifier(VerificationLimits limits) {
        this(limits, Runtime.getRuntime().availableProcessors());
    }

    public HoleyBagVerifier(VerificationLimits limits, int threads) {
        this.limits = limits;
        this.threads = threads;
    }

    /** Every checksum ({@link VerificationTier#FULL}), the fetched files' too when the previous bag is given. */
    public HoleyBagResult verify(Path bag, Optional<Path> previous) throws IOException {
        return verify(bag, previous, VerificationTier.FULL);
    }

    /**
     * @param bag a bag folder, zip, tar or tar.gz
     * @param previous the bag the fetched files come from (folder, or archive, or a folder holding one bag), if any
     * @param tier how deeply: the fast tier reads no payload file, present or fetched
     */
    public HoleyBagResult verify(Path bag, Optional<Path> previous, VerificationTier tier) throws IOException {
        BagVerifier verifier = new BagVerifier(limits, threads);
        boolean readPayload = tier == VerificationTier.FULL;
        if (!Files.isDirectory(bag) && !Files.isRegularFile(bag)) {
            return HoleyBagResult.whole(verifier.verify(bag, tier)); // it says why this is no bag
        }
        BagSource holey;
        try {
            holey = BagSource.open(bag, limits, readPayload);
        } catch (IllegalArgumentException | IOException e) {
            return HoleyBagResult.whole(verifier.verify(bag, tier)); // it says why this cannot be opened
        }
        List<FetchList.Line> lines;
        try {
            lines = fetchLines(holey);
        } catch (IOException | RuntimeException e) {
            holey.close();
            throw e;
        }
        if (lines.isEmpty()) {
            return HoleyBagResult.whole(verifier.verify(bag, holey, tier));
        }
        Optional<BagSource> before = Optional.empty();
        Diagnostics unopened = Diagnostics.none();
        if (previous.isPresent()) {
            try {
                before = Optional.of(BagSource.open(onlyBag(previous.get()), limits, readPayload));
            } catch (IllegalArgumentException | IOException e) {
                unopened = Diagnostics.of(Diagnostic.error("bag.previous-unreadable", previous.get().toString(),
                        "the previous release's bag, which fetch.txt fetches from, cannot be read: " + e.getMessage(),
                        "name the previous release's bundle (a bag folder, zip, tar or tar.gz)"));
            }
        }
        FetchedBagSource fetched = new FetchedBagSource(holey, lines, before);
        VerificationResult result = verifier.verify(bag, fetched, tier);
        if (!unopened.isEmpty()) {
            result = new VerificationResult(result.bag(), result.bagName(), result.payloadFiles(), result.payloadBytes(),
                    unopened.plus(result.diagnostics()), result.tier());
        }
        return new HoleyBagResult(result, fetched.unfetchedFiles(), fetched.unfetchedBytes(), fetched.suppliedFiles(),
                before.isPresent() ? previous : Optional.empty());
    }

    /** The safe lines of the bag's fetch.txt; its bad lines are reported by the verification itself. */
    private static List<FetchList.Line> fetchLines(BagSource source) throws IOException {
        BagSource.Entry fetch = null;
        BagSource.Entry declaration = null;
        for (BagSource.Entry e : source.entries()) {
            if (e.path().equals(FetchList.FILE_NAME)) {
                fetch = e;
            } else if (e.path().equals("bagit.txt")) {
                declaration = e;
            }
        }
        if (fetch == null) {
            return List.of();
        }
        BagFindings scratch = new BagFindings(source.name());
        Charset encoding = StandardCharsets.UTF_8;
        if (declaration != null && declaration.size() <= BagDeclaration.MAX_BYTES) {
            try (InputStream in = new SizeBoundedInput(source.open("bagit.txt"), declaration.size())) {
                encoding = BagDeclaration.read(in.readAllBytes(), scratch).encoding();
            }
        }
        try (InputStream in = new SizeBoundedInput(source.open(FetchList.FILE_NAME), fetch.size())) {
            return FetchList.read(in, encoding, scratch).lines();
        }
    }

    /** A bag folder or archive as given, or the one bag folder inside a folder (an extracted archive). */
    private static Path onlyBag(Path given) throws IOException {
        if (!Files.isDirectory(given) || Files.isRegularFile(given.resolve("bagit.txt"))) {
            return given;
        }
        try (var list = Files.list(given)) {
            List<Path> bags = list.filter(p -> Files.isRegularFile(p.resolve("bagit.txt"))).toList();
            return bags.size() == 1 ? bags.get(0) : given;
        }
    }
}
