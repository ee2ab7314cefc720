import javax.xml.XMLConstants
import javax.xml.transform.stream.StreamSource
import javax.xml.validation.SchemaFactory
import org.apache.commons.compress.archivers.zip.ZipFile

def log = new File(basedir, 'build.log').text

// 1.0.0 went into the local repository; the later builds found it there
assert new File(localRepositoryPath, 'org/datasetkit/it/versions/1.0.0/versions-1.0.0.zip').isFile()
assert log.contains('Versions: 1.1.0 against 1.0.0')

// 1.0.1 with a changed image: refused, naming the file, the position of the version and the smallest correct version
assert log =~ /datasheet\.yaml:4:\d+: error \[version\.too-small\] version 1\.0\.1 does not say what changed since 1\.0\.0: payload files changed \(changed: data\/images\/case2\.png\)/
assert log.contains('release it as 2.0.0 or later')
assert log.contains('The version does not say what changed')

def entry = { File bundle, String path ->
    def zip = ZipFile.builder().setFile(bundle).get()
    try {
        def e = zip.getEntry(path)
        return e == null ? null : zip.getInputStream(e).getText('UTF-8')
    } finally {
        zip.close()
    }
}

// 1.1.0: an image and a row added, a minor release
def minor = new File(basedir, 'target/versions-1.1.0.zip')
assert minor.isFile()
def changelog = entry(minor, 'versions-1.1.0/data/CHANGELOG.md')
assert changelog.contains('## 1.1.0 (2026-05-01)')
assert changelog.contains('Compared with 1.0.0 (https://doi.org/10.5878/versions-100)')
assert changelog.contains('This is a **minor** release')
assert changelog.contains('### Added (1)\n\n- `data/images/case4.png`')
assert changelog.contains('### Changed (1)\n\n- `data/labels.csv`')
assert changelog.contains('`data/labels.csv` (rows by `case_id`): 1 rows added, 0 removed, 0 changed')
assert changelog.contains('`label` distribution: benign 2, malignant 1 → benign 2, malignant 2')
def json = new groovy.json.JsonSlurper().parseText(entry(minor, 'versions-1.1.0/data/metadata/changes.json'))
assert json.required == 'minor' && json.smallestVersion == '1.1.0'
assert json.files.added == ['data/images/case4.png']
assert entry(minor, 'versions-1.1.0/bag-info.txt').contains('Version: 1.1.0')
assert entry(minor, 'versions-1.1.0/data/ro-crate-metadata.json').contains('"CHANGELOG.md"')

// the DataCite record names the version it follows, and is valid against the kernel-4.6 XSD
def datacite = entry(minor, 'versions-1.1.0/data/metadata/datacite.xml')
assert datacite.contains('<relatedIdentifier relatedIdentifierType="DOI" relationType="IsNewVersionOf">10.5878/versions-100</relatedIdentifier>')
def xsd = new File(basedir, '../../../../plugin/core/src/test/resources/datacite-kernel-4.6/metadata.xsd')
SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator()
        .validate(new StreamSource(new StringReader(datacite)))

// 1.0.1 with only the typo fixed: a patch release
def patch = new File(basedir, 'target/versions-1.0.1.zip')
assert patch.isFile()
def patchLog = entry(patch, 'versions-1.0.1/data/CHANGELOG.md')
assert patchLog.contains('This is a **patch** release by the version rule (the datasheet changed): 1.0.1 or later.')
assert patchLog.contains('- `/description`: "Three synthetic mamography images and their labels." → "Three synthetic mammography images and their labels."')
assert !patchLog.contains('### Changed')

// the first release carries its version, and no changelog (nothing to compare with)
def first = new File(localRepositoryPath, 'org/datasetkit/it/versions/1.0.0/versions-1.0.0.zip')
assert entry(first, 'versions-1.0.0/bag-info.txt').contains('Version: 1.0.0')
assert entry(first, 'versions-1.0.0/data/CHANGELOG.md') == null
assert log.contains('a first release has nothing to compare with')

// dataset:report run alone resolves the previous release as dataset:diff does, and shows what changed
def report = new File(basedir, 'target/report-alone/dataset/report.html')
assert report.isFile()
def html = report.getText('UTF-8')
assert html.contains('Version 1.0.1 against 1.0.0: a <strong>patch</strong> release by the version rule')
assert !html.contains('compared with no earlier release in this build')
true
