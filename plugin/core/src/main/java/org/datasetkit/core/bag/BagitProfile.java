package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Vocabulary;
import org.datasetkit.core.fixity.DigestAlgorithm;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A BagIt Profile (the bagit-profiles JSON specification, 1.4.0): what a repository requires of the bags it accepts.
 * SND's two are built in: {@code snd-doris}, the form SND's storage service for DORIS writes and reads today (the
 * default for an snd datasheet; {@code snd} names it too), and {@code snd-bagger}, the 2024 Bagger profile. Any
 * repository's can be given by path. Checked before the bag is written; a bag made for a profile names it in
 * bag-info.txt ({@code BagIt-Profile-Identifier}), as the specification requires. The built-in profiles carry
 * Contact-Name and Contact-Email in their info although the specification makes them optional: bagit-java's profile
 * reader (which SND's Bagger uses) fails without them.
 */
public final class BagitProfile {

    private final String name;
    private final JsonNode profile;

    private BagitProfile(String name, JsonNode profile) {
        this.name = name;
        this.profile = profile;
    }

    /**
     * The profile a build must meet: the one {@code setting} names ({@code snd}, {@code none}, or a profile file
     * relative to {@code root}); when nothing is set, SND's for a datasheet with the snd profile, else none.
     */
    public static java.util.Optional<BagitProfile> choose(String setting, boolean sndDatasheet, Path root) throws IOException {
        String chosen = setting == null || setting.isBlank() ? (sndDatasheet ? SND_DORIS : "none") : setting.trim();
        return switch (chosen.toLowerCase(java.util.Locale.ROOT)) {
            case "none" -> java.util.Optional.empty();
            case "snd", SND_DORIS -> java.util.Optional.of(sndDoris());
            case SND_BAGGER -> java.util.Optional.of(sndBagger());
            default -> java.util.Optional.of(read(root.resolve(chosen)));
        };
    }

    public static final String SND_DORIS = "snd-doris";
    public static final String SND_BAGGER = "snd-bagger";

    /** SND's storage service for DORIS: EU vocabulary URIs, the concept DOI as group id, SHA-256 only, fetch.txt. */
    public static BagitProfile sndDoris() {
        return builtIn(SND_DORIS);
    }

    /** SND's 2024 Bagger profile: short codes, the SND dataset id as group id. */
    public static BagitProfile sndBagger() {
        return builtIn(SND_BAGGER);
    }

    private static BagitProfile builtIn(String name) {
        try (InputStream in = BagitProfile.class.getResourceAsStream("/org/datasetkit/bag/" + name + ".json")) {
            return new BagitProfile(name, JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("the built-in " + name + " profile cannot be read", e);
        }
    }

    /** The profile's JSON, as bagit-profiles validators read it. */
    public String json() {
        return profile.toString();
    }

    /** The URI bag-info.txt names the profile by (BagIt-Profile-Identifier). */
    public String identifier() {
        return profile.at("/BagIt-Profile-Info/BagIt-Profile-Identifier").asString(name);
    }

    /** A profile from a JSON file; a file that is not one is an IOException naming it. */
    public static BagitProfile read(Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > 1024 * 1024) { // read whole below; real profiles are a few KB
            throw new IOException(file + " is " + Files.size(file) + " bytes, not a BagIt profile (at most 1 MiB)");
        }
        try {
            JsonNode node = JsonMapper.builder().build().readTree(Files.readString(file));
            if (!node.has("BagIt-Profile-Info")) {
                throw new IOException(file + " is not a BagIt profile: it has no BagIt-Profile-Info");
            }
            return new BagitProfile(node.at("/BagIt-Profile-Info/BagIt-Profile-Identifier").asString(file.toString()), node);
        } catch (JacksonException e) {
            throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    public String name() {
        return name;
    }

    /** Whether the profile lets a bag carry fetch.txt ({@code Allow-Fetch.txt}, true when the profile is silent). */
    public boolean allowsFetch() {
        JsonNode allow = profile.path("Allow-Fetch.txt");
        return !allow.isBoolean() || allow.asBoolean();
    }

    /**
     * Every way a bag would break the profile.
     *
     * @param hints for bag-info labels, where in the datasheet the value comes from
     */
    public List<Diagnostic> check(BagInfo info, List<DigestAlgorithm> manifests, String mediaType, Map<String, String> hints,
            Vocabulary words) {
        List<Diagnostic> out = checkBagInfo(info, hints);
        out.addAll(checkLayout(manifests, mediaType, words));
        return out;
    }

    /** Every way bag-info.txt would break the profile: what the datasheet decides, known before the payload is read. */
    public List<Diagnostic> checkBagInfo(BagInfo info, Map<String, String> hints) {
        List<Diagnostic> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> rule : profile.path("Bag-Info").properties()) {
            String label = rule.getKey();
            List<String> values = info.fields().stream().filter(f -> f.label().equalsIgnoreCase(label))
                    .map(BagInfo.Field::value).toList();
            String hint = hints.getOrDefault(label, "see the profile's requirements");
            if (values.isEmpty() && rule.getValue().path("required").asBoolean(false)) {
                out.add(error("bag.profile-missing", "bag-info.txt lacks " + label + ", which the " + name + " profile requires", hint));
            }
            if (values.size() > 1 && !rule.getValue().path("repeatable").asBoolean(true)) {
                out.add(error("bag.profile-repeated", label + " appears " + values.size() + " times; the " + name
                        + " profile allows one", hint));
            }
            JsonNode allowed = rule.getValue().path("values");
            for (String v : values) {
                if (allowed.isArray() && !allowed.isEmpty()
                        && allowed.valueStream().noneMatch(a -> a.asString().equals(v))) {
                    out.add(error("bag.profile-value", label + " is '" + v + "'; the " + name + " profile allows "
                            + allowed.valueStream().map(JsonNode::asString).toList(), hint));
                }
            }
        }
        return out;
    }

    /** Every way the bag's manifests, serialisation and BagIt version would break the profile: the settings decide. */
    public List<Diagnostic> checkLayout(List<DigestAlgorithm> manifests, String mediaType, Vocabulary words) {
        String algorithms = words.setting(Vocabulary.Setting.ALGORITHMS);
        List<Diagnostic> out = new ArrayList<>();
        List<String> names = manifests.stream().map(DigestAlgorithm::bagitName).toList();
        for (JsonNode required : profile.path("Manifests-Required")) {
            if (!names.contains(required.asString())) {
                out.add(error("bag.profile-manifest", "the " + name + " profile requires manifest-" + required.asString() + ".txt",
                        "add " + required.asString() + " to " + algorithms));
            }
        }
        JsonNode allowedManifests = profile.path("Manifests-Allowed");
        for (String n : names) {
            if (allowedManifests.isArray() && allowedManifests.valueStream().noneMatch(a -> a.asString().equals(n))) {
                out.add(error("bag.profile-manifest", "the " + name + " profile does not allow manifest-" + n + ".txt",
                        "remove " + n + " from " + algorithms));
            }
        }
        JsonNode serialisations = profile.path("Accept-Serialization");
        if (mediaType != null && serialisations.isArray()
                && serialisations.valueStream().noneMatch(a -> a.asString().equals(mediaType))) {
            out.add(error("bag.profile-serialization", "the " + name + " profile does not accept " + mediaType,
                    "choose another " + words.setting(Vocabulary.Setting.FORMAT)));
        }
        JsonNode versions = profile.path("Accept-BagIt-Version");
        if (versions.isArray() && versions.valueStream().noneMatch(a -> a.asString().equals(BagitDeclaration.VERSION))) {
            out.add(error("bag.profile-version", "the " + name + " profile does not accept BagIt " + BagitDeclaration.VERSION,
                    "this tool writes BagIt 1.0 bags"));
        }
        return out;
    }

    private static Diagnostic error(String code, String message, String hint) {
        return Diagnostic.error(code, "bag-info.txt", message, hint);
    }
}
