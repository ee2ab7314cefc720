import java.security.MessageDigest
import org.apache.commons.compress.archivers.zip.ZipFile

// The demo's pom names the plugin version literally (so the README can build it without the invoker): keep it current.
assert new File(basedir, 'pom.xml').text.contains("<version>${pluginVersion}</version>") :
        "it/src/it/demo/pom.xml must use dataset-maven-plugin ${pluginVersion}"

def log = new File(basedir, 'build.log').text
assert log.contains('Datasheet valid')
assert log.contains('Licence CC-BY-4.0 (SPDX License List')
// the bundle this build has just written, hashed as it was written, is not read a second time
assert log.contains('is complete: 25 payload files')
assert log.contains('(fast: structure, completeness, Payload-Oxum and sizes; no payload file read; written by this build: every payload byte was hashed as it was written and compared with its manifest)')
// the Hugging Face dataset card, the SPDX document and the CycloneDX BOM travel in the bag and are installed beside the
// bundle, each under its classifier
assert log.contains('-huggingface-card.md')
['spdx', 'cyclonedx'].each { classifier ->
    def attached = new File(localRepositoryPath,
            "org/example/datasets/synthetic-mammography-demo/1.0.0/synthetic-mammography-demo-1.0.0-${classifier}.json")
    assert attached.isFile() : "installed with the classifier ${classifier}"
}
def spdx = new File(basedir, 'target/dataset/dataset.spdx.json').getText('UTF-8')
assert spdx.contains('"@context" : "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"')
assert spdx.contains('"dataset_hasSensitivePersonalInformation" : "no"')
def cdx = new File(basedir, 'target/dataset/dataset.cdx.json').getText('UTF-8')
assert cdx.contains('"specVersion" : "1.6"') && cdx.contains('"timestamp" : "2026-05-01T00:00:00Z"')

// the report: written before the bundle, carried by it, and on the site (mvn site, the second invocation)
def report = new File(basedir, 'target/dataset/report.html')
assert report.isFile()
assert log.contains('Report: ')
// the twelve synthetic images are genuinely different: no near-duplicate noise at the default threshold
assert log.contains('0 duplicate pair(s) within the dataset') && !log.contains('[copies.duplicate]')
def html = report.getText('UTF-8')
assert html.contains('Content-Security-Policy') && !html.contains('<script')
assert html.contains('id="chart-labels"') && html.contains('0 9 (75%)') : 'the label table is counted: 9 of 12 without a lesion'
def site = new File(basedir, 'target/site/dataset-report.html')
assert site.isFile() : 'mvn site writes the dataset report page'
def page = site.getText('UTF-8')
assert page.contains('<div class="dsk">') && page.contains('id="chart-files-format"') && page.count('<svg ') >= 7
assert new File(basedir, 'target/site/dataset-report-standalone.html').getText('UTF-8') == html

def bundle = new File(basedir, 'target/synthetic-mammography-demo-1.0.0.zip')
assert bundle.isFile()

// install treated the bundle as the main artifact
def installed = new File(localRepositoryPath,
        'org/example/datasets/synthetic-mammography-demo/1.0.0/synthetic-mammography-demo-1.0.0.zip')
assert installed.isFile() && installed.bytes == bundle.bytes

def sha256 = { InputStream input ->
    def md = MessageDigest.getInstance('SHA-256')
    byte[] buf = new byte[65536]
    int n
    while ((n = input.read(buf)) > 0) { md.update(buf, 0, n) }
    md.digest().encodeHex().toString()
}

def top = 'synthetic-mammography-demo-1.0.0/'
def zip = ZipFile.builder().setFile(bundle).get()
try {
    def names = zip.entries.toList().collect { it.name }
    assert names.every { it.startsWith(top) } : "one top-level folder: $names"
    assert names == names.toSorted() : 'entries are sorted'
    def files = names.findAll { !it.endsWith('/') }.collect { it - top } as Set

    // the entries are exactly the tag files plus what the manifest lists, and the checksums agree
    def manifest = zip.getInputStream(zip.getEntry(top + 'manifest-sha256.txt')).text.readLines()
    def listed = manifest.collect { it.split('  ', 2)[1] } as Set
    assert files == listed + (['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'tagmanifest-sha256.txt'] as Set)
    manifest.each { line ->
        def (sum, path) = line.split('  ', 2)
        assert sha256(zip.getInputStream(zip.getEntry(top + path))) == sum : path
    }
    // the payload mirrors the dataset folder, without the build's own files
    assert listed.contains('data/datasheet.yaml')
    assert listed.contains('data/data/labels.csv')
    assert listed.contains('data/docs/README.md')
    assert !listed.any { it.contains('pom.xml') || it.contains('target/') || it.contains('build.log') }
    // and the metadata generated from the datasheet travels in the payload, checksummed like the data
    assert listed.containsAll(['data/ro-crate-metadata.json', 'data/DATASHEET.md', 'data/DATASHEET.html', 'data/NOTICE.txt',
                               'data/metadata/datacite.xml', 'data/metadata/croissant.json'])

    def bagInfo = zip.getInputStream(zip.getEntry(top + 'bag-info.txt')).text
    assert bagInfo.contains('Bagging-Date: 2026-05-01\n')
    assert bagInfo.contains('Payload-Oxum: ')
    assert bagInfo.contains('External-Identifier: https://doi.org/10.5878/demo-0001\n')
    assert zip.getInputStream(zip.getEntry(top + 'data/DATASHEET.html')).getText('UTF-8') == html
    assert zip.getInputStream(zip.getEntry(top + 'bagit.txt')).text ==
            'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'
} finally {
    zip.close()
}
return true
