package org.datasetkit.core.bag;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;

/**
 * Payload names that RFC 8493 allows but common BagIt tools mishandle, found before the bag is written: a {@code %}
 * (bagit-python 1.9 and bagit-java 5.2 do not decode {@code %25} in manifests and report the file missing), a CR or
 * LF (manifests are read line by line; Info-ZIP unzip drops the LF from the name), a space at the start or end of a
 * name (parsers trim it away), and names not in Unicode NFC (macOS and some archivers normalise them, so the
 * manifest's name no longer matches the file's). A warning per kind of problem, with examples; an error under a
 * profile whose consumers read bags with those tools ({@code snd-bagger}: SND's Bagger uses bagit-java).
 */
public final class PortableNames {

    private static final int EXAMPLES = 3;

    private record Rule(String code, Predicate<String> breaks, String what, String why, String fix) {}

    private static final List<Rule> RULES = List.of(
            new Rule("bag.name-percent", p -> p.indexOf('%') >= 0, "containing '%'",
                    "bagit-python and bagit-java do not decode %25 in manifest paths and report such files as missing",
                    "rename them without '%' (write 'pct' or 'percent')"),
            new Rule("bag.name-line-break", p -> p.indexOf('\n') >= 0 || p.indexOf('\r') >= 0, "containing a line break",
                    "BagIt tools read manifests line by line and unzip drops the line break from the name",
                    "rename them on one line"),
            new Rule("bag.name-edge-space", PortableNames::spaceAtAnEdge, "starting or ending with a space",
                    "manifest parsers trim the space away and then cannot find the file",
                    "rename them without the leading or trailing space"),
            new Rule("bag.name-not-nfc", p -> !Normalizer.isNormalized(p, Normalizer.Form.NFC),
                    "not in Unicode NFC (composed) form",
                    "macOS and some archivers normalise names, so the manifest's name no longer matches the file",
                    "rename them in NFC (composed characters, as most systems type them)"));

    private PortableNames() {}

    /**
     * @param paths payload paths, relative to the dataset folder
     * @param strict whether the bag's consumers read it with the tools named above (then each finding is an error)
     */
    public static Diagnostics check(List<String> paths, boolean strict, String profileName) {
        List<Diagnostic> out = new ArrayList<>();
        for (Rule rule : RULES) {
            List<String> hits = paths.stream().filter(rule.breaks()).toList();
            if (hits.isEmpty()) {
                continue;
            }
            String examples = String.join(", ", hits.stream().limit(EXAMPLES).map(PortableNames::printable).toList())
                    + (hits.size() > EXAMPLES ? ", ..." : "");
            String message = hits.size() + (hits.size() == 1 ? " file name " : " file names ") + rule.what()
                    + " (" + examples + "): " + rule.why()
                    + (strict ? "; the " + profileName + " profile's consumers read bags with those tools" : "");
            String file = printable(hits.get(0));
            out.add(strict ? Diagnostic.error(rule.code(), file, message, rule.fix())
                    : Diagnostic.warning(rule.code(), file, message, rule.fix()));
        }
        return new Diagnostics(out);
    }

    private static boolean spaceAtAnEdge(String path) {
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && (segment.charAt(0) == ' ' || segment.charAt(segment.length() - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** A name as a log line can show it: line breaks as \n and \r. */
    private static String printable(String path) {
        return path.replace("\n", "\\n").replace("\r", "\\r");
    }
}
