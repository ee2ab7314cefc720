package org.datasetkit.core.export;

import java.util.Optional;
import org.datasetkit.core.license.LicenseCheckResult;
import org.datasetkit.core.license.LicenseRegistry;
import org.datasetkit.core.license.LicenseTerms;

/**
 * One licence named three ways that must agree (DataCite's SPDX id, URI and label; Croissant's and RO-Crate's
 * licence URL): all taken from the same registry entry. Expressions and LicenseRefs have no SPDX URL.
 */
record LicenseLabel(Optional<String> spdxId, String name, String url) {

    static LicenseLabel of(String expression, LicenseCheckResult licences) {
        return ofId(licences.declared().isEmpty() ? expression : licences.declared());
    }

    /** The names of one licence id or expression, from the built-in registry. */
    static LicenseLabel ofId(String id) {
        Optional<LicenseTerms> terms = id.contains(" ") || id.startsWith("LicenseRef-")
                ? Optional.empty() : LicenseRegistry.builtIn().terms(id);
        if (terms.isPresent()) {
            return new LicenseLabel(Optional.of(terms.get().id()), terms.get().name(), terms.get().url());
        }
        boolean listed = !id.contains(" ") && !id.startsWith("LicenseRef-");
        return new LicenseLabel(listed ? Optional.of(id) : Optional.empty(), id,
                listed ? "https://spdx.org/licenses/" + id + ".html" : "LICENSE.txt");
    }
}
