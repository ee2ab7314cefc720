def target = new File(basedir, 'target')
assert new File(target, 'dataset-elsewhere-1.0.0.zip').isFile()
def manifest = new File(target, 'dataset/manifest-sha256.txt')
assert manifest.isFile()
// The payload is the dataset folder's, not the project's: no pom.xml, no published/ prefix.
assert manifest.readLines()*.replaceAll(/^[0-9a-f]{64}  /, '') == ['data/data/labels.csv', 'data/datasheet.yaml']
// Nothing is written into the dataset folder.
assert !new File(basedir, 'published/target').exists()
assert new File(basedir, 'published').list().sort() == ['data', 'datasheet.yaml']
def log = new File(basedir, 'build.log').text
assert log.contains('Bag dataset-elsewhere-1.0.0 is complete: ')
assert log.contains('Checksums of 2 files: 2 hashed (')
assert log.contains('Checksums of 2 files: all unchanged since the last run (')
// The second build keeps the bundle the first one wrote, and still verifies it.
def written = (log =~ /payload files, ([0-9.]+ kB), written in /)
assert written.find() : 'the first build writes the bundle'
assert log.contains("payload files, ${written.group(1)}, unchanged since the last build, kept as it was)")
assert log.count('Bag dataset-elsewhere-1.0.0 is complete: ') == 2
// written by the first build, kept by the second: neither reads the payload again
assert log.contains('no payload file read; written by this build: ')
assert log.contains('no payload file read; kept from an earlier build and untouched since')
// the same archive named as any bag: every checksum
assert log.contains('Bag dataset-elsewhere-1.0.0 is complete and valid: ')
assert log.contains(' checked (full: every checksum; a bag this build did not write)')
// that bag is verified outside the build record: nothing stamped, and the record keeps the second build's goals
def record = new File(target, 'dataset/build-record.tsv')
assert record.isFile()
assert record.readLines().any { it.startsWith('goal\tverify-bundle\t') }
return true
