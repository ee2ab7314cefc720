package org.datasetkit.core.privacy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;

/**
 * TIFF and BigTIFF files (pathology slides, scanned film, microscopy): the text tags of every directory — Artist,
 * ImageDescription, DateTime, the EXIF tags — and the XMP and IPTC blocks, read by offset without touching the pixels.
 */
final class TiffCheck implements FileCheck {

    private final MetadataRules rules;

    TiffCheck(MetadataRules rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "tiff";
    }

    @Override
    public Set<FileKind> kinds() {
        return Set.of(FileKind.TIFF);
    }

    @Override
    public void check(CheckedFile file, PrivacyPolicy policy, List<Diagnostic> findings) throws IOException {
        try (FileChannel channel = FileChannel.open(file.file().file(), StandardOpenOption.READ)) {
            List<TiffReader.Tag> tags = new TiffReader(RandomBytes.of(channel)).read();
            rules.judgeTiff(file.path(), "tiff", "TIFF", tags, policy, file.shapes(), findings);
        }
    }
}
