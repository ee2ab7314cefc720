package org.datasetkit.core.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This library's version, written into every bag (Bag-Software-Agent) and report, whichever front end ran it. */
public final class DatasetkitVersion {

    private DatasetkitVersion() {}

    public static String current() {
        Properties p = new Properties();
        try (InputStream in = DatasetkitVersion.class.getResourceAsStream("/org/datasetkit/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }

    /** For bag-info's Bag-Software-Agent. */
    public static String softwareAgent() {
        return "datasetkit " + current() + " (https://datasetkit.org)";
    }
}
