package org.datasetkit.maven;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.build.BuildSettings;
import org.datasetkit.core.build.record.GoalKey;

/**
 * A goal's {@link GoalKey} as Maven knows it: the core's part (software, JVM, stage settings and the files they name),
 * this plugin's jar, the project's coordinates, every parameter field of the goal and the {@code dataset.*}
 * properties. Parameters are the non-final instance fields between the goal's class and {@link AbstractMojo} (Maven
 * injects them; the components it injects through the constructor are final and left out); one whose value cannot be
 * spelled makes the key unusable, so the goal runs.
 */
final class MojoKey {

    private MojoKey() {}

    static GoalKey of(AbstractDatasetMojo mojo, String goal, BuildSettings settings, MavenProject project,
            MavenSession session) {
        GoalKey key = new GoalKey(goal).code(MojoKey.class).settings(settings);
        key.add("project", java.util.Arrays.asList(project.getGroupId(), project.getArtifactId(), project.getVersion(),
                project.getPackaging(), Boolean.toString(project.getFile() != null)));
        for (Class<?> c = mojo.getClass(); c != null && c != AbstractMojo.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isFinal(m) || Modifier.isTransient(m) || f.isSynthetic()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    key.add("parameter " + c.getName() + "." + f.getName(), f.get(mojo));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    key.unusable("the parameter " + f.getName() + " cannot be read: " + e);
                }
            }
        }
        key.add("user properties", datasetProperties(session.getUserProperties()));
        key.add("system properties", datasetProperties(session.getSystemProperties()));
        key.add("project properties", datasetProperties(project.getProperties()));
        return key;
    }

    private static Map<String, String> datasetProperties(Properties p) {
        Map<String, String> out = new TreeMap<>();
        if (p != null) {
            for (String name : p.stringPropertyNames()) {
                if (name.startsWith("dataset.")) {
                    out.put(name, p.getProperty(name));
                }
            }
        }
        return out;
    }
}
