def log = new File(basedir, 'build.log').getText('UTF-8')
[
    'Bad value for dataset.format: must be zip, tar.gz or directory, not \'rar\'',
    'Bad value for dataset.algorithms: \'\' names no algorithm', // the invoker hands ',' over as nothing
    'Bad value for dataset.excludes: \'[\' is not a glob pattern',
    'Bad value for dataset.threads: must be at most 256, not 100000',
    'Bad value for dataset.compression:',
    'Bad value for dataset.outputDirectory: the output folder ' + new File(basedir, 'data').canonicalPath
            + ' lies inside the dataset folder',
    'no-such-profile.json: error [bag.profile-unreadable] the BagIt profile cannot be read: no such file',
].each { assert log.contains(it): "missing from build.log: $it" }
// every refusal came from the first goal, before the privacy gate or the checksums ran
assert log.count('BUILD FAILURE') == 7
assert log.count('Privacy gate (') == 1
assert log.count('Checksums of ') == 1
// no stack trace: only Maven's own pointer to its MojoFailureException page
assert !(log =~ /(?m)^\s+at [a-z]/)
assert !log.contains('Exception:')
assert !new File(basedir, 'data/dataset').exists()
assert new File(basedir, 'target/elsewhere/bad-parameters-1.0.0.zip').isFile()
return true
