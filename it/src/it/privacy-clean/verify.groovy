def log = new File(basedir, 'build.log').text
assert log.contains('dataset-maven-plugin:' ) && log.contains(':scan-privacy (default-scan-privacy)')
assert log.contains('Privacy gate (DICOM PS3.15 2025b, Table E.1-1): 3 DICOM files and 1 table scanned in ')
assert log.contains('is complete: ')
return true
