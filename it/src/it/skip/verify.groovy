def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
def skipped = runs[0]
['validate', 'check-licenses', 'scan-privacy', 'checksum', 'check-copies', 'bundle', 'verify-bundle'].each { goal ->
    assert skipped.contains("Skipping ${goal}: dataset.skip = true") : goal
}
assert skipped.contains('No bundle, so nothing to install or deploy: install and deploy skip skip')
assert skipped.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/dataset').exists()
assert !new File(basedir, 'target/skip-1.0.0.zip').exists()

def help = runs[1]
assert help.contains('dataset:validate')
// the parameter names, as the help goal lists them: four spaces, the name, maybe its default
def listed = (help =~ /(?m)^    ([a-zA-Z]+)( \(Default: [^)]*\))?\r?$/).collect { it[1] } as Set
assert listed == ['bagitProfile', 'datasheet', 'directory', 'excludes', 'failOn', 'outputDirectory', 'outputTimestamp',
                  'severities', 'skip', 'skipValidate', 'symlinks'] as Set : "validate's parameters: ${listed}"
assert help.contains('User property: dataset.validate.skip')
return true
