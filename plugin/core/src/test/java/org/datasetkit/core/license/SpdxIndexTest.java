package org.datasetkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spdx.library.LicenseInfoFactory;
import org.spdx.library.ListedLicenses;
import org.spdx.library.SpdxModelFactory;

/** The index read without starting the SPDX library says what the library says, for every listed id. */
class SpdxIndexTest {

    private final SpdxIndex index = SpdxIndex.read(SpdxIndexTest.class.getClassLoader());

    @Test
    void everyListedLicenceAndExceptionIsKnownWithTheLibrarysSpellingNameAndDeprecation() throws Exception {
        SpdxModelFactory.init();
        assertThat(index.version()).isEqualTo(LicenseInfoFactory.getLicenseListVersion());
        var library = ListedLicenses.getListedLicenses();
        assertThat(library.getSpdxListedLicenseIds()).hasSameSizeAs(index.licenses().values()).allSatisfy(id -> {
            SpdxLicenseList.Listed listed = index.license(id.toUpperCase(java.util.Locale.ROOT)).orElseThrow();
            assertThat(listed.id()).isEqualTo(id);
        });
        for (String id : java.util.List.of("CC-BY-4.0", "GPL-2.0", "ODbL-1.0", "CC-BY-NC-SA-3.0-IGO")) {
            var model = LicenseInfoFactory.getListedLicenseById(id);
            assertThat(index.license(id).orElseThrow()).isEqualTo(new SpdxLicenseList.Listed(id,
                    model.getName().orElseThrow(), model.getIsDeprecatedLicenseId().orElse(false)));
        }
        assertThat(library.getSpdxListedExceptionIds()).allSatisfy(id -> assertThat(index.exception(id)).contains(id));
        assertThat(index.license("not-a-licence")).isEmpty();
    }
}
