package org.datasetkit.core.dataset;

import java.nio.file.Path;
import java.util.List;
import org.datasetkit.core.diag.Diagnostics;

/**
 * The scanned dataset: its root and every payload file, sorted byte-wise by UTF-8 path, plus the warnings the
 * scan raised (junk files left out, empty folders, case-only name clashes).
 */
public record Dataset(Path root, List<DatasetFile> files, Diagnostics warnings) {

    public Dataset {
        files = List.copyOf(files);
    }

    public long totalBytes() {
        long sum = 0;
        for (DatasetFile f : files) {
            sum += f.size();
        }
        return sum;
    }

    /** BagIt's Payload-Oxum: {@code octets.streams}. */
    public String payloadOxum() {
        return totalBytes() + "." + files.size();
    }
}
