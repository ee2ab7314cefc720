package org.datasetkit.core.diag;

import java.time.Duration;
import java.util.Locale;

/** Sizes and times as every summary line of a build writes them, whichever stage writes it. */
public final class InWords {

    private InWords() {}

    /** "42.6 MB" in decimal units; "512 B" below a kilobyte. */
    public static String size(long bytes) {
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

    /** "1.3 s", "4 min 05 s", "2 h 03 min". */
    public static String seconds(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
