def log = new File(basedir, 'build.log').text
assert log.contains('dataset-maven-plugin:' ) && log.contains(':scan-privacy (default-scan-privacy)')
assert log.contains('Privacy gate (DICOM PS3.15 2025b, Table E.1-1): {dicom=3, table=1} scanned')
assert log.contains('is complete and valid')
return true
