package org.datasetkit.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.datasheet.DatasheetScaffold;
import org.datasetkit.core.datasheet.Profiles;
import org.datasetkit.core.build.DatasetkitVersion;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.diag.DatasetException;

/**
 * Scaffolds a commented {@code datasheet.yaml} for an existing folder of data (its file count, size and formats,
 * and a TODO placeholder for every field the chosen profiles require) and a dataset {@code pom.xml}. Runs without a
 * POM; never overwrites a file. Example: {@code mvn org.datasetkit:dataset-maven-plugin:<version>:init
 * -Ddataset.profiles=medical,snd}.
 *
 * @since 0.1.0
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractDatasetMojo {

    /**
     * Profiles besides core whose required fields get placeholders: medical, snd.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.profiles")
    private List<String> profiles;

    @Inject
    public InitMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    @Override
    protected void run() throws IOException, DatasetException, MojoFailureException {
        List<String> chosen = new ArrayList<>();
        List<String> known = Profiles.load().names();
        for (String p : profiles == null ? List.<String>of() : profiles) {
            for (String name : p.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                if (!known.contains(name.trim())) {
                    throw new MojoFailureException("Bad value for dataset.profiles: '" + name.trim() + "'; choose from " + known);
                }
                chosen.add(name.trim());
            }
        }
        Dataset dataset = new DatasetScanner().scan(new ScanRequest(datasetRoot(), excludeList(), List.of(outputRoot()),
                symlinkPolicy(), ownFiles(), MavenVocabulary.WORDS));
        DiagnosticLog.print(getLog(), dataset.warnings());
        DatasheetScaffold.Outcome outcome = new DatasheetScaffold().write(dataset, chosen, MavenVocabulary.WORDS,
                java.util.Map.of("pom.xml", DatasetPom.forFolder(datasetRoot(), DatasetkitVersion.current())));
        for (Path p : outcome.written()) {
            getLog().info("Wrote " + p + ": fill in every TODO, then run 'mvn dataset:validate'");
        }
        for (Path p : outcome.kept()) {
            getLog().warn(p + " already exists; left as it is");
        }
    }

    @Override
    protected String goal() {
        return "init";
    }

    @Override
    protected boolean goalSkipped() {
        return false;
    }

}
