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
 * tick of the file system's clock (git's "racy clean" problem).
 */
final class TreeStamp {

    /** Where the file system keeps no change time or inode (not POSIX), no stamp can be trusted. */
    private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,dev,isDirectory,isSymbolicLink";

    private final MessageDigest sha = DigestAlgorithm.SHA256.newDigest();
    private final StringBuilder line = new StringBuilder(160);
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
            add(label, rel, "absent");
            return;
        } catch (UnsupportedOperationException e) {
            untrusted = Optional.of("this file system gives no change time or inode");
            add(label, rel, "unstamped");
            return;
        }
        long mtime = ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS);
        long ctime = ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS);
        boolean dir = (Boolean) a.get("isDirectory");
        if (!rel.isEmpty() && skip.test(rel, dir)) {
            return;
        }
        String kind = dir ? "dir" : (Boolean) a.get("isSymbolicLink") ? "link" : "file";
        // a folder's own times change with every build's work files in it: its listing below is what counts
        add(label, rel, dir ? kind : kind + " " + a.get("size") + " " + mtime + " " + ctime + " " + a.get("ino") + " "
                + a.get("dev"));
        if (!dir && untrusted.isEmpty() && (mtime >= racyFromNanos || ctime >= racyFromNanos)) {
            untrusted = Optional.of(label + " " + (rel.isEmpty() ? p.toString() : rel) + " changed less than a second "
                    + "before it was stamped");
        }
        if (dir) {
            for (String name : sortedNames(p)) {
                String childRel = rel.isEmpty() ? name : rel + "/" + name;
                entry(label, p.resolve(name), childRel, skip);
            }
        }
    }

    private static List<String> sortedNames(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
            for (Path child : in) {
                names.add(child.getFileName().toString());
            }
        } catch (NoSuchFileException e) {
            return names;
        }
        names.sort(null);
        return names;
    }

    private void add(String label, String rel, String stamp) {
        line.setLength(0);
        line.append(label).append('\t').append(rel.length()).append(':').append(rel).append('\t').append(stamp)
                .append('\n');
        sha.update(line.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Why the files stamped so far cannot be trusted to be told apart from a later change, if they cannot. */
    Optional<String> untrusted() {
        return untrusted;
    }

    String digest() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
