def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] datasheet.yaml:4:10: error [schema.type] version:') : 'the type error, at the value'
assert log.contains('"1.10"') : 'the quoting hint shows the value as written'
assert log.contains("[ERROR] datasheet.yaml:12:1: error [schema.unknown-key] unknown key 'licence' (hint: did you mean 'license'?)")
assert log.contains('BUILD FAILURE')
assert log.contains('The datasheet is not valid: 2 errors, 0 warnings')
assert !log.contains('at org.datasetkit') : 'no stack trace for a user error'
assert !new File(basedir, 'target/invalid-datasheet-1.0.0.zip').exists()
def report = new File(basedir, 'target/dataset/report.json').text
assert report.contains('"code" : "schema.type"') && report.contains('"line" : 4')
return true
