def log = new File(basedir, 'build.log').text
assert log.contains(':check-copies (default-check-copies)')
// at the datasheet's provenance key, which lists no sources
assert log.contains('datasheet.yaml:10:1: error [copies.undeclared-source] 2 of 6 payload files (33%) are copies of the dataset "Public-Scans-2024.sha256"')
assert log.contains('data/images/scan0.png = upstream/scan0.png (identical)')
assert log.contains('BUILD FAILURE')
assert !log.contains('at org.datasetkit') : 'no stack trace for a user error'
assert !new File(basedir, 'target/copies-undeclared-1.0.0.zip').exists()
def fingerprints = new File(basedir, 'target/dataset/fingerprints.tsv').text
assert fingerprints.startsWith('# datasetkit fingerprints 1 phash-v1')
assert fingerprints.contains('data/images/scan2.png\t')
return true
