def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] datasheet.yaml:15:16: error [license.incompatible] HAM10000 (CC-BY-NC-4.0, adapt) -> CC-BY-4.0: INCOMPATIBLE [NC_DROPPED].')
assert log.contains('CC-BY-NC-4.0 is non-commercial; CC-BY-4.0 would allow commercial use')
assert log.contains('(hint: declare CC-BY-NC-4.0 or CC-BY-NC-SA-4.0')
assert log.contains('BUILD FAILURE')
assert !log.contains('at org.datasetkit')
assert !new File(basedir, 'target/license-incompatible-1.0.0.zip').exists()
def report = new File(basedir, 'target/dataset/licenses.json').text
assert report.contains('"verdict" : "INCOMPATIBLE"') && report.contains('"NC_DROPPED"')
def direct = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)[1]
assert direct.contains('dataset-maven-plugin:0.1.0-SNAPSHOT:bundle (default-cli)')
assert direct.contains('error [license.incompatible] HAM10000')
assert direct.contains('bundle: The licences are not in order: 1 error')
assert !direct.contains('Bundle: ') && !direct.contains('Checksums of')
return true
