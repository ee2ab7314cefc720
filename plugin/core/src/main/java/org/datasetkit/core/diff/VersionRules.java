package org.datasetkit.core.diff;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which bump each kind of change needs: the defaults of {@link ChangeKind}, with the user's overrides
 * ({@code file.changed: minor} for a dataset whose users pin nothing but the version, say).
 */
public record VersionRules(Map<ChangeKind, Bump> overrides) {

    public VersionRules {
        overrides = Map.copyOf(Objects.requireNonNull(overrides, "overrides"));
    }

    public static VersionRules defaults() {
        return new VersionRules(Map.of());
    }

    /** Overrides by code ({@code file.changed} → {@code minor}); a bad code or level is refused, naming it. */
    public static VersionRules parse(Map<String, String> byCode) {
        Map<ChangeKind, Bump> out = new EnumMap<>(ChangeKind.class);
        for (Map.Entry<String, String> e : byCode.entrySet()) {
            ChangeKind kind = ChangeKind.ofCode(e.getKey());
            try {
                out.put(kind, Bump.parse(e.getValue()));
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException(e.getKey() + " " + bad.getMessage(), bad);
            }
        }
        return new VersionRules(out);
    }

    public Bump bumpFor(ChangeKind kind) {
        return overrides.getOrDefault(kind, kind.byDefault());
    }

    /** The largest bump the changes need; a patch when nothing but the release itself changed. */
    public Bump required(Set<ChangeKind> changes) {
        Bump most = Bump.PATCH;
        for (ChangeKind k : changes) {
            Bump b = bumpFor(k);
            if (b.compareTo(most) > 0) {
                most = b;
            }
        }
        return most;
    }
}
