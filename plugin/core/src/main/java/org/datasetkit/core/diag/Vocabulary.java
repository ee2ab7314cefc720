package org.datasetkit.core.diag;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The words a front end's users type, injected into the core's hints (the way jib-core takes its front end's
 * wording): a Maven user is told to set {@code dataset.excludes}, a command-line user {@code --exclude}, a Gradle user
 * {@code excludes = [...]}. The core never names a build tool itself.
 *
 * @param settings how each setting is named
 * @param initCommand the command that scaffolds a datasheet
 * @param validateCommand the command that validates it
 * @param buildVersion where the build declares the version the datasheet must repeat
 */
public record Vocabulary(Map<Setting, String> settings, String initCommand, String validateCommand, String buildVersion) {

    /** The settings the core's hints name. */
    public enum Setting {
        DIRECTORY, DATASHEET, EXCLUDES, SYMLINKS, ALGORITHMS, FORMAT, OUTPUT_TIMESTAMP, PREVIOUS, VERSION_RULES, INCREMENTAL,
        VERIFY_TIER,
        /** The JVM's heap limit, followed by a size such as {@code 512m}: {@code -Xmx}, or how the front end passes it. */
        HEAP
    }

    /** Plain words, for callers that are no particular tool (and for tests of the core alone). */
    public static final Vocabulary NEUTRAL = new Vocabulary(Map.ofEntries(
            Map.entry(Setting.DIRECTORY, "the dataset folder setting"),
            Map.entry(Setting.DATASHEET, "the datasheet setting"),
            Map.entry(Setting.EXCLUDES, "the excludes"),
            Map.entry(Setting.SYMLINKS, "the symbolic-link policy"),
            Map.entry(Setting.ALGORITHMS, "the checksum algorithms"),
            Map.entry(Setting.FORMAT, "the bundle format"),
            Map.entry(Setting.OUTPUT_TIMESTAMP, "the output timestamp"),
            Map.entry(Setting.PREVIOUS, "the previous release setting"),
            Map.entry(Setting.VERSION_RULES, "the version rules"),
            Map.entry(Setting.INCREMENTAL, "the incremental bag setting"),
            Map.entry(Setting.VERIFY_TIER, "the verification tier setting"),
            Map.entry(Setting.HEAP, "-Xmx")),
            "the init command", "the validate command", "the build's version");

    public Vocabulary {
        Map<Setting, String> all = new EnumMap<>(Setting.class);
        all.putAll(settings);
        for (Setting s : Setting.values()) {
            Objects.requireNonNull(all.get(s), () -> "no word for " + s);
        }
        settings = java.util.Collections.unmodifiableMap(all);
        Objects.requireNonNull(initCommand, "initCommand");
        Objects.requireNonNull(validateCommand, "validateCommand");
        Objects.requireNonNull(buildVersion, "buildVersion");
    }

    /** How this front end's users name a setting. */
    public String setting(Setting setting) {
        return settings.get(setting);
    }
}
