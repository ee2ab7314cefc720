package org.datasetkit.core.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.bag.TagFile;

/**
 * Adds the version relation ({@code IsNewVersionOf} the previous version's DOI) to the generated DataCite record.
 * Kept apart from {@link DataCiteXml} on purpose: the exporters are being reworked, and this is the one relation the
 * version stage knows that the datasheet does not; it belongs in the exporter's input once that work lands.
 */
final class VersionRelations {

    private VersionRelations() {}

    static List<TagFile> withPreviousVersion(List<TagFile> generated, Optional<String> previousDoi) {
        if (previousDoi.isEmpty()) {
            return generated;
        }
        List<TagFile> out = new ArrayList<>(generated.size());
        for (TagFile f : generated) {
            out.add(f.name().equals(MetadataExports.DATACITE) ? new TagFile(f.name(), related(f.content(), previousDoi.get())) : f);
        }
        return out;
    }

    /** relatedIdentifiers comes before sizes in kernel 4.6, and every record has sizes. */
    private static byte[] related(byte[] xml, String doi) {
        String text = new String(xml, StandardCharsets.UTF_8);
        String relation = "<relatedIdentifier relatedIdentifierType=\"DOI\" relationType=\"IsNewVersionOf\">"
                + escaped(doi) + "</relatedIdentifier>";
        if (text.contains("<relatedIdentifiers>")) {
            text = text.replaceFirst("<relatedIdentifiers>", "<relatedIdentifiers>" + java.util.regex.Matcher.quoteReplacement(relation));
        } else if (text.contains("<sizes>")) {
            text = text.replaceFirst("<sizes>", java.util.regex.Matcher.quoteReplacement(
                    "<relatedIdentifiers>" + relation + "</relatedIdentifiers><sizes>"));
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
