package org.datasetkit.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.datasetkit.core.build.record.GoalRun;

/** Maven's log, passed through, keeping the info, warning and error lines of a goal for its build record. */
final class RecordingLog implements Log {

    private final Log log;
    private final List<GoalRun.Line> lines = new ArrayList<>();

    RecordingLog(Log log) {
        this.log = log;
    }

    /** The lines kept so far, in order. */
    synchronized List<GoalRun.Line> lines() {
        return List.copyOf(lines);
    }

    private synchronized void keep(GoalRun.Level level, CharSequence content, Throwable error) {
        String text = content == null ? "" : content.toString();
        lines.add(new GoalRun.Line(level, error == null ? text : text.isEmpty() ? error.toString() : text + ": " + error));
    }

    /** Repeats a recorded line at its level. */
    static void repeat(Log log, GoalRun.Line line) {
        switch (line.level()) {
            case ERROR -> log.error(line.text());
            case WARN -> log.warn(line.text());
            default -> log.info(line.text());
        }
    }

    @Override public boolean isDebugEnabled() { return log.isDebugEnabled(); }
    @Override public void debug(CharSequence content) { log.debug(content); }
    @Override public void debug(CharSequence content, Throwable error) { log.debug(content, error); }
    @Override public void debug(Throwable error) { log.debug(error); }
    @Override public boolean isInfoEnabled() { return log.isInfoEnabled(); }
    @Override public void info(CharSequence content) { keep(GoalRun.Level.INFO, content, null); log.info(content); }
    @Override public void info(CharSequence content, Throwable error) { keep(GoalRun.Level.INFO, content, error); log.info(content, error); }
    @Override public void info(Throwable error) { keep(GoalRun.Level.INFO, null, error); log.info(error); }
    @Override public boolean isWarnEnabled() { return log.isWarnEnabled(); }
    @Override public void warn(CharSequence content) { keep(GoalRun.Level.WARN, content, null); log.warn(content); }
    @Override public void warn(CharSequence content, Throwable error) { keep(GoalRun.Level.WARN, content, error); log.warn(content, error); }
    @Override public void warn(Throwable error) { keep(GoalRun.Level.WARN, null, error); log.warn(error); }
    @Override public boolean isErrorEnabled() { return log.isErrorEnabled(); }
    @Override public void error(CharSequence content) { keep(GoalRun.Level.ERROR, content, null); log.error(content); }
    @Override public void error(CharSequence content, Throwable error) { keep(GoalRun.Level.ERROR, content, error); log.error(content, error); }
    @Override public void error(Throwable error) { keep(GoalRun.Level.ERROR, null, error); log.error(error); }
}
