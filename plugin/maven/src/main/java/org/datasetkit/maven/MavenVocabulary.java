package org.datasetkit.maven;

import java.util.Map;
import org.datasetkit.core.diag.Vocabulary;
import org.datasetkit.core.diag.Vocabulary.Setting;

/** How a Maven user names datasetkit's settings and commands: the words the core's hints use in this front end. */
final class MavenVocabulary {

    static final Vocabulary WORDS = new Vocabulary(Map.ofEntries(
            Map.entry(Setting.DIRECTORY, "dataset.directory"),
            Map.entry(Setting.DATASHEET, "dataset.datasheet"),
            Map.entry(Setting.EXCLUDES, "dataset.excludes"),
            Map.entry(Setting.SYMLINKS, "dataset.symlinks"),
            Map.entry(Setting.ALGORITHMS, "dataset.algorithms"),
            Map.entry(Setting.FORMAT, "dataset.format"),
            Map.entry(Setting.OUTPUT_TIMESTAMP, "project.build.outputTimestamp"),
            Map.entry(Setting.PREVIOUS, "dataset.previous"),
            Map.entry(Setting.VERSION_RULES, "<versionRules>"),
            Map.entry(Setting.INCREMENTAL, "dataset.incremental"),
            Map.entry(Setting.VERIFY_TIER, "dataset.verifyTier"),
            Map.entry(Setting.HEAP, "MAVEN_OPTS=-Xmx")),
            "mvn dataset:init", "mvn dataset:validate", "<version> in pom.xml");

    private MavenVocabulary() {}
}
