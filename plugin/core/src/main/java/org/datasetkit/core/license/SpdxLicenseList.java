package org.datasetkit.core.license;

import java.util.List;
import java.util.Optional;
import org.spdx.utility.compare.LicenseCompareHelper;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.LicenseInfoFactory;
import org.spdx.library.SpdxModelFactory;

/**
 * The SPDX License List as shipped inside {@code org.spdx:java-spdx-library}. The library is told, through
 * {@code /resources/spdx-java-library.properties} in this plugin's jar, to use its bundled copy only: a build
 * never goes online for licences, and the report names the exact list version used.
 *
 * <p>Ids, names, deprecation and the list's version come from the list's index as the library bundles it
 * ({@code resources/stdlicenses/licenses.json} and {@code exceptions.json}), read once per class loader: a build whose
 * licences need no text never starts the library, which costs about a second in a new JVM. The library is started
 * only for the standard texts and their matching.
 */
public final class SpdxLicenseList {

    /** A listed licence, as the list spells and describes it. */
    public record Listed(String id, String name, boolean deprecated) {}

    private static final List<String> COMMON_TEXTS = List.of("CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0",
            "CC-BY-NC-SA-4.0", "CC-BY-ND-4.0", "CC-BY-NC-ND-4.0", "ODC-By-1.0", "ODbL-1.0", "PDDL-1.0",
            "CDLA-Permissive-2.0", "CDLA-Sharing-1.0", "MIT", "Apache-2.0");

    /** The bundled index, immutable, read when first needed (the holder idiom makes that once and thread-safe). */
    private static final class Bundled {
        static final SpdxIndex INDEX = SpdxIndex.read(SpdxLicenseList.class.getClassLoader());
    }

    /** The version of the bundled list, such as {@code 3.28.0}. */
    public String version() {
        return Bundled.INDEX.version();
    }

    /** The listed licence with this id (matched case-insensitively), if there is one. */
    public Optional<Listed> license(String id) {
        return Bundled.INDEX.license(id);
    }

    /** The standard text of a listed licence. */
    public String text(String id) {
        SpdxModelFactory.init();
        try {
            return LicenseInfoFactory.getListedLicenseById(id).getLicenseText();
        } catch (InvalidSPDXAnalysisException e) {
            throw new IllegalStateException("the bundled SPDX list has no text for " + id, e);
        }
    }

    /** Whether {@code text} contains the standard text of the listed licence {@code id} (SPDX template matching). */
    public boolean textContains(String id, String text) {
        SpdxModelFactory.init();
        try {
            return LicenseCompareHelper.isStandardLicenseWithinText(text, LicenseInfoFactory.getListedLicenseById(id));
        } catch (InvalidSPDXAnalysisException e) {
            return false;
        }
    }

    /** The common data licences whose standard text {@code text} contains. */
    public List<String> identify(String text) {
        SpdxModelFactory.init();
        try {
            return LicenseCompareHelper.matchingStandardLicenseIdsWithinText(text, COMMON_TEXTS);
        } catch (InvalidSPDXAnalysisException e) {
            return List.of();
        }
    }

    /** The listed exception id in its SPDX spelling, if there is one. */
    public Optional<String> exception(String id) {
        return Bundled.INDEX.exception(id);
    }
}
