package org.datasetkit.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void theFinishedFileIsReadableByOthersAndNoTemporaryIsLeft() throws Exception {
        Path target = dir.resolve("bundle.zip");

        AtomicFile.write(target, "content".getBytes());

        assertThat(target).hasContent("content");
        assertThat(Files.list(dir)).containsExactly(target);
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void aPermissionProblemIsSaidInWordsForTheOutputNotItsTemporaryFile() {
        Path target = dir.resolve("bundle.zip");

        IOException e = AtomicFile.failure(target, new java.nio.file.AccessDeniedException(dir.resolve(".bundle.zip123.tmp").toString()));

        assertThat(e).hasMessage("writing " + target + " failed: permission denied (make " + dir + " writable by the build, "
                + "or choose another output folder)");
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNothingElse() throws Exception {
        Path target = dir.resolve("report.json");
        Files.writeString(target, "old");

        IOException e = catchThrowableOfType(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half".getBytes());
            throw new IOException("No space left on device");
        }));

        // the reason alone does not say which output: the message names it, and what to do
        assertThat(e).hasMessage("writing " + target + " failed: No space left on device (free some space there, or "
                + "choose another output folder)");
        assertThat(target).hasContent("old");
        assertThat(Files.list(dir)).containsExactly(target);
    }

    @Test
    void anUnchangedOutputIsLeftAsItWasAndAChangedOneReplaced() throws Exception {
        Path target = dir.resolve("manifest-sha256.txt");
        Files.writeString(target, "same");
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(target, before);

        boolean wroteSame = AtomicFile.writeIfChanged(target, "same".getBytes());
        boolean wroteOther = AtomicFile.writeIfChanged(dir.resolve("new.txt"), "new".getBytes());

        assertThat(wroteSame).isFalse();
        assertThat(Files.getLastModifiedTime(target)).isEqualTo(before);
        assertThat(wroteOther).isTrue();
        assertThat(dir.resolve("new.txt")).hasContent("new");
        assertThat(AtomicFile.writeIfChanged(target, "sane".getBytes())).isTrue();
        assertThat(target).hasContent("sane");
    }
}
