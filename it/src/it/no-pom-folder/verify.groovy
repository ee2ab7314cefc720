def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def bundle = new File(basedir, 'target/no-pom-folder-1.0.0.zip')
assert bundle.isFile() : 'named after the folder and the datasheet version'
assert log.contains('Bag no-pom-folder-1.0.0 is complete: 11 payload files') // with the card, DATASHEET.html, the fingerprints, the SPDX document and the BOM
return true
