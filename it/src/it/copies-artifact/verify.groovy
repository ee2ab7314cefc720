// build.log holds the three invocations in turn: the upstream's install, the declared copy, the undeclared copy.
def log = new File(basedir, 'build.log').text
def parts = log.split('BUILD SUCCESS|BUILD FAILURE')
assert parts.length >= 3 : 'three builds ran'

// 1. the upstream bundle, with its fingerprints, is in the ITs' local repository
assert new File(basedir, 'upstream/target/copies-upstream-1.0.0.zip').isFile()

// 2. the derived dataset declares the upstream by artifact: coordinates, resolved from the repositories, and passes
def declared = parts[1]
assert declared.contains('Copies in Upstream synthetic scans: 4 of 9 files (44%): 2 identical, 0 same pixels, 2 near (declared)')
assert declared.contains('(declared)')
assert !declared.contains('[copies.') : 'no copy finding for a declared copy, and no near-duplicate noise'
assert new File(basedir, 'derived-declared/target/copies-derived-1.0.0.zip').isFile()

// 3. the same files without the declaration fail, naming the upstream dataset and the share of files
def undeclared = log.substring(log.indexOf('copies-derived-undeclared'), log.lastIndexOf('Building copies-derived '))
assert undeclared.contains('error [copies.undeclared-source] 4 of 9 payload files (44%) are copies of the dataset "Upstream synthetic scans"')
assert undeclared.contains('data/images/scan1.png = data/images/scan1.png (identical)')
assert undeclared.contains('BUILD FAILURE')
assert !undeclared.contains('at org.datasetkit') : 'no stack trace for a user error'
assert !new File(basedir, 'derived-undeclared/target/copies-derived-undeclared-1.0.0.zip').exists()

// 4. coordinates no repository holds: an error at the source's line in the datasheet, naming them
def unresolvable = log.substring(log.lastIndexOf('Building copies-derived '))
assert unresolvable =~ /unresolvable-datasheet\.yaml:14:7: error \[copies\.artifact-unresolved\] the fingerprints of "Upstream synthetic scans", the bundle org\.datasetkit\.it:copies-upstream:9\.9\.9, cannot be resolved: /
assert unresolvable.contains('BUILD FAILURE') && !unresolvable.contains('at org.datasetkit')
return true
