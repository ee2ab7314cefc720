package org.datasetkit.core.dataset;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;

/**
 * Walks a dataset folder into a sorted, checked list of payload files. The walk is deterministic and read-only;
 * every problem is collected so the user sees all of them at once.
 */
public final class DatasetScanner {

    /** The build's own files at the top of a dataset project: never payload. */
    private static final Set<String> BUILD_OWNED_TOP = Set.of("pom.xml", "target", ".mvn", ".git", ".hg", ".svn");

    /** Version-control plumbing anywhere in the tree: never payload. */
    private static final Set<String> VCS_FILES = Set.of(".gitignore", ".gitattributes", ".gitkeep", ".hgignore");

    /** Files operating systems drop into folders; left out with a warning, since nobody means to publish them. */
    private static final Set<String> OS_JUNK = Set.of(".DS_Store", "Thumbs.db", "desktop.ini", "ehthumbs.db");

    public Dataset scan(ScanRequest request) throws IOException, DatasetException {
        Path root = request.root().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new DatasetException(Diagnostic.error("dataset.no-root", root.toString(),
                    "the dataset folder does not exist or is not a folder",
                    "set dataset.directory to the folder holding datasheet.yaml"));
        }
        Walker walker = new Walker(root, request);
        Files.walkFileTree(root, walker);
        walker.reportJunk();
        List<DatasetFile> files = new ArrayList<>(walker.files);
        files.sort((a, b) -> PathOrder.INSTANCE.compare(a.path(), b.path()));
        checkCollisions(files, walker);
        if (!walker.errors.isEmpty()) {
            throw new DatasetException(Diagnostics.sorted(walker.errors));
        }
        return new Dataset(root, files, Diagnostics.sorted(walker.warnings));
    }

    /**
     * Names that differ only by Unicode normalisation cannot both live in a bag (nor on macOS); names that differ only
     * by case overwrite each other on macOS and Windows. Folders are checked as well as files.
     */
    private static void checkCollisions(List<DatasetFile> files, Walker walker) {
        Map<String, String> byNfc = new HashMap<>();
        Map<String, String> byFolded = new HashMap<>();
        for (DatasetFile f : files) {
            String path = f.path();
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                checkName(path.substring(0, slash + 1), byNfc, byFolded, walker);
            }
            checkName(path, byNfc, byFolded, walker);
        }
    }

    private static void checkName(String name, Map<String, String> byNfc, Map<String, String> byFolded, Walker walker) {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        String earlier = byNfc.putIfAbsent(nfc, name);
        if (earlier != null) {
            if (!earlier.equals(name)) {
                byNfc.put(nfc, name);
                walker.errors.add(Diagnostic.error("dataset.name-collision", name,
                        "has the same name as '" + earlier + "' after Unicode normalisation (NFC)",
                        "rename one of the two; a bag cannot hold both"));
            }
            return;
        }
        String folded = nfc.toLowerCase(Locale.ROOT);
        String twin = byFolded.putIfAbsent(folded, name);
        if (twin != null) {
            walker.warnings.add(Diagnostic.warning("dataset.case-collision", name,
                    "differs from '" + twin + "' only by case; the two overwrite each other on macOS and Windows",
                    "rename one of the two"));
        }
    }

    private static final class Walker extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path realRoot;
        private final ScanRequest request;
        private final List<PathMatcher> excludes = new ArrayList<>();
        private final List<Path> excludedDirs = new ArrayList<>();
        final List<DatasetFile> files = new ArrayList<>();
        final List<Diagnostic> errors = new ArrayList<>();
        final List<Diagnostic> warnings = new ArrayList<>();
        private final List<String> junk = new ArrayList<>();
        /** Per open directory: how many entries it kept, to report empty folders. */
        private final Deque<int[]> kept = new ArrayDeque<>();

        Walker(Path root, ScanRequest request) throws IOException {
            this.root = root;
            this.realRoot = root.toRealPath();
            this.request = request;
            for (String glob : request.excludes()) {
                excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            }
            for (Path dir : request.excludedDirectories()) {
                excludedDirs.add(dir.toAbsolutePath().normalize());
            }
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root)) {
                String rel = relative(dir);
                if (isBuildOwned(rel) || excludedDirs.contains(dir) || isExcluded(rel) || isExcluded(rel + "/")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            kept.push(new int[1]);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
            int[] count = kept.pop();
            if (failure != null) {
                errors.add(Diagnostic.error("dataset.unreadable", relativeOrRoot(dir),
                        "cannot list this folder: " + failure.getMessage(), "make it readable by the build"));
            } else if (count[0] == 0 && !dir.equals(root)) {
                warnings.add(Diagnostic.warning("dataset.empty-folder", relative(dir) + "/",
                        "is empty; BagIt cannot carry empty folders, so it is not in the bundle",
                        "delete it, or put a README in it if it must be there"));
            }
            if (count[0] > 0 && !kept.isEmpty()) {
                kept.peek()[0]++;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            String rel = relative(file);
            String name = file.getFileName().toString();
            if (isBuildOwned(rel) || VCS_FILES.contains(name) || isExcluded(rel)) {
                return FileVisitResult.CONTINUE;
            }
            if (OS_JUNK.contains(name) || name.startsWith("._")) {
                junk.add(rel);
                return FileVisitResult.CONTINUE;
            }
            BasicFileAttributes content = attrs;
            if (attrs.isSymbolicLink()) {
                content = followLink(file, rel);
                if (content == null) {
                    return FileVisitResult.CONTINUE;
                }
            }
            if (!content.isRegularFile()) {
                errors.add(Diagnostic.error("dataset.not-a-file", rel,
                        "is neither a regular file nor a folder (a device, socket or pipe)",
                        "remove it from the dataset folder or add it to dataset.excludes"));
                return FileVisitResult.CONTINUE;
            }
            if (!Files.isReadable(file)) {
                errors.add(Diagnostic.error("dataset.unreadable", rel, "cannot be read by the build",
                        "fix its permissions (chmod a+r) or exclude it"));
                return FileVisitResult.CONTINUE;
            }
            Object key = content.fileKey();
            files.add(new DatasetFile(rel, file, content.size(), content.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    key == null ? "" : key.toString()));
            kept.peek()[0]++;
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) {
            errors.add(Diagnostic.error("dataset.unreadable", relativeOrRoot(file),
                    "cannot be read: " + failure.getMessage(), "make it readable by the build or exclude it"));
            return FileVisitResult.CONTINUE;
        }

        /** The attributes of a link's target, or null after recording why it cannot be bundled. */
        private BasicFileAttributes followLink(Path link, String rel) throws IOException {
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
        }

        void reportJunk() {
            if (!junk.isEmpty()) {
                junk.sort(PathOrder.INSTANCE);
                warnings.add(Diagnostic.warning("dataset.os-junk", junk.get(0),
                        "left out of the bundle: " + junk.size() + " operating-system file(s) such as .DS_Store or Thumbs.db",
                        "delete them from the dataset folder"));
            }
        }

        private boolean isBuildOwned(String rel) {
            return rel.indexOf('/') < 0 && BUILD_OWNED_TOP.contains(rel);
        }

        private boolean isExcluded(String rel) {
            Path p = Path.of(rel);
            for (PathMatcher m : excludes) {
                if (m.matches(p)) {
                    return true;
                }
            }
            return false;
        }

        private String relative(Path p) {
            return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
        }

        private String relativeOrRoot(Path p) {
            return p.equals(root) ? root.toString() : relative(p);
        }
    }
}
