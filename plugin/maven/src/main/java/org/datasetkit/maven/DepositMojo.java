package org.datasetkit.maven;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;
import org.datasetkit.core.build.BuildSettings;
import org.datasetkit.core.build.DepositSettings;
import org.datasetkit.core.deposit.Credential;
import org.datasetkit.core.deposit.DepositTarget;
import org.datasetkit.core.deposit.Destination;
import org.datasetkit.core.deposit.RetryPolicy;
import org.datasetkit.core.diag.DatasetException;

/**
 * Delivers the verified bundle to a repository: SND's DORIS storage service (every payload file of the dataset
 * version; DORIS publishes after its review), Zenodo/InvenioRDM (a draft record with the datasheet's metadata, the
 * bundle and its metadata files; published with {@code dataset.publish}) or Dataverse (a dataset in a collection with
 * the citation block, the bundle kept whole; published with {@code dataset.publish}). Every gate, the bundle and its
 * verification run first. Each file the service confirms with the right checksum is recorded in
 * {@code target/dataset/deposit-<target>.journal}, so a run stopped half-way continues where it stopped and sends
 * nothing again. The token or password comes from the {@code settings.xml} {@code <server>} named by
 * {@code dataset.depositServer} (encrypted passwords are decrypted), else from the environment variable
 * {@code DATASETKIT_DEPOSIT_TOKEN}; it is never a parameter, never printed, never written. Bind it to
 * {@code deploy}, or run it alone.
 *
 * @since 0.2.0
 */
@Mojo(name = "deposit", defaultPhase = LifecyclePhase.DEPLOY, requiresProject = false, threadSafe = true)
public class DepositMojo extends AbstractVerifyMojo {

    /** The environment variable read when no settings.xml server is named: for CI secrets. */
    static final String TOKEN_VARIABLE = "DATASETKIT_DEPOSIT_TOKEN";

    /**
     * Where to deposit: {@code doris}, {@code zenodo} or {@code dataverse}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.depositTarget")
    private String depositTarget;

    /**
     * The service's base URL: the DORIS storage service's (tenant subdomain included), the Zenodo or InvenioRDM
     * site's ({@code https://zenodo.org/}, the default for zenodo), or the Dataverse installation's.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.depositUrl")
    private String depositUrl;

    /**
     * The id of the {@code settings.xml} {@code <server>} whose {@code <password>} holds the token: the DORIS write
     * token for this dataset version, the Zenodo personal access token, or the Dataverse API key. Unset, the
     * environment variable {@code DATASETKIT_DEPOSIT_TOKEN} is read.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.depositServer")
    private String depositServer;

    /**
     * The record at the service. DORIS: the dataset identifier (default: the write token's). Zenodo: a published
     * record to make a new version of. Dataverse: an existing dataset's persistent id ({@code doi:10.…}).
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.depositRecord")
    private String depositRecord;

    /**
     * DORIS: the dataset version (default: the write token's).
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.depositVersion")
    private String depositVersion;

    /**
     * Dataverse: the alias of the collection to create the dataset in.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.depositCollection")
    private String depositCollection;

    /**
     * Publish the record once every file is verified (Zenodo, Dataverse). DORIS publishes after its own review.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.publish", defaultValue = "false")
    private boolean publish;

    /**
     * Reserve the draft's DOI before the files are sent (Zenodo).
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.reserveDoi", defaultValue = "false")
    private boolean reserveDoi;

    /**
     * Print the plan (files, bytes, target, what is already there) and send nothing.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * Tries per request when the connection drops or the service answers 5xx or 429, waiting longer each time.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.depositRetries", defaultValue = "5")
    private int depositRetries;

    /**
     * Skip this goal.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dataset.deposit.skip", defaultValue = "false")
    private boolean skipDeposit;

    private final SettingsDecrypter decrypter;

    @Inject
    public DepositMojo(MavenProject project, MavenSession session, RepositorySystem repositories,
            SettingsDecrypter decrypter) {
        super(project, session, repositories);
        this.decrypter = decrypter;
    }

    @Override
    protected void run() throws IOException, DatasetException, MojoFailureException {
        pipeline().deposit();
    }

    @Override
    protected BuildSettings settings() throws MojoFailureException {
        return super.settings().withDeposit(deposit());
    }

    private DepositSettings deposit() throws MojoFailureException {
        if (depositTarget == null || depositTarget.isBlank()) {
            throw new MojoFailureException("No deposit target: set dataset.depositTarget (<depositTarget>) to doris,"
                    + " zenodo or dataverse");
        }
        DepositTarget target = parse("dataset.depositTarget", depositTarget, DepositTarget::parse);
        String url = depositUrl != null ? depositUrl : target == DepositTarget.ZENODO ? "https://zenodo.org/" : null;
        if (url == null) {
            throw new MojoFailureException("No service URL for the " + target.words() + ": set dataset.depositUrl"
                    + " (<depositUrl>)");
        }
        if (target == DepositTarget.DATAVERSE && depositCollection == null && depositRecord == null) {
            throw new MojoFailureException("A Dataverse deposit needs dataset.depositCollection (<depositCollection>),"
                    + " the collection to create the dataset in, or dataset.depositRecord (<depositRecord>), an"
                    + " existing dataset's persistent id");
        }
        Destination destination = parse("dataset.depositUrl", url, u -> new Destination(target, URI.create(u.trim()),
                Optional.ofNullable(depositRecord), Optional.ofNullable(depositVersion),
                Optional.ofNullable(depositCollection)));
        RetryPolicy retry = parse("dataset.depositRetries", Integer.toString(depositRetries),
                v -> new RetryPolicy(Integer.parseInt(v), RetryPolicy.defaults().firstDelay(),
                        RetryPolicy.defaults().maxDelay()));
        return new DepositSettings(destination, credential(), publish, reserveDoi, dryRun, retry,
                Duration.ofSeconds(10));
    }

    /** The token: from the named settings.xml server (decrypted), else the environment; a dry run needs none. */
    private Optional<Credential> credential() throws MojoFailureException {
        if (depositServer == null || depositServer.isBlank()) {
            String fromEnvironment = System.getenv(TOKEN_VARIABLE);
            if (fromEnvironment == null || fromEnvironment.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(Credential.of(fromEnvironment, "the environment variable " + TOKEN_VARIABLE));
        }
        Optional<String> secret = new ServerCredentials(session.getSettings(), decrypter).password(depositServer);
        if (secret.isEmpty() && !dryRun) {
            throw new MojoFailureException("The settings.xml has no <server> with id '" + depositServer + "' and a"
                    + " <password> (dataset.depositServer): add one, with the token as its <password>");
        }
        return secret.map(s -> Credential.of(s, "the settings.xml server '" + depositServer + "'"));
    }

    /** A deposit sends the bundle somewhere each time it is asked to: never repeated from a record. */
    @Override
    protected boolean replayable() {
        return false;
    }

    @Override
    protected String goal() {
        return "deposit";
    }

    @Override
    protected boolean goalSkipped() {
        return skipDeposit;
    }
}
