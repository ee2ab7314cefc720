package org.datasetkit.core.dataset;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.datasetkit.core.diag.Diagnostic;

/**
 * Whether a file name can go into a bag as it is. The JVM decodes file names with the encoding of the locale it
 * started in ({@code sun.jnu.encoding}, fixed at start-up: {@code -Dsun.jnu.encoding} is ignored), and replaces every
 * byte it cannot decode with U+FFFD. Under {@code LANG=C} that is every non-ASCII byte, so {@code Malmö} would reach
 * the bag as {@code Malm��}; under UTF-8 it is a name that is not valid UTF-8. Either way the name is lost, so the
 * folder holding it is an error, never a silent rename.
 */
final class FileNameText {

    static final String UNDECODABLE = "dataset.undecodable-name";
    static final String BACKSLASH = "dataset.backslash-name";

    /** The encoding this JVM reads file names with. */
    private static final String NAME_ENCODING = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());

    private FileNameText() {}

    /**
     * True when the JVM could not decode the name of {@code entry}: it then holds the replacement character, and
     * encoding it again does not give the name's bytes back (a name that really holds U+FFFD does).
     */
    static boolean undecodable(Path entry, String name) {
        if (name.indexOf('\uFFFD') < 0) {
            return false;
        }
        try {
            return !entry.resolveSibling(name).equals(entry); // paths of the default file system compare by bytes
        } catch (InvalidPathException e) {
            return true;
        }
    }

    static boolean readsNamesAsUtf8() {
        return isUtf8(NAME_ENCODING);
    }

    static boolean isUtf8(String encoding) {
        String e = encoding.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        return e.equals("UTF8");
    }

    /** The error on a folder whose entries {@code names} (as decoded) could not be read. */
    static Diagnostic undecodable(String folder, List<String> names) {
        String which = names.size() == 1 ? "a file name" : names.size() + " file names";
        String shown = " (read as '" + names.get(0) + "')";
        if (!readsNamesAsUtf8()) {
            return Diagnostic.error(UNDECODABLE, folder,
                    "holds " + which + " this Java cannot read" + shown + ": it decodes file names as " + NAME_ENCODING
                            + ", the encoding of the locale it was started in (LANG/LC_ALL), so non-ASCII names would"
                            + " be mangled in the bag",
                    "run the build under a UTF-8 locale, e.g. 'LC_ALL=C.UTF-8 mvn ...' (the file-name encoding,"
                            + " sun.jnu.encoding, is fixed when Java starts: -D and MAVEN_OPTS cannot change it)");
        }
        return Diagnostic.error(UNDECODABLE, folder, "holds " + which + " that is not valid UTF-8" + shown
                        + "; a bag records names as UTF-8, so it cannot carry it",
                "rename it to UTF-8, e.g. 'convmv -f latin1 -t utf8 --notest -r <folder>'");
    }

    /** The error on a file or folder named with a backslash. */
    static Diagnostic backslash(String path) {
        return Diagnostic.error(BACKSLASH, path,
                "has a backslash in its name; Windows, unzip tools and BagIt verifiers read '\\' as a folder separator,"
                        + " so the bag would not verify",
                "rename it without '\\'");
    }
}
