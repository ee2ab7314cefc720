package org.datasetkit.core.build;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.diag.FailurePolicy;
import org.datasetkit.core.diag.SeverityOverrides;

/**
 * How the gates judge.
 *
 * @param failOn the lowest severity that refuses the release
 * @param severities per-code severities the user chose (the enforcer's per-rule level)
 * @param turnedOff gates the user turned off: they do not refuse, and the bundle and the report say so
 * @param licenseRegistry the project's own licence terms (a CSV with the columns of the bundled registry)
 * @param privacyAllowlist reviewed exceptions to the privacy gate
 */
public record GateSettings(FailurePolicy failOn, SeverityOverrides severities, Set<Stage> turnedOff,
        Optional<java.nio.file.Path> licenseRegistry, Optional<java.nio.file.Path> privacyAllowlist) {

    public GateSettings {
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(severities, "severities");
        turnedOff = turnedOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(turnedOff));
        for (Stage s : turnedOff) {
            if (!s.isGate()) {
                throw new IllegalArgumentException(s + " is not a gate");
            }
            if (s == Stage.VALIDATE) {
                // The bundle's metadata is generated from the datasheet: a datasheet that was not read cannot be bundled.
                throw new IllegalArgumentException("the datasheet check cannot be turned off for a build that bundles");
            }
        }
        Objects.requireNonNull(licenseRegistry, "licenseRegistry");
        Objects.requireNonNull(privacyAllowlist, "privacyAllowlist");
    }

    /** Errors refuse, nothing turned off. */
    public static GateSettings defaults() {
        return new GateSettings(FailurePolicy.ERROR, SeverityOverrides.NONE, Set.of(), Optional.empty(), Optional.empty());
    }

    public boolean isOn(Stage gate) {
        return !turnedOff.contains(gate);
    }
}
