def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] datasheet.yaml:1:1: error [profile.missing] missing 'ethics.reviewRequired', which the medical profile requires")
assert log.contains("[ERROR] datasheet.yaml:1:1: error [profile.missing] missing 'ethics.consent', which the medical (personal data) profile requires")
assert log.contains('BUILD FAILURE')
assert !log.contains('at org.datasetkit')
return true
