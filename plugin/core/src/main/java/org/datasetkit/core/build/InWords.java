package org.datasetkit.core.build;

import java.time.Duration;
import java.util.Locale;

/** Sizes and times the way summary lines print them, the same in every front end. */
final class InWords {

    private InWords() {}

    /** "42.6 MB" in decimal units; "512 B" below a kilobyte. */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB"};
        double v = bytes;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** "1.3 s". */
    static String seconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
    }
}
