package org.datasetkit.maven;

import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The password of a {@code settings.xml} {@code <server>}, decrypted by Maven's own {@link SettingsDecrypter} when it
 * is encrypted (settings-security.xml). The one place the plugin touches Maven's settings API, which Maven 4 marks
 * deprecated.
 */
final class ServerCredentials {

    private final Settings settings;
    private final SettingsDecrypter decrypter;

    ServerCredentials(Settings settings, SettingsDecrypter decrypter) {
        this.settings = settings;
        this.decrypter = decrypter;
    }

    /** The server's password, decrypted; empty when there is no such server or it has no password. */
    Optional<String> password(String serverId) throws MojoFailureException {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            return Optional.empty();
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                // the problem's message names the server and the cause, never the password
                throw new MojoFailureException("The password of the settings.xml server '" + serverId
                        + "' could not be decrypted: " + problem.getMessage()
                        + " (check settings-security.xml and the master password)");
            }
        }
        Server decrypted = result.getServer() != null ? result.getServer() : server;
        return Optional.ofNullable(decrypted.getPassword()).filter(p -> !p.isBlank());
    }
}
