package org.datasetkit.core.build.record;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.output.AtomicFile;

/**
 * The build record's file, {@code <output>/dataset/build-record.tsv}: one line per fact, tab-separated, with tabs,
 * line breaks and backslashes escaped; the first line names the format and the datasetkit that wrote it (its version
 * and jar), the last is a SHA-256 of every line before it. Written atomically; read whole or not at all: a record that
 * is damaged, or was written by another datasetkit, is refused with the reason, and the build then runs for real.
 */
final class BuildRecordFile {

    static final String FORMAT = "datasetkit-build-record 1";

    private final Path file;
    private final String software;

    /**
     * @param software the version and code identity of the datasetkit running now
     */
    BuildRecordFile(Path file, String software) {
        this.file = file;
        this.software = software;
    }

    /** A record read back, or why it could not be. */
    record Read(Optional<BuildRecord> record, Optional<String> refused) {}

    Read read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Read(Optional.empty(), Optional.empty());
        } catch (CharacterCodingException e) {
            return refused("it is not UTF-8 text");
        } catch (IOException e) {
            return refused("it cannot be read (" + e.getMessage() + ")");
        }
        if (lines.size() < 4 || !lines.get(lines.size() - 1).equals("check\t" + check(lines.subList(0, lines.size() - 1)))) {
            return refused("its own checksum does not match: it is damaged");
        }
        if (!lines.get(0).equals(FORMAT + "\t" + escape(software))) {
            return refused("it was written by another datasetkit (" + lines.get(0) + ")");
        }
        try {
            return new Read(Optional.of(parse(lines.subList(1, lines.size() - 1))), Optional.empty());
        } catch (RuntimeException e) {
            return refused("it does not parse (" + e.getMessage() + ")");
        }
    }

    private Read refused(String why) {
        return new Read(Optional.empty(), Optional.of("The build record " + file + " is ignored, so every goal runs: "
                + why));
    }

    void write(BuildRecord record) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(FORMAT + "\t" + escape(software));
        lines.add("built\t" + record.built());
        BuildState s = record.end();
        lines.add("state\t" + s.inputs() + "\t" + s.outputs() + "\t" + s.untrusted().map(w -> "racy\t" + escape(w))
                .orElse("trusted"));
        for (GoalRun run : record.goals()) {
            lines.add("goal\t" + escape(run.goal()) + "\t" + run.key());
            for (GoalRun.Line l : run.lines()) {
                lines.add("line\t" + l.level() + "\t" + escape(l.text()));
            }
            for (GoalRun.HandedOver h : run.handedOver()) {
                lines.add("file\t" + escape(h.role()) + "\t" + escape(h.type()) + "\t" + escape(h.classifier()) + "\t"
                        + escape(h.file().toString()));
            }
        }
        lines.add("check\t" + check(lines));
        AtomicFile.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static BuildRecord parse(List<String> lines) {
        String built = field(lines.get(0), "built", 2)[1];
        String[] state = field(lines.get(1), "state", -1);
        BuildState end = new BuildState(state[1], state[2],
                state[3].equals("racy") ? Optional.of(unescape(state[4])) : Optional.empty());
        List<GoalRun> goals = new ArrayList<>();
        List<String> rest = lines.subList(2, lines.size());
        int i = 0;
        while (i < rest.size()) {
            String[] g = field(rest.get(i++), "goal", 3);
            List<GoalRun.Line> logged = new ArrayList<>();
            List<GoalRun.HandedOver> files = new ArrayList<>();
            for (; i < rest.size() && !rest.get(i).startsWith("goal\t"); i++) {
                String[] f = rest.get(i).split("\t", -1);
                if (f[0].equals("line") && f.length == 3) {
                    logged.add(new GoalRun.Line(GoalRun.Level.valueOf(f[1]), unescape(f[2])));
                } else if (f[0].equals("file") && f.length == 5) {
                    files.add(new GoalRun.HandedOver(unescape(f[1]), unescape(f[2]), unescape(f[3]),
                            Path.of(unescape(f[4]))));
                } else {
                    throw new IllegalArgumentException("unexpected line " + (i + 2));
                }
            }
            goals.add(new GoalRun(unescape(g[1]), g[2], logged, files));
        }
        return new BuildRecord(built, end, goals);
    }

    private static String[] field(String line, String name, int parts) {
        String[] f = line.split("\t", -1);
        if (!f[0].equals(name) || parts > 0 && f.length != parts) {
            throw new IllegalArgumentException("expected a " + name + " line");
        }
        return f;
    }

    private static String check(List<String> lines) {
        MessageDigest sha = DigestAlgorithm.SHA256.newDigest();
        for (String l : lines) {
            sha.update((l + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
