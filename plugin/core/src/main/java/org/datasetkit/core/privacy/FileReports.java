package org.datasetkit.core.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * The files a check read, in dataset order, with the check's name and the number of findings: what
 * {@code privacy.json} lists per file. Held as one byte per payload file (which check, if any) beside the dataset's
 * own list of paths, and a count only for the few files with findings: a million clean files cost a megabyte here,
 * not a million objects.
 */
public final class FileReports implements Iterable<PrivacyResult.FileReport> {

    private final IntFunction<String> paths;
    private final byte[] checks;
    private final List<String> names;
    private final Map<Integer, Integer> findings;
    private final int size;

    private FileReports(IntFunction<String> paths, byte[] checks, List<String> names, Map<Integer, Integer> findings) {
        this.paths = paths;
        this.checks = checks;
        this.names = List.copyOf(names);
        this.findings = Map.copyOf(findings);
        int n = 0;
        for (byte c : checks) {
            n += c == 0 ? 0 : 1;
        }
        this.size = n;
    }

    /** These reports, as they are. */
    public static FileReports of(List<PrivacyResult.FileReport> reports) {
        List<PrivacyResult.FileReport> copy = List.copyOf(reports);
        Builder b = new Builder(i -> copy.get(i).path(), copy.size());
        for (int i = 0; i < copy.size(); i++) {
            b.add(i, copy.get(i).kind(), copy.get(i).findings());
        }
        return b.build();
    }

    /** How many files a check read. */
    public int size() {
        return size;
    }

    @Override
    public Iterator<PrivacyResult.FileReport> iterator() {
        return new Iterator<>() {
            private int next = skip(0);

            @Override
            public boolean hasNext() {
                return next < checks.length;
            }

            @Override
            public PrivacyResult.FileReport next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next;
                next = skip(i + 1);
                return new PrivacyResult.FileReport(paths.apply(i), names.get((checks[i] & 0xff) - 1), findings.getOrDefault(i, 0));
            }
        };
    }

    private int skip(int from) {
        int i = from;
        while (i < checks.length && checks[i] == 0) {
            i++;
        }
        return i;
    }

    /** Collects the reports of {@code files} payload files as they come, by the file's index. */
    static final class Builder {
        private final IntFunction<String> paths;
        private final byte[] checks;
        private final List<String> names = new ArrayList<>();
        private final Map<Integer, Integer> findings = new HashMap<>();

        Builder(IntFunction<String> paths, int files) {
            this.paths = paths;
            this.checks = new byte[files];
        }

        void add(int index, String check, int findingCount) {
            int name = names.indexOf(check);
            if (name < 0) {
                if (names.size() == 255) {
                    throw new IllegalStateException("more than 255 checks");
                }
                names.add(check);
                name = names.size() - 1;
            }
            checks[index] = (byte) (name + 1);
            if (findingCount != 0) {
                findings.put(index, findingCount);
            }
        }

        FileReports build() {
            return new FileReports(paths, checks, names, findings);
        }
    }
}
