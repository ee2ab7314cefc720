package org.datasetkit.core.build;

import java.io.IOException;
import java.nio.file.Path;
import org.datasetkit.core.diag.JsonReport;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report of a gate the user turned off, in place of the one it would have written: a report left from an
 * earlier run must not read as a pass this build did not make.
 */
final class GateOffReport {

    private GateOffReport() {}

    static void write(Path target, Stage gate) throws IOException {
        ObjectNode root = JsonReport.object();
        root.put("gate", "off");
        root.put("reason", gate.words() + " was turned off by the user for this build: nothing was checked");
        root.putArray("findings");
        JsonReport.write(target, root);
    }
}
