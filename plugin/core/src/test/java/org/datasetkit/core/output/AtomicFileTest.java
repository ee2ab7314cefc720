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

    @Test
    void aStreamedOutputIsComparedWithTheOldFileWithoutHoldingEitherAndReplacedOnlyWhenItsBytesDiffer() throws Exception {
        Path target = dir.resolve("manifest-sha256.txt");
        byte[] big = new byte[3 << 16]; // more than one buffer, written in small pieces
        new java.util.Random(1).nextBytes(big);
        Files.write(target, big);
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(target, before);
        Object identity = Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        boolean wroteSame = AtomicFile.writeIfChanged(target, out -> {
            for (int i = 0; i < big.length; i += 1000) {
                out.write(big, i, Math.min(1000, big.length - i));
            }
        });

        assertThat(wroteSame).isFalse();
        assertThat(Files.getLastModifiedTime(target)).isEqualTo(before);
        assertThat(Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(identity);
        assertThat(Files.list(dir)).containsExactly(target);
        byte[] changed = big.clone();
        changed[big.length - 1] ^= 1; // the same size, one bit apart
        assertThat(AtomicFile.writeIfChanged(target, out -> out.write(changed))).isTrue();
        assertThat(target).hasBinaryContent(changed);
        assertThat(AtomicFile.writeIfChanged(target, out -> out.write(changed, 0, 10))).isTrue();
        assertThat(target).hasBinaryContent(java.util.Arrays.copyOf(changed, 10));
        assertThat(AtomicFile.writeIfChanged(dir.resolve("new.txt"), out -> out.write('n'))).isTrue();
        assertThat(dir.resolve("new.txt")).hasContent("n");
        assertThat(Files.list(dir)).containsExactlyInAnyOrder(target, dir.resolve("new.txt"));
    }
}
