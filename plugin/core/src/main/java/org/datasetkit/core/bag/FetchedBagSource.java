package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.datasetkit.core.dataset.PathOrder;
import org.datasetkit.core.diag.Diagnostic;

/**
 * A holey bag as it is once its fetch.txt is fetched: its own files, plus each file fetch.txt lists, read from the
 * previous release's bag when one is given (nothing is downloaded, ever). Without it, a listed file stands in with
 * the length fetch.txt gives, so the manifests, the unlisted files and Payload-Oxum are still checked, and only its
 * checksum waits for the fetch. A file is taken from the previous bag at the path its relative URL names
 * ({@code ../<bag>/data/...}, SND's form), else at its own path: an unchanged file keeps its path.
 */
final class FetchedBagSource implements BagSource {

    /** Where the fetched files come from, and under which name (path in this bag to path in the previous one). */
    private record Supply(BagSource bag, Map<String, String> paths) {}

    private final BagSource holey;
    /** The paths of the files the holey bag itself holds. */
    private final Set<String> present;
    private final Optional<Supply> previous;
    private final List<Entry> entries;
    private final List<Diagnostic> problems;
    private final Set<String> refused;
    private long unfetchedFiles;
    private long unfetchedBytes;

    FetchedBagSource(BagSource holey, List<FetchList.Line> lines, Optional<BagSource> previousBag) {
        this.holey = holey;
        this.problems = new ArrayList<>(holey.problems());
        this.refused = new HashSet<>(holey.refused());
        Set<String> present = new HashSet<>();
        holey.entries().forEach(e -> present.add(e.path()));
        this.present = present;
        Map<String, Entry> before = new HashMap<>();
        previousBag.ifPresent(p -> p.entries().forEach(e -> before.put(e.path(), e)));
        List<Entry> all = new ArrayList<>(holey.entries());
        Map<String, String> supplied = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (FetchList.Line line : lines) {
            if (present.contains(line.path())) {
                problems.add(Diagnostic.warning("bag.fetch-present", holey.name() + "/" + line.path(), "is in the bag "
                        + "and in fetch.txt; the file in the bag is verified", "list in fetch.txt only what the bag lacks"));
                continue;
            }
            if (previousBag.isPresent()) {
                Entry source = before.get(pathInPrevious(line));
                if (source == null) {
                    problems.add(Diagnostic.error("bag.fetch-not-in-previous", holey.name() + "/" + line.path(),
                            "is listed in fetch.txt (" + line.url() + ") but the previous bag "
                                    + previousBag.get().name() + " does not hold " + pathInPrevious(line),
                            "supply the bag that holds the file (when the previous one fetched it too, the one before)"));
                    refused.add(line.path());
                    continue;
                }
                if (!taken.add(source.path())) { // each file of the previous bag answers for one file of this one
                    problems.add(Diagnostic.error("bag.fetch-duplicate", holey.name() + "/" + line.path(), "is fetched "
                            + "from " + source.path() + ", which another line of fetch.txt fetches too",
                            "make the bag again: each line fetches its own file"));
                    refused.add(line.path());
                    continue;
                }
                if (line.length() >= 0 && line.length() != source.size()) {
                    problems.add(Diagnostic.error("bag.fetch-length", holey.name() + "/" + line.path(), "fetch.txt "
                            + "gives " + line.length() + " bytes, but the file fetched has " + source.size(),
                            "make the bag again against the release it fetches from"));
                }
                supplied.put(line.path(), source.path());
                all.add(new Entry(line.path(), source.size()));
            } else if (line.length() < 0) {
                problems.add(Diagnostic.warning("bag.fetch-no-length", holey.name() + "/" + line.path(), "is listed in "
                        + "fetch.txt without a length ('-'), so Payload-Oxum cannot be checked before it is fetched",
                        "give every fetch.txt line the file's length in bytes"));
                refused.add(line.path());
                unfetchedFiles++;
            } else {
                all.add(new Entry(line.path(), line.length()));
                unfetchedFiles++;
                unfetchedBytes += line.length();
            }
        }
        all.sort((a, b) -> PathOrder.INSTANCE.compare(a.path(), b.path()));
        this.entries = List.copyOf(all);
        this.previous = previousBag.map(p -> new Supply(p, supplied));
    }

    /** The path a line's file has in the previous bag: what its relative URL names there, else its own. */
    static String pathInPrevious(FetchList.Line line) {
        if (line.url().startsWith("../")) {
            try {
                String decoded = new URI(line.url()).getPath();
                int slash = decoded == null ? -1 : decoded.indexOf('/', 3);
                if (slash > 0 && BagSource.unsafeReason(decoded.substring(slash + 1)) == null) {
                    return decoded.substring(slash + 1);
                }
            } catch (java.net.URISyntaxException e) {
                // not a URL this reader understands: the file is looked up by its own path
            }
        }
        return line.path();
    }

    /** Files fetch.txt lists that are neither in the bag nor supplied from a previous bag. */
    long unfetchedFiles() {
        return unfetchedFiles;
    }

    /** Their bytes, as fetch.txt gives them. */
    long unfetchedBytes() {
        return unfetchedBytes;
    }

    /** Files read from the previous bag. */
    int suppliedFiles() {
        return previous.map(s -> s.paths().size()).orElse(0);
    }

    @Override
    public String name() {
        return holey.name();
    }

    @Override
    public List<Entry> entries() {
        return entries;
    }

    @Override
    public InputStream open(String path) throws IOException {
        if (previous.isPresent() && previous.get().paths().containsKey(path)) {
            return previous.get().bag().open(previous.get().paths().get(path));
        }
        return holey.open(path);
    }

    /** The bag's own files from the bag, the fetched ones from the previous bag; a file not fetched is not read. */
    @Override
    public void checksums(List<Entry> todo, Function<String, Set<ManifestAlgorithm>> algorithms, int threads,
            EntryChecksums.Sink sink) throws IOException {
        List<Entry> own = new ArrayList<>();
        List<Entry> fetched = new ArrayList<>();
        Map<String, String> back = new HashMap<>();
        Map<String, String> supplied = previous.map(Supply::paths).orElse(Map.of());
        for (Entry e : todo) {
            String there = supplied.get(e.path());
            if (there != null) {
                fetched.add(new Entry(there, e.size()));
                back.put(there, e.path());
            } else if (present.contains(e.path())) {
                own.add(e);
            } // else listed in fetch.txt and not supplied: its checksum waits for the fetch
        }
        holey.checksums(own, algorithms, threads, sink);
        if (!fetched.isEmpty()) {
            previous.get().bag().checksums(fetched, there -> algorithms.apply(back.get(there)), threads,
                    new EntryChecksums.Sink() {
                        @Override
                        public void found(String path, Map<ManifestAlgorithm, String> checksums) {
                            sink.found(back.get(path), checksums);
                        }

                        @Override
                        public void failed(String path, String why) {
                            sink.failed(back.get(path), why + " (in the previous bag " + previous.get().bag().name() + ")");
                        }
                    });
        }
    }

    @Override
    public List<Diagnostic> problems() {
        return problems;
    }

    @Override
    public Set<String> refused() {
        return refused;
    }

    @Override
    public void close() throws IOException {
        try (BagSource first = holey) {
            if (previous.isPresent()) {
                previous.get().bag().close();
            }
        }
    }
}
