package org.datasetkit.core.privacy;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.datasetkit.core.output.CanonicalText;
import org.datasetkit.core.fixity.DigestAlgorithm;

/**
 * Everything that can change what the gate finds in a file, as one SHA-256: the {@link PrivacyPolicy} (every
 * component of the record, so a declaration added to it later is covered without being listed here), the checks
 * and the kinds each reads, the rules' edition, datasetkit's version, and the code that does the reading (the size
 * and time of the jar or class files the checks, the scanner and the pattern library come from). A policy component
 * of a type this cannot spell is refused rather than left out: the cache is then not used at all.
 */
final class PolicyFingerprint {

    private PolicyFingerprint() {}

    /** The fingerprint; empty when some part of it cannot be derived (then nothing may be reused). */
    static Optional<String> of(PrivacyPolicy policy, FileChecks checks, String version) {
        try {
            StringBuilder text = new StringBuilder();
            field(text, "version", version);
            field(text, "rules", DeidentificationRules.EDITION);
            for (RecordComponent c : PrivacyPolicy.class.getRecordComponents()) {
                field(text, c.getName(), spell(c.getAccessor().invoke(policy)));
            }
            List<Class<?>> code = new ArrayList<>(List.of(PrivacyScanner.class, com.google.re2j.Pattern.class));
            for (FileCheck check : checks.all()) {
                field(text, "check", check.name() + " " + check.getClass().getName() + " "
                        + new TreeSet<>(check.kinds().stream().map(Enum::name).toList()));
                code.add(check.getClass());
            }
            for (String source : codeStamps(code)) {
                field(text, "code", source);
            }
            return Optional.of(HexFormat.of().formatHex(DigestAlgorithm.SHA256.newDigest().digest(
                    text.toString().getBytes(StandardCharsets.UTF_8))));
        } catch (ReflectiveOperationException | IOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Length-prefixed, so no two different lists of fields spell the same text. */
    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append(' ').append(value.length()).append(':').append(value).append('\n');
    }

    /** A component's value as text: the shared canonical form, with patterns by their source and flags. */
    static String spell(Object value) {
        return CanonicalText.spell(value, v -> {
            if (v instanceof com.google.re2j.Pattern p) {
                return "re2j(" + p.flags() + "," + p.pattern().length() + ":" + p.pattern() + ")";
            }
            throw new IllegalArgumentException("cannot fingerprint a " + (v == null ? "null" : v.getClass()));
        });
    }

    /** Where each class was loaded from, with the size and modification time of what is there. */
    private static TreeSet<String> codeStamps(List<Class<?>> classes) throws IOException, URISyntaxException {
        TreeSet<String> stamps = new TreeSet<>();
        TreeSet<Path> sources = new TreeSet<>();
        for (Class<?> c : classes) {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                throw new IllegalArgumentException("no code source for " + c.getName());
            }
            sources.add(Path.of(source.getLocation().toURI()));
        }
        for (Path source : sources) {
            if (Files.isDirectory(source)) { // classes from a build folder (tests, an IDE): every class file
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                        stamps.add(stamp(f));
                    }
                }
            } else {
                stamps.add(stamp(source));
            }
        }
        return stamps;
    }

    private static String stamp(Path file) throws IOException {
        return file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
    }
}
