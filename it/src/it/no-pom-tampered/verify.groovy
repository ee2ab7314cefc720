def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] tampered-1.0/data/a.txt: error [bag.checksum-mismatch]')
assert log.contains('[ERROR] tampered-1.0/data/b.txt: error [bag.missing-file]')
assert log.contains('[ERROR] tampered-1.0/data/c.txt: error [bag.unlisted-file]')
assert log.contains("[ERROR] tampered.zip!/tampered-1.0/../../evil.txt: error [bag.unsafe-path] the entry contains '..'")
assert log.contains('error [bag.oxum-mismatch]')
assert log.contains('The bag tampered.zip is not valid: 5 errors')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, '../evil.txt').exists() && !new File(basedir, '../../evil.txt').exists()
return true
