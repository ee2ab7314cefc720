import org.apache.commons.compress.archivers.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] datasheet.yaml:16:16: warning [license.normalized] 'CC BY 3.0' is read as the SPDX expression CC-BY-3.0")
assert log.contains('[INFO] datasheet.yaml:16:16: info [license.obligations] CBIS-DDSM (CC-BY-3.0, adapt) -> CC-BY-4.0: COMPATIBLE_WITH_OBLIGATIONS [ATTRIBUTION_REQUIRED]')
assert log.contains('COMPATIBLE_WITH_OBLIGATIONS with 1 upstream source(s)')
def zip = ZipFile.builder().setFile(new File(basedir, 'target/license-compatible-notice-1.0.0.zip')).get()
try {
    def notice = zip.getInputStream(zip.getEntry('license-compatible-notice-1.0.0/data/NOTICE.txt')).getText('UTF-8')
    assert notice.contains('Licensed under CC-BY-4.0 (Creative Commons BY 4.0, https://creativecommons.org/licenses/by/4.0/)')
    assert notice.contains('1. CBIS-DDSM')
    assert notice.contains('Identifier: https://doi.org/10.7937/K9/TCIA.2016.7O02S9CY')
    assert notice.contains('Licence: CC-BY-3.0 (Creative Commons BY 3.0, https://creativecommons.org/licenses/by/3.0/)')
    assert notice.contains('Changes made: DICOM converted to 16-bit PNG; cropped to the annotated lesions')
    def manifest = zip.getInputStream(zip.getEntry('license-compatible-notice-1.0.0/manifest-sha256.txt')).text
    assert manifest.contains('  data/NOTICE.txt\n')
} finally {
    zip.close()
}
return true
