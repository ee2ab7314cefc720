package org.datasetkit.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.build.FixitySettings;
import org.datasetkit.core.fixity.DigestAlgorithm;

/** The goals that need the checksums of the payload: their parameters, on top of the gates'. */
public abstract class AbstractChecksumMojo extends AbstractPrivacyGateMojo {

    /**
     * Checksum algorithms, the first one primary: {@code sha256} (default), {@code sha512}, {@code sha1}, {@code md5}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.algorithms", defaultValue = "sha256")
    protected List<String> algorithms;

    protected AbstractChecksumMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected FixitySettings fixitySettings() throws MojoFailureException {
        List<DigestAlgorithm> list = new ArrayList<>();
        for (String name : algorithms == null ? List.<String>of() : algorithms) {
            // Maven hands -Ddataset.algorithms=, over as null items
            for (String part : name == null ? new String[0] : name.split(",")) {
                if (!part.isBlank()) {
                    DigestAlgorithm a = parse("dataset.algorithms", part, DigestAlgorithm::parse);
                    if (!list.contains(a)) {
                        list.add(a);
                    }
                }
            }
        }
        if (list.isEmpty()) {
            throw new MojoFailureException("Bad value for dataset.algorithms: name at least one, such as sha256");
        }
        return new FixitySettings(list, force);
    }
}
