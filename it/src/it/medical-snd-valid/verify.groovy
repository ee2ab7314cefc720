def log = new File(basedir, 'build.log').text
assert log.contains('Datasheet valid')
assert log.contains('Completeness of the datasheet for its profiles: ')
assert log.contains('is complete: ')
assert new File(basedir, 'target/dataset/report.sarif').text.contains('"version" : "2.1.0"')
assert new File(basedir, 'target/dataset/report.json').text.contains('"completeness"')

// bag-info.txt in the form SND's storage service for DORIS reads (the snd-doris profile, default for snd datasheets)
def zip = org.apache.commons.compress.archivers.zip.ZipFile.builder()
        .setFile(new File(basedir, 'target/medical-snd-valid-1.0.0.zip')).get()
try {
    def info = zip.getInputStream(zip.getEntry('medical-snd-valid-1.0.0/bag-info.txt')).getText('UTF-8')
    println 'bag-info.txt:\n' + info
    assert info.contains('Access-Right: http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC\n')
    assert info.contains('Bag-Group-Identifier: https://doi.org/10.5878/abcd-0000\n')
    assert info.contains('Dataset-Status: http://publications.europa.eu/resource/authority/dataset-status/COMPLETED\n')
    assert info.contains('Internal-Sender-Identifier: 2026-123-1.0.0\n')
    assert info.contains('Version: 1.0.0\n')
    assert info.contains('BagIt-Profile-Identifier: https://datasetkit.org/profiles/snd-doris-v1.json\n')
    def crate = zip.getInputStream(zip.getEntry('medical-snd-valid-1.0.0/data/ro-crate-metadata.json')).getText('UTF-8')
    assert crate.contains('"isAccessibleForFree" : false')
} finally {
    zip.close()
}
def folder = new File(basedir, 'target/medical-snd-valid-1.0.0/data')
assert new File(folder, 'ro-crate-metadata.json').getText('UTF-8').contains('"@context" : "https://w3id.org/ro/crate/1.3/context"')
assert new File(folder, 'metadata/datacite.xml').getText('UTF-8').contains('https://schema.datacite.org/meta/kernel-4.7/metadata.xsd')
return true
