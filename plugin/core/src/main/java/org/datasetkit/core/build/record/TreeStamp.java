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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;

import org.datasetkit.core.fixity.DigestAlgorithm;

/**
 * One SHA-256 over files as they stand: each file's path, size, modification time, change time, inode and device,
 * from one {@code stat} per file (links not followed). The change time is the part no one can set back: an edit that
 * keeps the size and restores the modification time still changes it. Walks folders in sorted order, so the same
 * tree always gives the same digest. Also notes files changed too recently to be told apart from a change in the same
 * tick of the file system's clock (git's "racy clean" problem). Given a pool, the entries of each folder are
 * {@code stat}-ed on all its threads (the stamp is the same): in a new JVM the attribute reads, run interpreted, are
 * most of an unchanged build's cost on many files.
 */
final class TreeStamp {

    /** Where the file system keeps no change time or inode (not POSIX), no stamp can be trusted. */
    private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,dev,isDirectory,isSymbolicLink";

    /** Folders with fewer entries than this are stat-ed on the calling thread: handing them over costs more. */
    private static final int PARALLEL_FROM = 32;

    private final MessageDigest sha = DigestAlgorithm.SHA256.newDigest();
    private final StringBuilder line = new StringBuilder(160);
    private final long racyFromNanos;
    private final Optional<ExecutorService> pool;
    private final int threads;
    private Optional<String> untrusted = Optional.empty();

    /** @param racyFromNanos a file changed at or after this time (ns since the epoch) makes the stamp untrustworthy */
    TreeStamp(long racyFromNanos) {
        this(racyFromNanos, Optional.empty(), 1);
    }

    /** As {@link #TreeStamp(long)}, stat-ing each folder's entries on {@code threads} threads of {@code pool}. */
    TreeStamp(long racyFromNanos, Optional<ExecutorService> pool, int threads) {
        this.racyFromNanos = racyFromNanos;
        this.pool = pool;
        this.threads = Math.max(1, threads);
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
        visit(label, root, "", Stat.of(root), skip);
    }

    /** Stamps one file or folder tree that lies outside the dataset (a setting names it). */
    void path(String label, Path p) throws IOException {
        tree(label, p, (rel, dir) -> false);
    }

    /** One entry's attributes, from its one {@code stat}: absent, on a file system without them, or its stamp. */
    private record Stat(String stamp, boolean dir, long mtime, long ctime) {

        static final Stat ABSENT = new Stat("absent", false, 0, 0);
        static final Stat UNSTAMPED = new Stat("unstamped", false, 0, 0);

        static Stat of(Path p) throws IOException {
            Map<String, Object> a;
            try {
                a = Files.readAttributes(p, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return ABSENT;
            } catch (UnsupportedOperationException e) {
                return UNSTAMPED;
            }
            long mtime = ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS);
            long ctime = ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS);
            if ((Boolean) a.get("isDirectory")) {
                // a folder's own times change with every build's work files in it: its listing below is what counts
                return new Stat("dir", true, mtime, ctime);
            }
            String kind = (Boolean) a.get("isSymbolicLink") ? "link" : "file";
            return new Stat(kind + " " + a.get("size") + " " + mtime + " " + ctime + " " + a.get("ino") + " "
                    + a.get("dev"), false, mtime, ctime);
        }
    }

    private void visit(String label, Path p, String rel, Stat stat, BiPredicate<String, Boolean> skip)
            throws IOException {
        if (stat == Stat.ABSENT || stat == Stat.UNSTAMPED) {
            if (stat == Stat.UNSTAMPED) {
                untrusted = Optional.of("this file system gives no change time or inode");
            }
            add(label, rel, stat.stamp());
            return;
        }
        if (!rel.isEmpty() && skipped(skip, rel, stat.dir())) {
            return;
        }
        add(label, rel, stat.stamp());
        if (!stat.dir() && untrusted.isEmpty() && (stat.mtime() >= racyFromNanos || stat.ctime() >= racyFromNanos)) {
            untrusted = Optional.of(label + " " + (rel.isEmpty() ? p.toString() : rel) + " changed less than a second "
                    + "before it was stamped");
        }
        if (stat.dir()) {
            // the listing's own paths, not names resolved again: a name this JVM's charset cannot encode (LANG=C)
            // would not resolve back; the walk of the payload reports such names
            List<Path> children = sortedChildren(p);
            Stat[] stats = statAll(p, children);
            for (int i = 0; i < children.size(); i++) {
                String name = children.get(i).getFileName().toString();
                visit(label, children.get(i), rel.isEmpty() ? name : rel + "/" + name, stats[i], skip);
            }
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

    /** The entries' stats in listing order, on the pool's threads when there are enough of them. */
    private Stat[] statAll(Path dir, List<Path> names) throws IOException {
        Stat[] stats = new Stat[names.size()];
        if (pool.isEmpty() || threads == 1 || names.size() < PARALLEL_FROM) {
            statRange(dir, names, stats, 0, names.size());
            return stats;
        }
        int slice = (names.size() + threads - 1) / threads;
        List<Future<?>> parts = new ArrayList<>(threads);
        for (int from = slice; from < names.size(); from += slice) {
            int start = from;
            int end = Math.min(names.size(), from + slice);
            parts.add(pool.get().submit(() -> {
                statRange(dir, names, stats, start, end);
                return null;
            }));
        }
        statRange(dir, names, stats, 0, Math.min(slice, names.size())); // the caller takes the first slice itself
        for (Future<?> part : parts) {
            try {
                part.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while stamping " + dir);
            }
        }
        return stats;
    }

    private static void statRange(Path dir, List<Path> children, Stat[] stats, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            stats[i] = Stat.of(children.get(i));
        }
    }

    private static List<Path> sortedChildren(Path dir) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
            for (Path child : in) {
                children.add(child);
            }
        } catch (NoSuchFileException e) {
            return children;
        }
        children.sort(java.util.Comparator.comparing((Path c) -> c.getFileName().toString()));
        return children;
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
