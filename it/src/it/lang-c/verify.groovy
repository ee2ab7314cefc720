def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('data/: error [dataset.undecodable-name] holds a file name this Java cannot read')
assert log.contains('decodes file names as ANSI_X3.4-1968')
assert log.contains('LC_ALL=C.UTF-8')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/lang-c-1.0.0.zip').exists()
return true
