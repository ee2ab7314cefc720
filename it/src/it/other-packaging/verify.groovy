def bundle = new File(basedir, 'target/other-packaging-1.0.0-dataset.zip')
assert bundle.isFile()
def installed = new File(localRepositoryPath, 'org/datasetkit/it/other-packaging/1.0.0/other-packaging-1.0.0-dataset.zip')
assert installed.isFile() && installed.bytes == bundle.bytes
def log = new File(basedir, 'build.log').text
assert log.contains('Bag other-packaging-1.0.0 is complete: ')
return true
