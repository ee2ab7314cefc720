package org.datasetkit.core.datasheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The obligation profiles (core, medical, snd) shipped beside the schema: for each, the JSON pointers it requires
 * (MUST) and recommends (SHOULD).
 */
public final class Profiles {

    static final String RESOURCE = DatasheetSchema.CLASSPATH_PREFIX + "datasheet/1/profiles.json";

    /** One profile's obligations. */
    public record Profile(String name, List<String> must, List<String> should) {}

    private final Map<String, Profile> profiles;

    private Profiles(Map<String, Profile> profiles) {
        this.profiles = Map.copyOf(profiles);
    }

    public static Profiles load() {
        try (InputStream in = Profiles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, Profile> out = new TreeMap<>();
            for (String name : root.propertyNames()) {
                if (name.startsWith("$")) {
                    continue;
                }
                out.put(name, new Profile(name, strings(root.get(name).path("must")), strings(root.get(name).path("should"))));
            }
            return new Profiles(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Profile get(String name) {
        Profile p = profiles.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown profile " + name);
        }
        return p;
    }

    public List<String> names() {
        return List.copyOf(profiles.keySet());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return List.copyOf(out);
    }
}
