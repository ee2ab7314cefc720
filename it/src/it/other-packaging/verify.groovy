import org.apache.commons.compress.archivers.zip.ZipFile

def bundle = new File(basedir, 'target/other-packaging-1.0.0-dataset.zip')
assert bundle.isFile()
def installed = new File(localRepositoryPath, 'org/datasetkit/it/other-packaging/1.0.0/other-packaging-1.0.0-dataset.zip')
assert installed.isFile() && installed.bytes == bundle.bytes
def log = new File(basedir, 'build.log').text
// both builds write the bundle (the second without the SPDX document and the BOM): both check it fast
assert log.count('Bag other-packaging-1.0.0 is complete: ') == 2

// the first build attaches the SPDX document and the BOM; the second, with both turned off, neither writes nor attaches them
['spdx', 'cyclonedx'].each { classifier ->
    assert new File(localRepositoryPath, "org/datasetkit/it/other-packaging/1.0.0/other-packaging-1.0.0-${classifier}.json").isFile()
    assert log.count("other-packaging-1.0.0-${classifier}.json") == 1 : "installed by the first build only: ${classifier}"
}
assert !new File(basedir, 'target/dataset/dataset.spdx.json').exists() && !new File(basedir, 'target/dataset/dataset.cdx.json').exists()
def zip = ZipFile.builder().setFile(bundle).get()
try {
    def manifest = zip.getInputStream(zip.getEntry('other-packaging-1.0.0/manifest-sha256.txt')).getText('UTF-8')
    assert !manifest.contains('dataset.spdx.json') && !manifest.contains('dataset.cdx.json')
    assert manifest.contains('  data/metadata/croissant.json\n')
} finally {
    zip.close()
}
return true
