import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
// build.log holds the four invocations one after the other
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 4

// 1. the lifecycle: the gate names the file and the tag, never the name itself
def lifecycle = runs[0]
assert lifecycle.contains("[ERROR] data/images/case2.dcm: error [privacy.person-name] (0010,0010): Patient's Name holds 'D******e', which is not a declared pseudonym")
assert !lifecycle.contains('case1.dcm: error') && !lifecycle.contains('case3.dcm: error')
assert lifecycle.contains("The files contradict the datasheet's personalData declaration: 1 error")
assert lifecycle.contains('BUILD FAILURE')
assert !log.contains('Doe^Jane') : 'the identifier itself is not printed'

// 2. dataset:bundle alone: the runner runs the gate before writing anything
def direct = runs[1]
assert direct.contains('dataset-maven-plugin:0.1.0-SNAPSHOT:bundle (default-cli)')
assert direct.contains('[ERROR] data/images/case2.dcm: error [privacy.person-name]')
assert direct.contains("bundle: The files contradict the datasheet's personalData declaration: 1 error")
assert !direct.contains('Bundle: ')
assert direct.contains('BUILD FAILURE')
assert !new File(basedir, 'target/privacy-patient-name-1.0.0.zip').exists()

// 3. the gate turned off by the user: bundled, and recorded where the bag goes and in the report
def off = runs[2]
assert off.contains('Skipping scan-privacy: dataset.scan-privacy.skip = true')
assert off.contains('[WARNING] The privacy gate is turned off by the user: no file was checked for personal data')
assert off.contains('BUILD SUCCESS')
def zip = new ZipFile(new File(basedir, 'target/gate-off/privacy-patient-name-1.0.0.zip'))
def bagInfo = zip.getInputStream(zip.getEntry('privacy-patient-name-1.0.0/bag-info.txt')).text
zip.close()
assert bagInfo.contains('Datasetkit-Gate-Turned-Off: the privacy gate (turned off by the user)')
assert new File(basedir, 'target/gate-off/dataset/privacy.json').text.contains('"gate" : "off"')

// 4. <privacyAllowlist> in the POM is read (the parameter and its property have the same name)
def reviewed = runs[3]
assert reviewed.contains('BUILD SUCCESS')
assert reviewed.contains('Privacy gate (') && reviewed.contains('no problems')
def zip2 = new ZipFile(new File(basedir, 'target/reviewed/privacy-patient-name-1.0.0.zip'))
def bagInfo2 = zip2.getInputStream(zip2.getEntry('privacy-patient-name-1.0.0/bag-info.txt')).text
zip2.close()
assert !bagInfo2.contains('Datasetkit-Gate-Turned-Off')
return true
