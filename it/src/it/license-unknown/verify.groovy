def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] datasheet.yaml:8:17: error [license.unknown] 'unknown' is not a licence")
assert log.contains('BUILD FAILURE')
assert !log.contains('at org.datasetkit')
assert !log.contains('dataset-maven-plugin:@project.version@:checksum') && !log.contains(':checksum (default-checksum)')
assert !new File(basedir, 'target/license-unknown-1.0.0.zip').exists()
assert new File(basedir, 'target/dataset/licenses.json').text.contains('"code" : "license.unknown"')
return true
