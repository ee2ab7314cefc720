package org.datasetkit.core.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Vocabulary;

/**
 * One walk of a dataset folder: folders are listed in parallel (a stat per entry is most of a scan's cost), every
 * entry goes through the payload rules, and each folder's entries are sorted and checked for colliding names where
 * they are listed. Sorting folder by folder, with a folder's name standing for all of its contents, gives the files
 * in path order without sorting the whole list; the result is the same however the walk was scheduled.
 */
final class DatasetWalk {

    /** Version-control plumbing anywhere in the tree: never payload. */
    private static final Set<String> VCS_FILES = Set.of(".gitignore", ".gitattributes", ".gitkeep", ".hgignore");

    /** Files operating systems drop into folders; left out with a warning, since nobody means to publish them. */
    private static final Set<String> OS_JUNK = Set.of(".DS_Store", "Thumbs.db", "desktop.ini", "ehthumbs.db");

    /**
     * Entries of one folder in the order of the paths they lead to: a folder sorts as its name followed by
     * {@code /}, which is where everything inside it falls among its siblings (so "a.txt" comes before "a/b").
     */
    private static final Comparator<Listed> PATH_ORDER = (x, y) -> PathOrder.INSTANCE.compare(x.sortKey, y.sortKey);

    private final Path root;
    private final Path realRoot;
    private final ScanRequest request;
    private final Consumer<DatasetFile> onFile;
    private final PayloadGlobs excludes;
    private final List<Path> excludedDirs = new ArrayList<>();
    private final PayloadGlobs ownFiles;

    final Queue<Diagnostic> errors = new ConcurrentLinkedQueue<>();
    final Queue<Diagnostic> warnings = new ConcurrentLinkedQueue<>();
    final Queue<String> junk = new ConcurrentLinkedQueue<>();

    DatasetWalk(Path root, ScanRequest request, Consumer<DatasetFile> onFile) throws IOException {
        this.root = root;
        this.onFile = onFile;
        this.realRoot = root.toRealPath();
        this.request = request;
        this.excludes = new PayloadGlobs(request.excludes());
        this.ownFiles = new PayloadGlobs(request.ownFiles());
        for (Path dir : request.excludedDirectories()) {
            excludedDirs.add(dir.toAbsolutePath().normalize());
        }
    }

    /** Walks the whole tree with a pool of its own, sized to the machine and shut down before returning. */
    List<DatasetFile> run() throws IOException {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        try {
            Folder top = new Folder(root, "");
            pool.invoke(top);
            List<DatasetFile> files = new ArrayList<>();
            top.collectInto(files);
            return files;
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

    /** An entry of a folder as listed: its name, where it is, and what it is (the link itself, for a link). */
    private record Listed(String name, Path entry, BasicFileAttributes attrs, String sortKey) {
        Listed(String name, Path entry, BasicFileAttributes attrs) {
            this(name, entry, attrs, attrs.isDirectory() ? name + "/" : name);
        }
    }

    /**
     * Lists one folder, visits its files and forks its subfolders; answers how many entries it kept. Afterwards
     * {@link #kept} holds its payload files and subfolders in path order.
     */
    private final class Folder extends RecursiveTask<Integer> {
        private static final long serialVersionUID = 1L;
        private final transient Path dir;
        private final String rel;
        private final transient List<Object> kept = new ArrayList<>();

        Folder(Path dir, String rel) {
            this.dir = dir;
            this.rel = rel;
        }

        @Override
        protected Integer compute() {
            List<Listed> listed = list();
            if (listed == null) {
                return 0;
            }
            List<FolderNames.Name> names = new ArrayList<>(listed.size());
            List<Folder> subfolders = new ArrayList<>();
            for (Listed l : listed) {
                String path = rel.isEmpty() ? l.name() : rel + "/" + l.name();
                if (l.attrs().isDirectory()) {
                    if (!skipsFolder(l.entry(), path)) {
                        Folder sub = new Folder(l.entry(), path);
                        subfolders.add(sub);
                        kept.add(sub);
                        names.add(new FolderNames.Name(l.name(), path + "/"));
                    }
                } else {
                    DatasetFile file = visitFile(l.entry(), path, l.name(), l.attrs());
                    if (file != null) {
                        kept.add(file);
                        names.add(new FolderNames.Name(l.name(), path));
                    }
                }
            }
            FolderNames.check(names, errors::add, warnings::add);
            int keptCount = kept.size();
            for (Folder sub : invokeAll(subfolders)) {
                if (sub.join() == 0) {
                    keptCount--;
                }
            }
            if (keptCount == 0 && !rel.isEmpty()) {
                warnings.add(Diagnostic.warning("dataset.empty-folder", rel + "/",
                        "is empty; BagIt cannot carry empty folders, so it is not in the bundle",
                        "delete it, or put a README in it if it must be there"));
            }
            return keptCount;
        }

        /** The folder's entries in path order, each with its attributes; null after recording why it cannot be listed. */
        private List<Listed> list() {
            List<Listed> listed = new ArrayList<>();
            List<String> undecodable = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (FileNameText.undecodable(entry, name)) {
                        undecodable.add(name); // its text is lost: Path.of(name) would not even find it again
                    } else if (name.indexOf('\\') >= 0) {
                        errors.add(FileNameText.backslash(rel.isEmpty() ? name : rel + "/" + name));
                    } else {
                        listed.add(new Listed(name, entry,
                                Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)));
                    }
                }
            } catch (IOException e) {
                String why = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
                errors.add(Diagnostic.error(ChangeDetector.UNREADABLE, rel.isEmpty() ? root.toString() : rel + "/",
                        "cannot list this folder: " + why, "make it readable by the build (chmod a+rx) or exclude it"));
                return null;
            }
            if (!undecodable.isEmpty()) {
                undecodable.sort(PathOrder.INSTANCE);
                errors.add(FileNameText.undecodable(rel.isEmpty() ? root.toString() : rel + "/", undecodable));
            }
            listed.sort(PATH_ORDER);
            return listed;
        }

        /** Appends this folder's payload files, its subfolders' in their place, to {@code files}. */
        void collectInto(List<DatasetFile> files) {
            for (Object k : kept) {
                if (k instanceof DatasetFile f) {
                    files.add(f);
                } else {
                    ((Folder) k).collectInto(files);
                }
            }
        }
    }

    private boolean skipsFolder(Path dir, String rel) {
        return isBuildOwned(rel) || excludedDirs.contains(dir) || excludes.matchesFolder(rel);
    }

    /** Applies the payload rules to one non-folder entry; the payload file it is, or null when it is left out. */
    private DatasetFile visitFile(Path file, String rel, String name, BasicFileAttributes attrs) {
        if (isBuildOwned(rel) || VCS_FILES.contains(name) || excludes.matchesFile(rel)) {
            return null;
        }
        if (OS_JUNK.contains(name) || name.startsWith("._")) {
            junk.add(rel);
            return null;
        }
        BasicFileAttributes content = attrs;
        if (attrs.isSymbolicLink()) {
            content = followLink(file, rel);
            if (content == null) {
                return null;
            }
        }
        if (!content.isRegularFile()) {
            errors.add(Diagnostic.error("dataset.not-a-file", rel,
                    "is neither a regular file nor a folder (a device, socket or pipe)",
                    "remove it from the dataset folder or add it to " + excludes()));
            return null;
        }
        Object key = content.fileKey();
        DatasetFile found = DatasetFile.of(rel, root, content.size(), content.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                key == null ? "" : key.toString());
        onFile.accept(found);
        return found;
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
                        "copy the file into the dataset, or exclude the link with " + excludes()));
                return null;
            }
            if (request.symlinks() == SymlinkPolicy.REFUSE) {
                errors.add(Diagnostic.error("dataset.symlink-refused", rel,
                        "is a symbolic link and " + request.words().setting(Vocabulary.Setting.SYMLINKS) + " is refuse",
                        "replace the link with the file, or set " + request.words().setting(Vocabulary.Setting.SYMLINKS) + " to follow"));
                return null;
            }
            BasicFileAttributes attrs = Files.readAttributes(target, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                errors.add(Diagnostic.error("dataset.symlink-folder", rel,
                        "is a symbolic link to a folder; folder links are not followed (they can loop)",
                        "replace the link with the folder, or exclude it with " + excludes()));
                return null;
            }
            return attrs;
        } catch (IOException e) {
            errors.add(Diagnostic.error(ChangeDetector.UNREADABLE, rel, "cannot follow this link: " + e.getMessage(),
                    "make its target readable, or exclude the link"));
            return null;
        }
    }

    private boolean isBuildOwned(String rel) {
        if (rel.indexOf('/') >= 0) {
            return false;
        }
        return VersionControl.isTopFolder(rel) || ownFiles.matchesFolder(rel);
    }

    private String excludes() {
        return request.words().setting(Vocabulary.Setting.EXCLUDES);
    }
}
