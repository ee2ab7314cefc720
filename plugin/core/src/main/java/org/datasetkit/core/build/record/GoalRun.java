package org.datasetkit.core.build.record;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one goal did when it last ran for real, as far as a replay repeats it: the key of everything it depended on,
 * the lines it logged, and what it handed the build tool.
 *
 * @param goal the goal's name ({@code validate}, {@code bundle})
 * @param key the goal's key ({@link GoalKey})
 * @param lines the lines it logged, debug lines excluded, in order
 * @param handedOver the files it handed the build tool (artifacts attached or set), in order
 */
public record GoalRun(String goal, String key, List<Line> lines, List<HandedOver> handedOver) {

    public GoalRun {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(key, "key");
        lines = List.copyOf(lines);
        handedOver = List.copyOf(handedOver);
    }

    /** A logged line. */
    public record Line(Level level, String text) {
        public Line {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A log level a replay repeats: debug lines are not kept. */
    public enum Level { INFO, WARN, ERROR }

    /**
     * A file handed to the build tool.
     *
     * @param role what it is to the build tool: {@code main} (the project's main artifact), {@code attached} (with a
     *     type and classifier) or {@code verified} (the bag a verification checked, which a replay checks again)
     * @param type the artifact type ({@code zip}, {@code json}), empty for none
     * @param classifier the classifier, empty for none
     */
    public record HandedOver(String role, String type, String classifier, Path file) {
        public HandedOver {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(classifier, "classifier");
            file = file.toAbsolutePath().normalize();
        }
    }
}
