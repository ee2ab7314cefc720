package org.datasetkit.maven;

import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.build.BuildSettings;
import org.datasetkit.core.build.BundleSettings;
import org.datasetkit.core.fixity.DigestAlgorithm;

/**
 * The parameters of the later stages (checksums, bundle) as the user set them by property ({@code -D}, a settings
 * profile, the POM's properties), checked by the first goal of the build: in {@code mvn verify}, {@code validate}
 * refuses {@code -Ddataset.format=rar} before the privacy gate reads a file or the checksums hash the dataset, not
 * after. A goal that has the parameter itself checks it again as it maps it; a value set only in a later goal's
 * {@code <configuration>} is checked by that goal, still before it starts work.
 */
final class LaterParameters {

    private final MavenSession session;
    private final MavenProject project;

    LaterParameters(MavenSession session, MavenProject project) {
        this.session = session;
        this.project = project;
    }

    void check() throws MojoFailureException {
        property("dataset.format", BundleSettings::format);
        property("dataset.compression", Compression::parse);
        property("dataset.threads", v -> BuildSettings.threads(Integer.parseInt(v.trim())));
        String algorithms = value("dataset.algorithms");
        if (algorithms != null) {
            boolean any = false;
            for (String part : algorithms.split(",")) {
                if (!part.isBlank()) {
                    AbstractDatasetMojo.parse("dataset.algorithms", part.trim(), DigestAlgorithm::parse);
                    any = true;
                }
            }
            if (!any) {
                throw new MojoFailureException("Bad value for dataset.algorithms: '" + algorithms
                        + "' names no algorithm; name at least one, such as sha256");
            }
        }
    }

    private void property(String name, java.util.function.Function<String, ?> parser) throws MojoFailureException {
        String v = value(name);
        if (v != null) {
            AbstractDatasetMojo.parse(name, v, parser);
        }
    }

    /** The property as Maven would read it for a parameter: the user's, then the system's, then the POM's. */
    private String value(String name) {
        for (Properties p : new Properties[] {session.getUserProperties(), session.getSystemProperties(),
                project.getProperties()}) {
            if (p != null && p.getProperty(name) != null) {
                return p.getProperty(name);
            }
        }
        return null;
    }
}
