package org.datasetkit.maven;

import java.util.Map;
import org.datasetkit.core.diag.Vocabulary;
import org.datasetkit.core.diag.Vocabulary.Setting;

/** How a Maven user names datasetkit's settings and commands: the words the core's hints use in this front end. */
final class MavenVocabulary {

    static final Vocabulary WORDS = new Vocabulary(Map.of(
            Setting.DIRECTORY, "dataset.directory",
            Setting.DATASHEET, "dataset.datasheet",
            Setting.EXCLUDES, "dataset.excludes",
            Setting.SYMLINKS, "dataset.symlinks",
            Setting.ALGORITHMS, "dataset.algorithms",
            Setting.FORMAT, "dataset.format",
            Setting.OUTPUT_TIMESTAMP, "project.build.outputTimestamp",
            Setting.PREVIOUS, "dataset.previous",
            Setting.VERSION_RULES, "<versionRules>",
            Setting.VERIFY_TIER, "dataset.verifyTier"),
            "mvn dataset:init", "mvn dataset:validate", "<version> in pom.xml");

    private MavenVocabulary() {}
}
