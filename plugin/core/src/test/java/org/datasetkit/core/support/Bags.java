package org.datasetkit.core.support;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.datasetkit.core.bag.BagRequest;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.bag.BagInfo;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.bag.TagFile;
import org.datasetkit.core.bag.ZipBagWriter;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.fixity.Checksummer;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FixityOptions;
import org.datasetkit.core.fixity.FixityResult;

/** Bags a test dataset folder the way the bundle goal does. */
public final class Bags {

    public static final Instant TIME = Instant.parse("2026-05-01T00:00:00Z");

    private Bags() {}

    public static FixityResult fixity(Path root, DigestAlgorithm... algorithms) throws Exception {
        return new Checksummer().compute(new DatasetScanner().scan(ScanRequest.of(root)), new FixityOptions(
                List.of(algorithms), 2, java.util.Optional.empty(), false,
                org.datasetkit.core.fixity.ProgressListener.NONE, java.time.Duration.ofSeconds(5)));
    }

    public static BagWriteResult zip(Path root, Path archive, Compression compression, DigestAlgorithm... algorithms)
            throws Exception {
        return write(new ZipBagWriter(), root, archive, compression, algorithms);
    }

    public static BagWriteResult write(org.datasetkit.core.bag.BagWriter writer, Path root, Path target,
            Compression compression, DigestAlgorithm... algorithms) throws Exception {
        return write(writer, root, List.of(), target, compression, algorithms);
    }

    /**
     * Bags a dataset folder plus payload files that exist only in memory ({@code generated}, named relative to
     * {@code data/}, as the bundle's metadata exports are): a bag of many entries without as many files on disk.
     */
    public static BagWriteResult write(org.datasetkit.core.bag.BagWriter writer, Path root, List<TagFile> generated,
            Path target, Compression compression, DigestAlgorithm... algorithms) throws Exception {
        FixityResult fixity = fixity(root, algorithms.length == 0 ? new DigestAlgorithm[] {DigestAlgorithm.SHA256} : algorithms);
        BagInfo info = new BagInfo(List.of(new BagInfo.Field("Bagging-Date", "2026-05-01"),
                new BagInfo.Field("Bag-Software-Agent", "test")));
        return writer.write(new BagRequest("test-bag-1.0.0", target, fixity, generated, info, List.of(), TIME, compression));
    }
}
