import java.nio.file.Files

def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 2
def lifecycle = ['validate', 'check-licenses', 'scan-privacy', 'checksum', 'check-copies', 'bundle', 'verify-bundle']
def replayLine = { goal -> "[INFO] ${goal}: nothing changed since the build of " }

// 1. the first build runs every goal and repeats none
assert runs[0].contains('BUILD SUCCESS')
lifecycle.each { assert !runs[0].contains(replayLine(it)) }
assert runs[0].contains('Privacy gate (')

// 2. the second repeats every goal, with the first one's result, and installs the same bundle
assert runs[1].contains('BUILD SUCCESS')
lifecycle.each { assert runs[1].contains(replayLine(it)) : "${it} replayed" }
assert runs[1].contains('(dataset, datasheet, settings and outputs as it left them; -Ddataset.force runs it again); its result:')
assert runs[1].contains('Privacy gate (') : 'the gate\'s line, repeated'
// verify-bundle (tier auto) does not read the unchanged archive again: it repeats the first build's verification
assert runs[1].contains('[INFO] The bundle is not read again: it is the archive that build verified')
assert runs[1] =~ /Bag unchanged-build-1\.0\.0 is complete: .*written by this build/
assert !runs[1].contains('Datasheet valid (') || runs[0].contains('Datasheet valid (')
def zip = new File(basedir, 'target/unchanged-build-1.0.0.zip')
def installed = new File(localRepositoryPath, 'org/datasetkit/it/unchanged-build/1.0.0/unchanged-build-1.0.0.zip')
assert installed.isFile() && installed.bytes == zip.bytes
assert runs[1].contains('unchanged-build-1.0.0.zip to ' + installed.path) || runs[1].contains('Installing ' + zip.path)
def bundleBefore = zip.bytes

// further builds, run from here with the same repository and properties as the invoker's
def mvn = { String... args ->
    def cmd = [new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B', '-o', '-llr',
               "-Dmaven.repo.local=${localRepositoryPath}",
               '-Ddataset.excludes=build.log,invoker.properties,setup.groovy,verify.groovy,deposit.properties,settings-security.xml'] +
            args.toList()
    cmd = cmd.collect { it.toString() }
    def p = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    p.waitFor()
    new File(basedir.parentFile, "unchanged-build-${args.join('_').replaceAll(/[^\w.-]/, '')}.log").text = out
    return out
}

// 3. a changed data file: everything runs for real, and the bundle changes
new File(basedir, 'data/labels.csv').append('case9,benign\n')
def changed = mvn('verify')
assert changed.contains('BUILD SUCCESS')
lifecycle.each { assert !changed.contains(replayLine(it)) : "${it} ran again" }
assert changed.contains('Privacy gate (')
assert zip.bytes != bundleBefore

// 4. -Ddataset.force runs everything again, whatever the record says
def forced = mvn('verify', '-Ddataset.force')
assert forced.contains('BUILD SUCCESS')
lifecycle.each { assert !forced.contains(replayLine(it)) : "${it} forced" }

// 4b. a tier the user names is run, even on an unchanged build
def fast = mvn('verify', '-Ddataset.verifyTier=fast')
assert fast.contains('BUILD SUCCESS')
def fastAgain = mvn('verify', '-Ddataset.verifyTier=fast')
assert fastAgain.contains('BUILD SUCCESS') && fastAgain.contains(replayLine('verify-bundle'))
assert !fastAgain.contains('The bundle is not read again')
assert fastAgain =~ /Bag unchanged-build-1\.0\.0 is complete: .*\(fast: .*as dataset\.verifyTier asks/

// 5. a file the privacy gate refuses, added after a good build: the build fails, nothing is repeated
// (the privacy-patient-name IT's image with a patient's name, from the sources: it/target/it/<this> -> it/src/it)
def named = new File(basedir, '../../../src/it/privacy-patient-name/data/images/case2.dcm').canonicalFile
assert named.isFile()
Files.copy(named.toPath(), new File(basedir, 'data/images/case4.dcm').toPath())
def refused = mvn('verify')
assert refused.contains('BUILD FAILURE')
assert refused.contains('data/images/case4.dcm: error [privacy.person-name]')
lifecycle.each { assert !refused.contains(replayLine(it)) }
// and again: the goals before the gate passed and may repeat, but a refusal is never recorded: the gate runs again
def again = mvn('verify')
assert again.contains('BUILD FAILURE') && again.contains('data/images/case4.dcm: error [privacy.person-name]')
assert again.contains(replayLine('validate'))
assert !again.contains(replayLine('scan-privacy'))
return true
