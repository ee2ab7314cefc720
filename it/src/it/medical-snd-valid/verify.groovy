def log = new File(basedir, 'build.log').text
assert log.contains('Datasheet valid')
assert log.contains('Completeness of the datasheet for its profiles: ')
assert log.contains('is complete and valid')
assert new File(basedir, 'target/dataset/report.sarif').text.contains('"version" : "2.1.0"')
assert new File(basedir, 'target/dataset/report.json').text.contains('"completeness"')
return true
