package org.datasetkit.core.build;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.bag.BagInfo;
import org.datasetkit.core.bag.TagFile;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.diff.DiffJson;
import org.datasetkit.core.diff.ReleaseDiff;
import org.datasetkit.core.export.ReleaseAdditions;

/** What the version stage adds to the bundle: the changelog and the diff, when there was a release before, and the version. */
final class ReleaseFiles {

    private ReleaseFiles() {}

    static ReleaseAdditions of(Datasheet sheet, Optional<ReleaseDiff> diff) {
        List<BagInfo.Field> info = List.of(new BagInfo.Field("Version", sheet.version()));
        if (diff.isEmpty()) {
            return new ReleaseAdditions(List.of(), info, Optional.empty());
        }
        return new ReleaseAdditions(List.of(new TagFile(DiffStage.CHANGELOG, DiffStage.changelog(diff.get(), sheet)),
                new TagFile("metadata/" + DiffStage.CHANGES_JSON, new DiffJson().write(diff.get()).getBytes(StandardCharsets.UTF_8))),
                info, diff.get().previousDoi()).following(diff.get().previousVersion());
    }
}
