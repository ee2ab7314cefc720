def log = new File(basedir, 'build.log').text
assert log.contains('Building Maven Stub Project (No POM)')
assert log.contains("[ERROR] data/images/case2.dcm: error [privacy.person-name] (0010,0010)")
assert log.contains("bundle: The files contradict the datasheet's personalData declaration: 1 error")
assert log.contains('BUILD FAILURE')
assert !log.contains('Bundle: ') && !log.contains('at org.datasetkit')
assert !new File(basedir, 'target/no-pom-patient-name-1.0.0.zip').exists()
assert new File(basedir, 'target/dataset/privacy.json').text.contains('"code" : "privacy.person-name"')
return true
