package org.datasetkit.core.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.datasetkit.core.diag.Diagnostic;

/**
 * One walk of a dataset folder: folders are listed in parallel (a stat per entry is most of a scan's cost), and
 * every entry goes through the payload rules. Collects, in no particular order, the files kept and every problem;
 * {@link DatasetScanner} sorts and checks the result.
 */
final class DatasetWalk {

    /** The build's own files at the top of a dataset project: never payload. */
    private static final Set<String> BUILD_OWNED_TOP = Set.of("pom.xml", "target", ".mvn", ".git", ".hg", ".svn");

    /** Version-control plumbing anywhere in the tree: never payload. */
    private static final Set<String> VCS_FILES = Set.of(".gitignore", ".gitattributes", ".gitkeep", ".hgignore");

    /** Files operating systems drop into folders; left out with a warning, since nobody means to publish them. */
    private static final Set<String> OS_JUNK = Set.of(".DS_Store", "Thumbs.db", "desktop.ini", "ehthumbs.db");

    private final Path root;
    private final Path realRoot;
    private final ScanRequest request;
    private final Consumer<DatasetFile> onFile;
    private final List<PathMatcher> excludes = new ArrayList<>();
    private final List<Path> excludedDirs = new ArrayList<>();

    final Queue<DatasetFile> files = new ConcurrentLinkedQueue<>();
    final Queue<String> folders = new ConcurrentLinkedQueue<>();
    final Queue<Diagnostic> errors = new ConcurrentLinkedQueue<>();
    final Queue<Diagnostic> warnings = new ConcurrentLinkedQueue<>();
    final Queue<String> junk = new ConcurrentLinkedQueue<>();

    DatasetWalk(Path root, ScanRequest request, Consumer<DatasetFile> onFile) throws IOException {
        this.root = root;
        this.onFile = onFile;
        this.realRoot = root.toRealPath();
        this.request = request;
        for (String glob : request.excludes()) {
            excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
        for (Path dir : request.excludedDirectories()) {
            excludedDirs.add(dir.toAbsolutePath().normalize());
        }
    }

    /** Walks the whole tree with a pool of its own, sized to the machine and shut down before returning. */
    void run() throws IOException {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        try {
            pool.invoke(new Folder(root, ""));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Lists one folder, visits its files and forks its subfolders; answers how many entries it kept. */
    private final class Folder extends RecursiveTask<Integer> {
        private static final long serialVersionUID = 1L;
        private final transient Path dir;
        private final String rel;

        Folder(Path dir, String rel) {
            this.dir = dir;
            this.rel = rel;
        }

        @Override
        protected Integer compute() {
            int kept = 0;
            List<Folder> subfolders = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    String path = rel.isEmpty() ? name : rel + "/" + name;
                    BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attrs.isDirectory()) {
                        if (!skipsFolder(entry, path)) {
                            folders.add(path);
                            subfolders.add(new Folder(entry, path));
                        }
                    } else if (visitFile(entry, path, name, attrs)) {
                        kept++;
                    }
                }
            } catch (IOException e) {
                errors.add(Diagnostic.error("dataset.unreadable", rel.isEmpty() ? root.toString() : rel + "/",
                        "cannot list this folder: " + e.getMessage(), "make it readable by the build"));
                return 0;
            }
            for (Folder sub : invokeAll(subfolders)) {
                if (sub.join() > 0) {
                    kept++;
                }
            }
            if (kept == 0 && !rel.isEmpty()) {
                warnings.add(Diagnostic.warning("dataset.empty-folder", rel + "/",
                        "is empty; BagIt cannot carry empty folders, so it is not in the bundle",
                        "delete it, or put a README in it if it must be there"));
            }
            return kept;
        }
    }

    private boolean skipsFolder(Path dir, String rel) {
        return isBuildOwned(rel) || excludedDirs.contains(dir) || isExcluded(rel) || isExcluded(rel + "/");
    }

    /** Applies the payload rules to one non-folder entry; true when it is kept as a payload file. */
    private boolean visitFile(Path file, String rel, String name, BasicFileAttributes attrs) {
        if (isBuildOwned(rel) || VCS_FILES.contains(name) || isExcluded(rel)) {
            return false;
        }
        if (OS_JUNK.contains(name) || name.startsWith("._")) {
            junk.add(rel);
            return false;
        }
        BasicFileAttributes content = attrs;
        if (attrs.isSymbolicLink()) {
            content = followLink(file, rel);
            if (content == null) {
                return false;
            }
        }
        if (!content.isRegularFile()) {
            errors.add(Diagnostic.error("dataset.not-a-file", rel,
                    "is neither a regular file nor a folder (a device, socket or pipe)",
                    "remove it from the dataset folder or add it to dataset.excludes"));
            return false;
        }
        Object key = content.fileKey();
        DatasetFile found = new DatasetFile(rel, file, content.size(), content.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                key == null ? "" : key.toString());
        files.add(found);
        onFile.accept(found);
        return true;
    }

    /** The attributes of a link's target, or null after recording why it cannot be bundled. */
    private BasicFileAttributes followLink(Path link, String rel) {
        try {
            Path target;
            try {
                target = link.toRealPath();
            } catch (NoSuchFileException e) {
                errors.add(Diagnostic.error("dataset.broken-symlink", rel,
                        "is a symbolic link to a file that does not exist", "remove the link or restore its target"));
                return null;
            }
            if (!target.startsWith(realRoot)) {
                errors.add(Diagnostic.error("dataset.symlink-outside", rel,
                        "is a symbolic link to " + target + ", outside the dataset folder",
                        "copy the file into the dataset, or exclude the link with dataset.excludes"));
                return null;
            }
            if (request.symlinks() == SymlinkPolicy.REFUSE) {
                errors.add(Diagnostic.error("dataset.symlink-refused", rel,
                        "is a symbolic link and dataset.symlinks=refuse",
                        "replace the link with the file, or set dataset.symlinks=follow"));
                return null;
            }
            BasicFileAttributes attrs = Files.readAttributes(target, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                errors.add(Diagnostic.error("dataset.symlink-folder", rel,
                        "is a symbolic link to a folder; folder links are not followed (they can loop)",
                        "replace the link with the folder, or exclude it with dataset.excludes"));
                return null;
            }
            return attrs;
        } catch (IOException e) {
            errors.add(Diagnostic.error("dataset.unreadable", rel, "cannot follow this link: " + e.getMessage(),
                    "make its target readable, or exclude the link"));
            return null;
        }
    }

    private boolean isBuildOwned(String rel) {
        return rel.indexOf('/') < 0 && BUILD_OWNED_TOP.contains(rel);
    }

    private boolean isExcluded(String rel) {
        if (excludes.isEmpty()) {
            return false;
        }
        Path p = Path.of(rel);
        for (PathMatcher m : excludes) {
            if (m.matches(p)) {
                return true;
            }
        }
        return false;
    }
}
