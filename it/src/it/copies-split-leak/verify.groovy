def log = new File(basedir, 'build.log').text
def leak = log.readLines().find { it.contains('error [copies.split-leak]') }
assert leak != null : 'the leak between the splits is an error'
assert leak.contains('data/train/a.png') && leak.contains('data/test/a-again.jpg')
assert leak.contains('split "train"') && leak.contains('split "test"')
assert log.contains('BUILD FAILURE')
assert !log.contains('at org.datasetkit') : 'no stack trace for a user error'
assert !new File(basedir, 'target/copies-split-leak-1.0.0.zip').exists()
return true
