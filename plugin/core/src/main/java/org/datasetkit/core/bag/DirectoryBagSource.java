package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.datasetkit.core.dataset.PathOrder;
import org.datasetkit.core.diag.Diagnostic;

/** A bag as a folder on disk. Links and special files are reported, never followed or opened. */
final class DirectoryBagSource implements BagSource {

    private final Path root;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    private final String separator;

    private DirectoryBagSource(Path root) {
        this.root = root;
        this.separator = root.getFileSystem().getSeparator();
    }

    static DirectoryBagSource open(Path root) throws IOException {
        DirectoryBagSource source = new DirectoryBagSource(root.toAbsolutePath().normalize());
        source.walk();
        return source;
    }

    private void walk() throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = relative(file);
                if (attrs.isSymbolicLink()) {
                    problems.add(Diagnostic.error("bag.symlink", path, "is a symbolic link; bags must hold regular files only",
                            "replace the link with the file it points to"));
                } else if (attrs.isRegularFile()) {
                    entries.add(new Entry(path, attrs.size()));
                } else {
                    // never opened: a FIFO would block the verifier, a device would never end
                    problems.add(Diagnostic.error("bag.not-a-file", path,
                            "is neither a regular file nor a folder (a pipe, socket or device); bags hold regular files only",
                            "remove it from the bag folder"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String path = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                problems.add(Diagnostic.error("bag.unreadable-folder", path.isEmpty() ? "." : path + "/",
                        "cannot be listed: " + (e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                                : e.getMessage()), "make the bag folder readable (chmod -R a+rX)"));
                return FileVisitResult.CONTINUE;
            }
        });
        entries.sort((a, b) -> PathOrder.INSTANCE.compare(a.path(), b.path()));
    }

    /** The path of a file under the root, with '/': the walk gives paths that start with the root's own. */
    private String relative(Path file) {
        String full = file.toString();
        String prefix = root.toString();
        String path = full.startsWith(prefix) && full.length() > prefix.length()
                ? full.substring(prefix.length() + (prefix.endsWith(separator) ? 0 : 1))
                : root.relativize(file).toString();
        return separator.equals("/") ? path : path.replace(separator, "/");
    }

    @Override
    public String name() {
        return root.getFileName().toString();
    }

    @Override
    public List<Entry> entries() {
        return entries;
    }

    @Override
    public InputStream open(String path) throws IOException {
        return Files.newInputStream(root.resolve(path));
    }

    @Override
    public List<Diagnostic> problems() {
        return problems;
    }

    @Override
    public void close() {}
}
