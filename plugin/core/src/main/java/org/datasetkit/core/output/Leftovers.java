package org.datasetkit.core.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;

/**
 * The temporary files and folders an output is written through, and their removal when a run killed half-way (kill
 * -9, power loss, a CI timeout) left them behind: the next run that writes the same output removes them first, so
 * they cannot pile up in {@code target/}. Only names this class gives out are touched: {@code .<output>NNN.tmp} (a
 * file being written), {@code .<output>NNN} (a bag folder being written) and {@code .<output>.deflate-NNN} (the zip
 * writer's scratch folder), with NNN the digits the JDK adds to a temporary name; and {@code .deflate-NNN}, the
 * scratch folders of earlier versions.
 */
public final class Leftovers {

    static final String TEMPORARY_SUFFIX = ".tmp";

    private static final Pattern OLD_SCRATCH = Pattern.compile("\\.deflate-[0-9]+");

    private Leftovers() {}

    /** The prefix of the temporary files and folders of {@code target}. */
    public static String temporaryPrefix(Path target) {
        return "." + target.getFileName();
    }

    /** The prefix of the zip writer's scratch folder for {@code target}. */
    public static String scratchPrefix(Path target) {
        return temporaryPrefix(target) + ".deflate-";
    }

    /** Removes what earlier runs writing {@code target} left beside it; never anything else. */
    public static void remove(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Pattern ours = Pattern.compile(Pattern.quote(temporaryPrefix(target)) + "(\\.deflate-)?[0-9]+(" + Pattern.quote(TEMPORARY_SUFFIX) + ")?");
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dir, ".*")) {
            for (Path sibling : siblings) {
                String name = sibling.getFileName().toString();
                if (ours.matcher(name).matches() || OLD_SCRATCH.matcher(name).matches()) {
                    deleteTree(sibling);
                }
            }
        } catch (NoSuchFileException e) {
            // no folder, no leftovers
        }
    }

    /** Deletes a file or a folder with everything in it, links not followed. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
