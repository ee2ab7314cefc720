def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] data/images/case2.dcm: error [privacy.person-name] (0010,0010): Patient's Name holds 'D******e', which is not a declared pseudonym")
assert !log.contains('case1.dcm: error') && !log.contains('case3.dcm: error')
assert log.contains("The files contradict the datasheet's personalData declaration: 1 error")
assert log.contains('BUILD FAILURE')
assert !log.contains('Doe^Jane') : 'the identifier itself is not printed'
assert !new File(basedir, 'target/privacy-patient-name-1.0.0.zip').exists()
assert new File(basedir, 'target/dataset/privacy.json').text.contains('"code" : "privacy.person-name"')
return true
