def log = new File(basedir, 'build.log').text
assert log.contains('dataset-maven-plugin:0.1.0-SNAPSHOT:validate (default-validate)')
// an snd datasheet is bagged for SND's storage service (snd-doris): the group is the concept DOI, the sender id the SND id
assert log.contains('error [bag.profile-missing] bag-info.txt lacks Bag-Group-Identifier, which the snd-doris profile requires')
assert log.contains('identifiers.conceptDoi')
assert log.contains('error [bag.profile-missing] bag-info.txt lacks Internal-Sender-Identifier, which the snd-doris profile requires')
assert log.contains('identifiers.alternate: [{type: SND')
assert log.contains('validate: The datasheet is not valid: 2 errors')
assert !log.contains('check-licenses') : 'nothing after validate ran'
assert new File(basedir, 'target/dataset/report.json').text.contains('"code" : "bag.profile-missing"')
return true
