package org.datasetkit.core.license;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The index of the SPDX License List bundled in java-spdx-library (its {@code licenses.json} and
 * {@code exceptions.json}, the files the library itself reads in its offline mode): every id, its name and whether it
 * is deprecated, and the list's version. Immutable.
 */
record SpdxIndex(String version, Map<String, SpdxLicenseList.Listed> licenses, Map<String, String> exceptions) {

    private static final String FOLDER = "resources/stdlicenses/";

    /** The listed licence with this id, matched case-insensitively as SPDX ids are. */
    Optional<SpdxLicenseList.Listed> license(String id) {
        return Optional.ofNullable(licenses.get(id.toLowerCase(Locale.ROOT)));
    }

    /** The listed exception id in its SPDX spelling. */
    Optional<String> exception(String id) {
        return Optional.ofNullable(exceptions.get(id.toLowerCase(Locale.ROOT)));
    }

    static SpdxIndex read(ClassLoader loader) {
        JsonNode licenses = json(loader, "licenses.json");
        Map<String, SpdxLicenseList.Listed> byId = new HashMap<>();
        for (JsonNode l : licenses.get("licenses")) {
            String id = l.get("licenseId").asString();
            byId.put(id.toLowerCase(Locale.ROOT), new SpdxLicenseList.Listed(id, l.path("name").asString(id),
                    l.path("isDeprecatedLicenseId").asBoolean(false)));
        }
        Map<String, String> exceptions = new HashMap<>();
        for (JsonNode e : json(loader, "exceptions.json").get("exceptions")) {
            String id = e.get("licenseExceptionId").asString();
            exceptions.put(id.toLowerCase(Locale.ROOT), id);
        }
        return new SpdxIndex(licenses.get("licenseListVersion").asString(), Map.copyOf(byId), Map.copyOf(exceptions));
    }

    private static JsonNode json(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled SPDX list " + FOLDER + name + " is missing from the classpath");
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
