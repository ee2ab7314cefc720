package org.datasetkit.core.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;
import tools.jackson.core.JsonGenerator;

/**
 * The crate's data entities: every payload file (the dataset's and the generated ones) as a File with its size (a
 * string, as the specification's examples and validators have it), media type and SHA-256, and every folder as a
 * Dataset whose {@code hasPart} lists what it holds.
 *
 * <p>Streamed: a million files would make a tree of gigabytes, so the entities are written straight from the fixity
 * result, and the only per-file state kept is an index in its folder's list (4 bytes).
 */
final class RoCrateParts {

    /** What a URI reserves, and '%': percent-encoded in an id. */
    private static final String RESERVED = "%\"<>\\^`{|}#?[]";

    /** The characters of {@link #RESERVED} as bits by code (0-63, 64-127): one test per character of every path. */
    private static final long RESERVED_LOW = bits(0);
    private static final long RESERVED_HIGH = bits(64);

    private static long bits(int from) {
        long bits = 0;
        for (char c : RESERVED.toCharArray()) {
            if (c >= from && c < from + 64) {
                bits |= 1L << (c - from);
            }
        }
        return bits;
    }

    private final List<FileFixity> files;
    private final List<GeneratedFile> generated;
    /** Folder path ("" for the root, else ending in '/') to the files it directly holds and its subfolders' ids. */
    private final SortedMap<String, Folder> folders = new TreeMap<>();

    /** What a folder directly holds: file indices (dataset files first, then generated ones) and subfolder ids. */
    private static final class Folder {
        int[] files = new int[4];
        int count;
        final TreeSet<String> subfolders = new TreeSet<>();

        void add(int index) {
            if (count == files.length) {
                files = Arrays.copyOf(files, count * 2);
            }
            files[count++] = index;
        }
    }

    RoCrateParts(List<FileFixity> files, List<GeneratedFile> generated) {
        this.files = files;
        this.generated = generated;
        folders.put("", new Folder());
        for (int i = 0; i < size(); i++) {
            String path = path(i);
            String folder = path.substring(0, path.lastIndexOf('/') + 1);
            folder(folder).add(i);
            for (String f = folder; !f.isEmpty(); ) {
                String parent = f.substring(0, f.lastIndexOf('/', f.length() - 2) + 1);
                folder(parent).subfolders.add(id(f));
                folder(f);
                f = parent;
            }
        }
    }

    private Folder folder(String path) {
        return folders.computeIfAbsent(path, k -> new Folder());
    }

    private int size() {
        return files.size() + generated.size();
    }

    private String path(int i) {
        return i < files.size() ? files.get(i).file().path() : generated.get(i - files.size()).name();
    }

    /**
     * The root's hasPart: every folder and file, not only what the payload root directly holds. RO-Crate 1.2 reaches
     * nested entities through their folders too, but readers such as ro-crate-java 1.1 take only the root's hasPart as
     * data entities and would treat the rest as contextual.
     */
    void rootParts(JsonGenerator g) {
        g.writeArrayPropertyStart("hasPart");
        TreeSet<String> few = new TreeSet<>(); // the folders and generated files: few
        folders.forEach((path, folder) -> few.addAll(folder.subfolders));
        for (int i = files.size(); i < size(); i++) {
            few.add(id(path(i)));
        }
        int[] order = sortedById(files.size());
        String last = null;
        int next = 0;
        String nextId = idAt(order, next); // each file's id made once
        for (String id : few) {
            while (nextId != null && nextId.compareTo(id) < 0) {
                last = reference(g, nextId, last);
                nextId = idAt(order, ++next);
            }
            last = reference(g, id, last);
        }
        while (nextId != null) {
            last = reference(g, nextId, last);
            nextId = idAt(order, ++next);
        }
        g.writeEndArray();
    }

    /** The id of the {@code k}-th file in {@code order}, or null past the last. */
    private String idAt(int[] order, int k) {
        return k < order.length ? id(path(order[k])) : null;
    }

    /** The indices of the first {@code n} items ordered by id: the dataset's order already, unless a name was encoded. */
    private int[] sortedById(int n) {
        boolean sorted = true;
        String previous = n > 0 ? id(path(0)) : null;
        for (int i = 1; i < n && sorted; i++) {
            String id = id(path(i));
            sorted = previous.compareTo(id) < 0;
            previous = id;
        }
        IntStream indices = IntStream.range(0, n);
        return sorted ? indices.toArray()
                : indices.boxed().sorted((a, b) -> id(path(a)).compareTo(id(path(b)))).mapToInt(Integer::intValue).toArray();
    }

    /** {"@id": id}, unless it repeats the one before (a set, as the tree had it). */
    private static String reference(JsonGenerator g, String id, String last) {
        if (!id.equals(last)) {
            g.writeStartObject();
            g.writeStringProperty("@id", id);
            g.writeEndObject();
        }
        return id;
    }

    /** The folder entities, then the file entities. */
    void entities(JsonGenerator g) {
        for (Map.Entry<String, Folder> entry : folders.entrySet()) {
            if (entry.getKey().isEmpty()) {
                continue;
            }
            String path = entry.getKey();
            g.writeStartObject();
            g.writeStringProperty("@id", id(path));
            g.writeStringProperty("@type", "Dataset");
            g.writeStringProperty("name", path.substring(path.lastIndexOf('/', path.length() - 2) + 1, path.length() - 1));
            g.writeStringProperty("description", "The folder " + path + " of the dataset.");
            g.writeArrayPropertyStart("hasPart");
            Folder folder = entry.getValue();
            List<String> ids = new ArrayList<>(folder.count + folder.subfolders.size());
            for (int i = 0; i < folder.count; i++) {
                ids.add(id(path(folder.files[i])));
            }
            ids.addAll(folder.subfolders);
            ids.sort(null);
            ids.forEach(id -> {
                g.writeStartObject();
                g.writeStringProperty("@id", id);
                g.writeEndObject();
            });
            g.writeEndArray();
            g.writeEndObject();
        }
        for (FileFixity f : files) {
            String path = f.file().path();
            file(g, path, f.file().size(), MediaTypes.of(path));
            if (f.has(DigestAlgorithm.SHA256)) {
                g.writeStringProperty("sha256", f.digest(DigestAlgorithm.SHA256));
            }
            g.writeEndObject();
        }
        for (GeneratedFile t : generated) {
            String type = MediaTypes.of(t.name());
            file(g, t.name(), t.size(), type.equals("application/octet-stream") ? "text/plain" : type);
            g.writeStringProperty("sha256", t.sha256());
            g.writeStringProperty("description", "Metadata generated by datasetkit from the datasheet.");
            g.writeEndObject();
        }
    }

    /** Opens a File entity and writes its common properties; the caller adds its own and closes it. */
    private static void file(JsonGenerator g, String path, long size, String mediaType) {
        g.writeStartObject();
        g.writeStringProperty("@id", id(path));
        g.writeStringProperty("@type", "File");
        g.writeStringProperty("name", path.substring(path.lastIndexOf('/') + 1));
        g.writeStringProperty("contentSize", Long.toString(size));
        g.writeStringProperty("encodingFormat", mediaType);
    }

    /**
     * A path as an RO-Crate {@code @id}: a URI reference in IRI form. Space, '%', controls and the characters URIs
     * reserve are percent-encoded; other non-ASCII characters stay native UTF-8, as RO-Crate 1.2 asks (consumers such
     * as ro-crate-js do not decode them when looking for the file). A path with nothing to encode is its own id.
     */
    static String id(String path) {
        if (plain(path)) {
            return path;
        }
        StringBuilder out = new StringBuilder();
        path.codePoints().forEach(cp -> {
            if (cp > 0x7f && !Character.isISOControl(cp) && !Character.isWhitespace(cp)) {
                out.appendCodePoint(cp);
            } else if (cp > 0x20 && cp < 0x7f && RESERVED.indexOf(cp) < 0) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        });
        return out.toString();
    }

    /** Printable ASCII that needs no encoding: the common name, checked without allocating. */
    private static boolean plain(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= 0x20 || c >= 0x7f || ((c < 64 ? RESERVED_LOW >>> c : RESERVED_HIGH >>> (c - 64)) & 1L) != 0) {
                return false;
            }
        }
        return true;
    }
}
