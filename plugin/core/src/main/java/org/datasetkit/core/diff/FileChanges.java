package org.datasetkit.core.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The payload files added, removed, changed and moved between two releases, from their manifests alone: one pass
 * over each, hash lookups only, so 100,000 entries compare in milliseconds. A move is a removed path whose exact
 * content (checksum) reappears under an added path; each added path takes at most one removed one.
 *
 * @param added paths only the new release has, sorted
 * @param removed paths only the previous release had, sorted
 * @param changed paths both have, with other content, sorted
 * @param renamed moves, sorted by their new path
 * @param unchanged how many paths have the same content in both
 */
public record FileChanges(List<String> added, List<String> removed, List<String> changed, List<Rename> renamed,
        int unchanged) {

    /** A file moved: the same content under a new path. */
    public record Rename(String from, String to) {}

    public FileChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        renamed = List.copyOf(renamed);
    }

    /**
     * @param before the previous release's checksums by payload path
     * @param after this release's checksums by payload path
     */
    public static FileChanges between(Map<String, String> before, Map<String, String> after) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, String> e : after.entrySet()) {
            String old = before.get(e.getKey());
            if (old == null) {
                added.add(e.getKey());
            } else if (old.equals(e.getValue())) {
                unchanged++;
            } else {
                changed.add(e.getKey());
            }
        }
        Map<String, Deque<String>> goneByChecksum = new HashMap<>();
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                removed.add(e.getKey());
            }
        }
        Collections.sort(removed);
        for (String path : removed) {
            goneByChecksum.computeIfAbsent(before.get(path), k -> new ArrayDeque<>()).add(path);
        }
        Collections.sort(added);
        List<Rename> renamed = new ArrayList<>();
        List<String> reallyAdded = new ArrayList<>();
        for (String path : added) {
            Deque<String> candidates = goneByChecksum.get(after.get(path));
            if (candidates != null && !candidates.isEmpty()) {
                renamed.add(new Rename(candidates.poll(), path));
            } else {
                reallyAdded.add(path);
            }
        }
        List<String> reallyRemoved = new ArrayList<>(removed.size());
        java.util.Set<String> moved = new java.util.HashSet<>();
        renamed.forEach(r -> moved.add(r.from()));
        for (String path : removed) {
            if (!moved.contains(path)) {
                reallyRemoved.add(path);
            }
        }
        Collections.sort(changed);
        return new FileChanges(reallyAdded, reallyRemoved, changed, renamed, unchanged);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && renamed.isEmpty();
    }
}
