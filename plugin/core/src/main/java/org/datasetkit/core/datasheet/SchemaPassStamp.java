package org.datasetkit.core.datasheet;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.datasetkit.core.output.AtomicFile;
import org.datasetkit.core.fixity.DigestAlgorithm;

/**
 * Remembers that the JSON Schema passed one exact datasheet, so that an unchanged build neither compiles nor runs the
 * schema validator again (in a new JVM, loading and compiling it is a third of {@code validate}). The stamp holds
 * one key: the SHA-256 of the datasheet's name and bytes as read (its tree is theirs), the schema document,
 * datasetkit's version and the jar it runs from (a rebuilt snapshot has another time stamp). Only a pass is recorded, never a datasheet with schema
 * errors; and it fails closed: a stamp that is missing, unreadable, damaged (its own checksum) or for other inputs
 * means the schema runs in full. The checks after the schema (paths, profiles, completeness) run every time.
 */
public final class SchemaPassStamp {

    static final String FORMAT = "datasetkit-schema-pass 1";

    private final Path file;
    private final String software;

    /**
     * @param file where the stamp is kept (in the build's work folder)
     * @param software the version of datasetkit that validates
     */
    public SchemaPassStamp(Path file, String software) {
        this.file = file;
        this.software = software;
    }

    /** The key of this datasheet under the schema of this digest ({@link DatasheetSchema#digest()}) and this datasetkit. */
    String key(ParsedDatasheet datasheet, String schemaDigest) {
        // the bytes' digest, not the tree's text: rendering the tree would load Jackson's serializers for nothing
        // and its name: the same bytes are read as JSON or as YAML by the name's extension
        return key(List.of(software, codeIdentity(), schemaDigest, datasheet.displayName(), datasheet.sha256()));
    }

    /** Whether the stamp records a pass for exactly this key; false for any stamp that cannot be trusted. */
    boolean covers(String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.size() == 3 && lines.get(0).equals(FORMAT) && lines.get(1).equals("pass " + key)
                    && lines.get(2).equals("check " + check(lines.get(0), lines.get(1)));
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            return false; // unreadable or not UTF-8: validate in full, and the pass then replaces it
        }
    }

    /** Records that the schema passed the datasheet of this key. */
    void record(String key) throws IOException {
        String pass = "pass " + key;
        String text = FORMAT + "\n" + pass + "\n" + "check " + check(FORMAT, pass) + "\n";
        AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static String key(List<String> parts) {
        MessageDigest sha = DigestAlgorithm.SHA256.newDigest();
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String check(String format, String pass) {
        return HexFormat.of().formatHex(DigestAlgorithm.SHA256.newDigest().digest((format + "\n" + pass + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** Where this code was loaded from, with the jar's size and time: a rebuilt snapshot of one version differs. */
    private static String codeIdentity() {
        CodeSource source = SchemaPassStamp.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            Path where = Path.of(source.getLocation().toURI());
            BasicFileAttributes a = Files.readAttributes(where, BasicFileAttributes.class);
            return where + " " + a.size() + " " + a.lastModifiedTime().toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return source.getLocation() + " unreadable";
        }
    }
}
