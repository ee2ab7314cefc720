package org.datasetkit.core.build.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;

import org.datasetkit.core.fixity.DigestAlgorithm;

/**
 * One SHA-256 over files as they stand: each file's path, size, modification time, change time, inode and device,
 * from one {@code stat} per file (links not followed). The change time is the part no one can set back: an edit that
 * keeps the size and restores the modification time still changes it. Walks folders in sorted order, so the same
 * tree always gives the same digest. Also notes files changed too recently to be told apart from a change in the same
 * tick of the file system's clock (git's "racy clean" problem). One thread: in a new JVM the work per file runs
 * interpreted, and handing folders to a second thread measured slower (0.72 s against 0.66 s on 20,025 files), so
 * each file costs one {@code stat} and a few appends to a buffer that is digested in large pieces.
 */
final class TreeStamp {

    /** Where the file system keeps no change time or inode (not POSIX), no stamp can be trusted. */
    private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,dev,isDirectory,isSymbolicLink";

    /** The text is digested whenever it grows past this: fewer, larger updates. */
    private static final int FLUSH_AT = 1 << 16;

    private final MessageDigest sha = DigestAlgorithm.SHA256.newDigest();
    private final StringBuilder text = new StringBuilder(FLUSH_AT + 1024);
    private final long racyFromNanos;
    private Optional<String> untrusted = Optional.empty();

    /** @param racyFromNanos a file changed at or after this time (ns since the epoch) makes the stamp untrustworthy */
    TreeStamp(long racyFromNanos) {
        this.racyFromNanos = racyFromNanos;
    }

    /** A stamp whose files are all taken as settled (the build's own outputs). */
    static TreeStamp settled() {
        return new TreeStamp(Long.MAX_VALUE);
    }

    /**
     * Stamps every file and folder under {@code root} (or {@code root} itself when it is a file), under a label.
     *
     * @param skip given a {@code /}-separated name relative to {@code root} and whether it is a folder, whether to
     *     leave it out (asked after its one {@code stat}, so that a file and a folder of one name are told apart)
     */
    void tree(String label, Path root, BiPredicate<String, Boolean> skip) throws IOException {
        entry(label, root, "", skip);
    }

    /** Stamps one file or folder tree that lies outside the dataset (a setting names it). */
    void path(String label, Path p) throws IOException {
        tree(label, p, (rel, dir) -> false);
    }

    private void entry(String label, Path p, String rel, BiPredicate<String, Boolean> skip) throws IOException {
        Map<String, Object> a;
        try {
            a = Files.readAttributes(p, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            start(label, rel).append("absent\n");
            return;
        } catch (UnsupportedOperationException e) {
            untrusted = Optional.of("this file system gives no change time or inode");
            start(label, rel).append("unstamped\n");
            return;
        }
        boolean dir = (Boolean) a.get("isDirectory");
        if (!rel.isEmpty() && skipped(skip, rel, dir)) {
            return;
        }
        if (dir) {
            // a folder's own times change with every build's work files in it: its listing below is what counts
            start(label, rel).append("dir\n");
            for (Child child : sortedChildren(p)) {
                entry(label, child.path(), rel.isEmpty() ? child.name() : rel + "/" + child.name(), skip);
            }
            return;
        }
        long mtime = ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS);
        long ctime = ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS);
        start(label, rel).append((Boolean) a.get("isSymbolicLink") ? "link " : "file ").append((long) a.get("size"))
                .append(' ').append(mtime).append(' ').append(ctime).append(' ').append(a.get("ino")).append(' ')
                .append(a.get("dev")).append('\n');
        if (untrusted.isEmpty() && (mtime >= racyFromNanos || ctime >= racyFromNanos)) {
            untrusted = Optional.of(label + " " + (rel.isEmpty() ? p.toString() : rel) + " changed less than a second "
                    + "before it was stamped");
        }
    }

    /** A name the exclude patterns cannot even take (undecodable under LANG=C) is stamped: the payload walk refuses it. */
    private static boolean skipped(BiPredicate<String, Boolean> skip, String rel, boolean dir) {
        try {
            return skip.test(rel, dir);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * A folder's entry: the listing's own path, not a name resolved again (a name this JVM's charset cannot encode,
     * under LANG=C, would not resolve back; the walk of the payload reports such names), and its name, taken once.
     */
    private record Child(String name, Path path) {}

    private static List<Child> sortedChildren(Path dir) throws IOException {
        List<Child> children = new ArrayList<>();
        try (DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
            for (Path child : in) {
                children.add(new Child(child.getFileName().toString(), child));
            }
        } catch (NoSuchFileException e) {
            return children;
        }
        children.sort(java.util.Comparator.comparing(Child::name));
        return children;
    }

    /** Starts an entry's line, {@code label TAB length:name TAB}, digesting what came before once it is large. */
    private StringBuilder start(String label, String rel) {
        if (text.length() >= FLUSH_AT) {
            flush();
        }
        return text.append(label).append('\t').append(rel.length()).append(':').append(rel).append('\t');
    }

    private void flush() {
        sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
    }

    /** Why the files stamped so far cannot be trusted to be told apart from a later change, if they cannot. */
    Optional<String> untrusted() {
        return untrusted;
    }

    String digest() {
        flush();
        return HexFormat.of().formatHex(sha.digest());
    }
}
