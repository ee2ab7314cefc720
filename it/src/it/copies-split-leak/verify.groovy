// build.log holds both invocations in turn: the splits by folder, then the splits by the label table.
def log = new File(basedir, 'build.log').text
def parts = log.split('BUILD FAILURE')
assert parts.length >= 2 : 'both builds failed'

// 1. splits by folder
def byFolder = parts[0]
def leak = byFolder.readLines().find { it.contains('error [copies.split-leak]') }
assert leak != null : 'the leak between the splits is an error'
assert leak.contains('data/train/a.png') && leak.contains('data/test/a-again.jpg')
assert leak.contains('split "train"') && leak.contains('split "test"')

// 2. splits by the label table: names no folder has, so only the table can place the files
def byTable = parts[1]
def tableLeak = byTable.readLines().find { it.contains('error [copies.split-leak]') }
assert tableLeak != null : 'the leak between the splits of the label table is an error'
assert tableLeak.contains('data/train/a.png') && tableLeak.contains('data/test/a-again.jpg')
assert tableLeak.contains('split "holdout" (per data/labels.csv)')
assert tableLeak.contains('split "development" (per data/labels.csv)')
assert byTable.contains('data/labels.csv:6:1: warning [copies.label-table-unknown-file]')

assert !log.contains('at org.datasetkit') : 'no stack trace for a user error'
assert !new File(basedir, 'target/copies-split-leak-1.0.0.zip').exists()
return true
