package org.datasetkit.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.build.Stage;

/** The goals that run the licence check: its parameters, on top of the datasheet's. */
public abstract class AbstractLicenceGateMojo extends AbstractPipelineMojo {

    /**
     * A CSV file of the project's own licence terms (the columns of the bundled registry), for LicenseRef-*
     * licences datasetkit does not know; its rows override the bundled ones.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.licenseRegistry")
    protected File licenseRegistry;

    /**
     * Turn the licence gate off for this build: {@code check-licenses} is skipped, later goals still write the
     * NOTICE but no verdict stops the release, and the bundle's bag-info.txt and {@code licenses.json} record that the
     * gate was off. Also read from the older property {@code dataset.licenses.skip}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.check-licenses.skip", defaultValue = "false")
    protected boolean skipCheckLicenses;

    protected AbstractLicenceGateMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    protected boolean licenceGateOff() {
        return skipCheckLicenses || propertyIsTrue("dataset.licenses.skip");
    }

    @Override
    protected Set<Stage> gatesTurnedOff() {
        Set<Stage> off = super.gatesTurnedOff();
        if (licenceGateOff()) {
            off.add(Stage.LICENSES);
        }
        return off;
    }

    @Override
    protected Optional<Path> licenseRegistryFile() {
        return Optional.ofNullable(licenseRegistry).map(f -> f.toPath().toAbsolutePath().normalize());
    }
}
