package org.datasetkit.core.dataset;

import java.nio.file.Path;
import org.datasetkit.core.diag.DatasetException;

/** Scans the folder named by its argument in a JVM of its own, started under another locale by a test. */
public final class ScanInAnotherJvm {

    private ScanInAnotherJvm() {}

    public static void main(String[] args) throws Exception {
        System.out.println("names read as " + System.getProperty("sun.jnu.encoding"));
        try {
            Dataset d = new DatasetScanner().scan(ScanRequest.of(Path.of(args[0])));
            d.files().forEach(f -> System.out.println("payload file " + f.path()));
        } catch (DatasetException e) {
            e.diagnostics().all().forEach(x -> System.out.println(x.format()));
            System.exit(1);
        }
    }
}
