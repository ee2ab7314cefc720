package org.datasetkit.core.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Writes a file so that readers see either the old content or the whole new content, never a half-written file:
 * the bytes go to a temporary sibling, which is then moved over the target. Temporary files that a killed run left
 * beside the target are removed first ({@link Leftovers}); a failure names the target and says why in words.
 */
public final class AtomicFile {

    /** Produces the content of a file into a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /** Writes {@code content} to {@code target} through a temporary file in the same directory. */
    public static void write(Path target, Content content) throws IOException {
        AtomicFile.<RuntimeException>writeFile(target, tmp -> {
            try (OutputStream out = openTemporary(tmp)) {
                content.writeTo(out);
            }
        });
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes {@code bytes} unless {@code target} already holds exactly them, so an output that did not change keeps
     * its time stamp (and whatever compares time stamps downstream sees it unchanged). Answers whether it wrote.
     */
    public static boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
        try {
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == bytes.length
                    && Arrays.equals(Files.readAllBytes(target), bytes)) {
                return false;
            }
        } catch (NoSuchFileException e) {
            // gone in between: write it
        }
        write(target, bytes);
        return true;
    }

    /**
     * Streams {@code content} to a temporary sibling and moves it over {@code target} unless the target already holds
     * exactly those bytes (same size and the same SHA-256, the old file read as a stream too): neither version is held
     * in memory, so a manifest of a million lines costs a buffer, not twice its size. Answers whether it wrote.
     */
    public static boolean writeIfChanged(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            Leftovers.remove(target);
            tmp = temporarySibling(dir, target);
            MessageDigest sha = sha256();
            long size;
            try (OutputStream file = openTemporary(tmp);
                    CountingDigestStream hashed = new CountingDigestStream(file, sha);
                    OutputStream out = new BufferedOutputStream(hashed, 1 << 16)) {
                content.writeTo(out);
                out.flush();
                size = hashed.count();
            }
            if (holds(target, size, sha.digest())) {
                return false;
            }
            moveIntoPlace(tmp, target);
            return true;
        } catch (IOException e) {
            throw failure(target, e);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Whether {@code target} is a regular file of {@code size} bytes whose SHA-256 is {@code digest}. */
    private static boolean holds(Path target, long size, byte[] digest) throws IOException {
        try {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.size(target) != size) {
                return false;
            }
            MessageDigest sha = sha256();
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(target)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                }
            }
            return MessageDigest.isEqual(sha.digest(), digest);
        } catch (NoSuchFileException e) {
            return false; // gone in between: written
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Hashes and counts what passes through to the file. */
    private static final class CountingDigestStream extends FilterOutputStream {
        private final MessageDigest digest;
        private long count;

        CountingDigestStream(OutputStream out, MessageDigest digest) {
            super(out);
            this.digest = digest;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            digest.update(b, off, len);
            count += len;
            out.write(b, off, len);
        }

        long count() {
            return count;
        }
    }

    /**
     * Writes a file given its temporary path (for writers that need a seekable file rather than a stream).
     *
     * @param <X> the checked exception the writer may throw besides {@link IOException} (a bag writer's finding
     *     about the dataset, for instance): it passes through {@link #writeFile} unchanged
     */
    @FunctionalInterface
    public interface FileContent<X extends Exception> {
        void writeTo(Path tmp) throws IOException, X;
    }

    /**
     * Opens the temporary file {@link #writeFile} hands to its content for writing, as it is: new and empty. Opening
     * it truncating (the default of {@code Files.newOutputStream}) makes ext4 flush the file to disk when it is
     * closed (its {@code auto_da_alloc} rule for files truncated to nothing), which cost 0.1–0.5 s of a 700 MB archive.
     */
    public static OutputStream openTemporary(Path tmp) throws IOException {
        return Channels.newOutputStream(openTemporaryChannel(tmp));
    }

    /** {@link #openTemporary} as a channel, for writers that seek back (a zip's local headers). */
    public static SeekableByteChannel openTemporaryChannel(Path tmp) throws IOException {
        return FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.READ);
    }

    /**
     * Writes {@code target} through a temporary sibling that {@code content} fills; the target appears only when the
     * content is complete, and nothing is left behind when it fails.
     */
    public static <X extends Exception> void writeFile(Path target, FileContent<X> content) throws IOException, X {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            Leftovers.remove(target);
            tmp = temporarySibling(dir, target);
            content.writeTo(tmp);
            moveIntoPlace(tmp, target);
        } catch (IOException e) {
            throw failure(target, e);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * An I/O failure while writing {@code target}, named and said in words: "No space left on device" alone does not
     * say which output, and an access denied names a temporary file the user never heard of.
     */
    public static IOException failure(Path target, IOException e) {
        if (e instanceof OutputFailure) {
            return e;
        }
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String fix = e instanceof AccessDeniedException ? "make " + target.toAbsolutePath().getParent()
                + " writable by the build, or choose another output folder"
                : reason.toLowerCase(java.util.Locale.ROOT).contains("space") ? "free some space there, or choose another output folder"
                : "check the disk and the output folder, then run the build again";
        return new OutputFailure("writing " + target + " failed: " + reason + " (" + fix + ")", e);
    }

    /** An I/O failure that already names the output and says what to do. */
    public static final class OutputFailure extends IOException {
        private static final long serialVersionUID = 1L;

        OutputFailure(String message, IOException cause) {
            super(message, cause);
        }
    }

    /**
     * A new temporary file beside the target. Temporary files are created owner-only; the finished file gets the
     * permissions a build output normally has (rw-r--r--), so a bundle can be shared and deployed as it is.
     */
    private static Path temporarySibling(Path dir, Path target) throws IOException {
        Path tmp = Files.createTempFile(dir, Leftovers.temporaryPrefix(target), Leftovers.TEMPORARY_SUFFIX);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: it has its own defaults
        }
        return tmp;
    }

    /** Moves a finished temporary file over the target, atomically where the file system allows it. */
    public static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
