package org.datasetkit.core.build.record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.build.DatasetLocation;
import org.datasetkit.core.dataset.PayloadGlobs;
import org.datasetkit.core.dataset.VersionControl;

/**
 * What a build found (its inputs) and left (its outputs), each as one digest of {@link TreeStamp}s. The inputs are
 * the dataset folder as the payload rules see it, coarser on the safe side: every file but the excluded ones, the
 * version-control folders and the output folder, Maven's own files included (a changed POM reruns); and the datasheet
 * wherever it is. The outputs are every file under the output folder but the build record itself.
 *
 * @param inputs the digest of the inputs
 * @param outputs the digest of the outputs
 * @param untrusted why the inputs cannot be told apart from a change made just after they were stamped, if so
 */
public record BuildState(String inputs, String outputs, Optional<String> untrusted) {

    /** Files changed within this much of the stamp could be changed again in the same clock tick, unseen. */
    static final long RACY_NANOS = 1_000_000_000L;

    /** Stamps the inputs now and the outputs as they are. */
    public static BuildState take(DatasetLocation location, Path record) throws IOException {
        return take(location, record, System.currentTimeMillis());
    }

    /** As {@link #take(DatasetLocation, Path)}, with the time taken to be now. */
    static BuildState take(DatasetLocation location, Path record, long nowMillis) throws IOException {
        TreeStamp in = new TreeStamp(nowMillis * 1_000_000L - RACY_NANOS);
        inputs(in, location);
        return new BuildState(in.digest(), outputs(location, record), in.untrusted());
    }

    /** This state with the outputs stamped again, after a goal that ran wrote them. */
    public BuildState withOutputs(DatasetLocation location, Path record) throws IOException {
        return new BuildState(inputs, outputs(location, record), untrusted);
    }

    /** Whether a build that starts in this state may trust a record that ended in {@code end}. */
    public boolean sameAs(BuildState end) {
        return inputs.equals(end.inputs) && outputs.equals(end.outputs);
    }

    private static void inputs(TreeStamp stamp, DatasetLocation location) throws IOException {
        Path root = location.root();
        PayloadGlobs excluded = new PayloadGlobs(location.excludes());
        Optional<String> output = location.outputRoot().startsWith(root) && !location.outputRoot().equals(root)
                ? Optional.of(root.relativize(location.outputRoot()).toString().replace('\\', '/')) : Optional.empty();
        stamp.tree("dataset", root, (rel, dir) -> (dir && rel.indexOf('/') < 0 && VersionControl.isTopFolder(rel))
                || output.isPresent() && output.get().equals(rel)
                || (dir ? excluded.matchesFolder(rel) : excluded.matchesFile(rel)));
        for (Path sheet : location.datasheet().map(List::of).orElse(List.of())) {
            Path abs = root.resolve(sheet).toAbsolutePath().normalize();
            if (!abs.startsWith(root)) {
                stamp.path("datasheet", abs);
            }
        }
    }

    private static String outputs(DatasetLocation location, Path record) throws IOException {
        TreeStamp out = TreeStamp.settled();
        Path root = location.outputRoot();
        Optional<String> skipped = record.startsWith(root) ? Optional.of(root.relativize(record).toString()
                .replace('\\', '/')) : Optional.empty();
        out.tree("output", root, (rel, dir) -> skipped.isPresent() && skipped.get().equals(rel));
        return out.digest();
    }
}
