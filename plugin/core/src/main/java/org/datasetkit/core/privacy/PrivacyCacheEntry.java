package org.datasetkit.core.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;
import org.datasetkit.core.fixity.ChangeTime;

/**
 * The lines one file has in the {@link PrivacyCache}. First the file's own line: size, modification time (ns), change
 * time (ns, or {@code -}), identity, kind ({@code -} when it could not be opened), check ({@code -} when none reads
 * its kind, else {@code =name}) and path. Then, only for files that have them: {@code I} with the image's modality,
 * view and laterality; one {@code S} line per shape of a value that matched the pseudonym pattern; one {@code D} line
 * per finding, with its severity, code, file, line, column, pointer, message, hint and the shape of the unmatched
 * value it is about. Fields as {@link CacheText} writes them. A clean file is one short line.
 */
final class PrivacyCacheEntry {

    private PrivacyCacheEntry() {}

    /** The lines of {@code file}, whose change time was {@code changeTime} before it was read. */
    static byte[] encode(DatasetFile file, long changeTime, FileOutcome outcome) {
        StringBuilder out = new StringBuilder(96);
        out.append(file.size()).append('\t').append(file.lastModified()).append('\t')
                .append(changeTime == ChangeTime.UNKNOWN ? "-" : Long.toString(changeTime)).append('\t');
        CacheText.escape(file.identity(), out);
        out.append('\t').append(outcome.kind().map(FileKind::name).orElse("-")).append('\t');
        CacheText.optional(outcome.check(), out);
        out.append('\t');
        CacheText.escape(file.path(), out);
        out.append('\n');
        outcome.image().ifPresent(image -> {
            out.append("I\t");
            CacheText.optional(image.modality(), out);
            out.append('\t');
            CacheText.optional(image.view(), out);
            out.append('\t');
            CacheText.optional(image.laterality(), out);
            out.append('\n');
        });
        for (String shape : new java.util.TreeSet<>(outcome.matchedShapes())) {
            out.append("S\t");
            CacheText.escape(shape, out);
            out.append('\n');
        }
        for (FileOutcome.Finding f : outcome.findings()) {
            finding(f, out);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void finding(FileOutcome.Finding f, StringBuilder out) {
        Diagnostic d = f.diagnostic();
        out.append("D\t").append(d.severity().name()).append('\t');
        for (String text : List.of(d.code(), d.file())) {
            CacheText.escape(text, out);
            out.append('\t');
        }
        out.append(d.line()).append('\t').append(d.column()).append('\t');
        for (String text : List.of(d.pointer(), d.message(), d.hint())) {
            CacheText.escape(text, out);
            out.append('\t');
        }
        CacheText.optional(f.unmatchedShape(), out);
        out.append('\n');
    }

    /**
     * What the cache knows of {@code file}, or null when the entry does not describe it as it is now: another size,
     * modification time, identity or change time, or times too close to when the cache was written to tell a later
     * change apart: the cache's run started at {@code startedNanos}, and a modification time is trusted two seconds
     * before that, a change time as the checksum cache trusts it.
     *
     * @throws CacheText.Damaged the entry is not what this class writes
     */
    static FileOutcome decode(byte[] entry, DatasetFile file, long startedNanos) throws CacheText.Damaged {
        int end = lineEnd(entry, 0);
        List<String> head = CacheText.fields(entry, 0, end);
        if (head.size() != 7) {
            throw new CacheText.Damaged("a file line has " + head.size() + " fields, not 7");
        }
        long size = CacheText.number(head.get(0));
        long modified = CacheText.number(head.get(1));
        long changed = head.get(2).equals("-") ? ChangeTime.UNKNOWN : CacheText.number(head.get(2));
        if (size != file.size() || modified != file.lastModified() || !head.get(3).equals(file.identity())
                || !head.get(6).equals(file.path()) || modified >= PrivacyCache.trustedBefore(startedNanos)
                || !ChangeTime.trusted(changed, startedNanos) || !changeTimeIs(file, changed)) {
            return null;
        }
        Optional<FileKind> kind = head.get(4).equals("-") ? Optional.empty() : Optional.of(kind(head.get(4)));
        return rest(entry, end + 1, kind, CacheText.optional(head.get(5)));
    }

    /** The lines after the file's own: image, shapes, findings. */
    private static FileOutcome rest(byte[] entry, int from, Optional<FileKind> kind, Optional<String> check)
            throws CacheText.Damaged {
        Optional<ImageAttributes> image = Optional.empty();
        Set<String> shapes = new HashSet<>();
        List<FileOutcome.Finding> findings = new ArrayList<>();
        for (int at = from; at < entry.length; ) {
            int end = lineEnd(entry, at);
            List<String> f = CacheText.fields(entry, at, end);
            switch (f.get(0)) {
                case "I" -> image = Optional.of(image(f));
                case "S" -> shapes.add(count(f, 2).get(1));
                case "D" -> findings.add(finding(count(f, 10)));
                default -> throw new CacheText.Damaged("a line starts with " + f.get(0));
            }
            at = end + 1;
        }
        return new FileOutcome(kind, check, findings, image, shapes, null, true);
    }

    private static ImageAttributes image(List<String> f) throws CacheText.Damaged {
        count(f, 4);
        return new ImageAttributes(CacheText.optional(f.get(1)), CacheText.optional(f.get(2)),
                CacheText.optional(f.get(3)));
    }

    private static FileOutcome.Finding finding(List<String> f) throws CacheText.Damaged {
        Severity severity;
        try {
            severity = Severity.valueOf(f.get(1));
        } catch (IllegalArgumentException e) {
            throw new CacheText.Damaged("no severity " + f.get(1));
        }
        Diagnostic d = new Diagnostic(severity, f.get(2), f.get(3), (int) CacheText.number(f.get(4)),
                (int) CacheText.number(f.get(5)), f.get(6), f.get(7), f.get(8));
        return new FileOutcome.Finding(d, CacheText.optional(f.get(9)));
    }

    private static List<String> count(List<String> fields, int n) throws CacheText.Damaged {
        if (fields.size() != n) {
            throw new CacheText.Damaged("a " + fields.get(0) + " line has " + fields.size() + " fields, not " + n);
        }
        return fields;
    }

    private static FileKind kind(String name) throws CacheText.Damaged {
        try {
            return FileKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new CacheText.Damaged("no kind " + name);
        }
    }

    /** Whether the file's change time is still {@code recorded}: an edit that put the modification time back moved it. */
    private static boolean changeTimeIs(DatasetFile file, long recorded) {
        try {
            return ChangeTime.of(file.file()) == recorded;
        } catch (IOException e) {
            return false; // read again, which says what is wrong with it
        }
    }

    private static int lineEnd(byte[] text, int from) throws CacheText.Damaged {
        for (int i = from; i < text.length; i++) {
            if (text[i] == '\n') {
                return i;
            }
        }
        throw new CacheText.Damaged("a line without its end");
    }
}
