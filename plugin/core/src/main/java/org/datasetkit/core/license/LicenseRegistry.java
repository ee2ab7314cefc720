package org.datasetkit.core.license;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The licences whose terms the compatibility rules know: Creative Commons ids derived from the id itself (every
 * version and port on the SPDX list), everything else from the bundled {@code licenses.csv}, and a project's own
 * entries in the same format, which override the bundled ones.
 */
public final class LicenseRegistry {

    private static final Pattern CC = Pattern.compile("CC-(BY(?:-NC)?(?:-ND|-SA)?|BY-NC-ND|SA)-(\\d\\.\\d)(?:-([A-Za-z]+))?");
    private static final String RESOURCE = "/org/datasetkit/licenses/licenses.csv";

    private final Map<String, LicenseTerms> entries;

    private LicenseRegistry(Map<String, LicenseTerms> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The bundled registry. */
    public static LicenseRegistry builtIn() {
        try (InputStream in = LicenseRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin");
            }
            return new LicenseRegistry(parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** The bundled registry with a project's own entries on top. */
    public LicenseRegistry with(Path projectFile) throws IOException {
        Map<String, LicenseTerms> merged = new LinkedHashMap<>(entries);
        try (Reader in = Files.newBufferedReader(projectFile, StandardCharsets.UTF_8)) {
            merged.putAll(parse(in, projectFile.toString()));
        }
        return new LicenseRegistry(merged);
    }

    /** The terms of a licence id (case-insensitive), if known. */
    public Optional<LicenseTerms> terms(String id) {
        LicenseTerms listed = entries.get(id.toLowerCase(Locale.ROOT));
        if (listed != null) {
            return Optional.of(listed);
        }
        return creativeCommons(id);
    }

    /** Every id with a registry row (CC ids derived from their names are not enumerated). */
    public List<String> ids() {
        return entries.values().stream().map(LicenseTerms::id).sorted().toList();
    }

    /**
     * Creative Commons terms follow from the id: BY, NC, ND and SA elements, the version, a port. 4.0 licences are
     * the only ones with database rights; 2.0 and later share-alike allow later versions.
     */
    static Optional<LicenseTerms> creativeCommons(String id) {
        Matcher m = CC.matcher(id.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String elements = m.group(1);
        String version = m.group(2);
        String port = m.group(3);
        boolean by = elements.startsWith("BY");
        boolean nc = elements.contains("NC");
        boolean nd = elements.contains("ND");
        boolean sa = elements.contains("SA");
        String canonical = "CC-" + elements + "-" + version + (port == null ? "" : "-" + port);
        List<String> targets = switch (canonical) {
            case "CC-BY-SA-4.0" -> List.of("GPL-3.0-only", "GPL-3.0-or-later", "LAL-1.3");
            case "CC-BY-4.0" -> List.of("GPL-3.0-only", "GPL-3.0-or-later");
            default -> List.of();
        };
        String url = "https://creativecommons.org/licenses/" + elements.toLowerCase(Locale.ROOT) + "/" + version + "/";
        return Optional.of(new LicenseTerms(canonical, "Creative Commons " + elements + " " + version
                + (port == null ? "" : " " + port), url, "CC", version, false, false, by,
                sa ? LicenseTerms.ShareAlike.ADAPT : LicenseTerms.ShareAlike.NONE, nc, nd, "-",
                LicenseTerms.Redistribution.YES, false, targets));
    }

    private static Map<String, LicenseTerms> parse(Reader reader, String source) throws IOException {
        Map<String, LicenseTerms> out = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        boolean header = true;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 14) {
                throw new IOException(source + ":" + number + ": expected 14 comma-separated columns, found " + f.length);
            }
            LicenseTerms terms = new LicenseTerms(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim(), f[4].trim(),
                    "Y".equals(f[5].trim()), "A".equals(f[5].trim()), yes(f[6]), shareAlike(f[7], source, number),
                    yes(f[8]), yes(f[9]), f[10].trim(), redistribution(f[11], source, number), yes(f[12]),
                    f[13].isBlank() ? List.of() : Arrays.asList(f[13].trim().split("\\s+")));
            out.put(terms.id().toLowerCase(Locale.ROOT), terms);
        }
        return out;
    }

    private static boolean yes(String s) {
        return "Y".equals(s.trim());
    }

    private static LicenseTerms.ShareAlike shareAlike(String s, String source, int line) throws IOException {
        return switch (s.trim()) {
            case "-", "" -> LicenseTerms.ShareAlike.NONE;
            case "adapt" -> LicenseTerms.ShareAlike.ADAPT;
            case "db" -> LicenseTerms.ShareAlike.DATABASE;
            case "data" -> LicenseTerms.ShareAlike.DATA;
            case "software" -> LicenseTerms.ShareAlike.SOFTWARE;
            default -> throw new IOException(source + ":" + line + ": share-alike must be -, adapt, db, data or software");
        };
    }

    private static LicenseTerms.Redistribution redistribution(String s, String source, int line) throws IOException {
        return switch (s.trim()) {
            case "Y" -> LicenseTerms.Redistribution.YES;
            case "same-terms" -> LicenseTerms.Redistribution.SAME_TERMS;
            case "N" -> LicenseTerms.Redistribution.NO;
            default -> throw new IOException(source + ":" + line + ": redistribution must be Y, same-terms or N");
        };
    }
}
