package org.datasetkit.core.build.record;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.datasetkit.core.build.BuildSettings;
import org.datasetkit.core.build.DatasetkitVersion;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.output.CanonicalText;

/**
 * One SHA-256 over everything a goal's work depends on besides the dataset and the outputs: the goal, datasetkit's
 * version and the code it runs (each jar's or class folder's stamp), the JVM's encodings, SOURCE_DATE_EPOCH, the front
 * end's parameters and properties, the stage settings, and the files those settings name outside the dataset (a
 * licence registry, an allowlist, a profile, known datasets, the previous release), stamped like the dataset. What it
 * cannot stamp faithfully makes the key unusable, with the reason: that goal then always runs.
 */
public final class GoalKey {

    private final MessageDigest sha = DigestAlgorithm.SHA256.newDigest();
    private Optional<String> unusable = Optional.empty();
    private final long nowMillis;
    private String value; // the digest, once taken: nothing can be added after

    /** A key for {@code goal}, with the software and the JVM's settings in it. */
    public GoalKey(String goal) {
        this(goal, System.currentTimeMillis());
    }

    /** As {@link #GoalKey(String)}, with the time taken to be now (for files named by settings, changed just now). */
    GoalKey(String goal, long nowMillis) {
        this.nowMillis = nowMillis;
        add("goal", goal);
        add("datasetkit", DatasetkitVersion.current());
        code(GoalKey.class);
        for (String p : new String[] {"java.version", "sun.jnu.encoding", "file.encoding"}) {
            add(p, Optional.ofNullable(System.getProperty(p)));
        }
        add("SOURCE_DATE_EPOCH", Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH")));
    }

    /** Adds a named value, spelled canonically; a value that cannot be spelled makes the key unusable. */
    public GoalKey add(String name, Object value) {
        if (this.value != null) {
            throw new IllegalStateException("the key is already taken");
        }
        String text;
        try {
            text = CanonicalText.spell(value);
        } catch (IllegalArgumentException e) {
            return unusable(name + ": " + e.getMessage());
        }
        byte[] bytes = (name + "\t" + text.length() + ":" + text + "\n").getBytes(StandardCharsets.UTF_8);
        sha.update(bytes);
        return this;
    }

    /** Adds the stamp of the code {@code type} was loaded from (a jar, or every file of a class folder). */
    public GoalKey code(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return unusable("no code source for " + type.getName());
        }
        try {
            return file("code", Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return unusable("the code of " + type.getName() + " is at " + source.getLocation());
        }
    }

    /** Adds the stage settings and the files they name outside the dataset. */
    public GoalKey settings(BuildSettings settings) {
        add("stages", settings.keyInputs());
        settings.gates().licenseRegistry().ifPresent(p -> file("licenseRegistry", p));
        settings.gates().privacyAllowlist().ifPresent(p -> file("privacyAllowlist", p));
        Path root = settings.location().root();
        settings.bundle().bagitProfile().map(root::resolve).filter(Files::exists).ifPresent(p -> file("bagitProfile", p));
        for (String known : settings.copies().knownDatasets()) {
            if (known.startsWith("artifact:")) {
                unusable("the known dataset " + known + " is resolved from the repositories, which are not stamped");
            } else {
                file("knownDataset", root.resolve(known));
            }
        }
        settings.diff().previous().ifPresent(p -> file("previous", p));
        return this;
    }

    /** Adds a file or folder tree by its stamp; one changed within the last second makes the key unusable. */
    public GoalKey file(String name, Path path) {
        TreeStamp stamp = new TreeStamp(nowMillis * 1_000_000L - BuildState.RACY_NANOS);
        try {
            stamp.path(name, path.toAbsolutePath().normalize());
        } catch (IOException e) {
            return unusable(name + " " + path + " cannot be stamped: " + e.getMessage());
        }
        stamp.untrusted().ifPresent(this::unusable);
        return add(name, path.toAbsolutePath().normalize() + " " + stamp.digest());
    }

    /** Makes the key unusable, for a reason the front end's debug log shows. */
    public GoalKey unusable(String why) {
        if (unusable.isEmpty()) {
            unusable = Optional.of(why);
        }
        return this;
    }

    /** The key, or empty when something in it could not be stamped ({@link #whyUnusable()}). */
    public Optional<String> value() {
        if (value == null) {
            value = HexFormat.of().formatHex(sha.digest());
        }
        return unusable.isPresent() ? Optional.empty() : Optional.of(value);
    }

    public Optional<String> whyUnusable() {
        return unusable;
    }
}
