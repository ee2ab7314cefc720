import org.apache.commons.compress.archivers.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log.contains('is complete and valid: 12 payload files')
// RFC 8493 allows these names, but common BagIt tools mishandle them: the user is warned, with the fix
assert log.contains('warning [bag.name-percent] 1 file name containing \'%\'')
assert log.contains('bagit-python and bagit-java do not decode %25')
assert log.contains('warning [bag.name-line-break]')

def manifest = new File(basedir, 'target/dataset/manifest-sha256.txt').getText('UTF-8')
assert manifest.contains('  data/data/with space/100%25 done.csv\n')
assert manifest.contains('  data/data/line%0Abreak.txt\n')
assert manifest.contains('  data/data/Malmö/bröstcancer.txt\n')
assert manifest.contains('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  data/data/empty.dat\n')

def zip = ZipFile.builder().setFile(new File(basedir, 'target/awkward-names-1.0.0.zip')).get()
try {
    def top = 'awkward-names-1.0.0/data/data/'
    assert zip.getInputStream(zip.getEntry(top + 'with space/100% done.csv')).text == 'a,b\n'
    assert zip.getInputStream(zip.getEntry(top + 'Malmö/bröstcancer.txt')).getText('UTF-8') == 'åäö'
    assert zip.getInputStream(zip.getEntry(top + 'line\nbreak.txt')).text == 'lf'
    assert zip.getEntry(top + 'empty.dat').size == 0
    assert zip.getEntry(top + 'a/b/c/d/e/deep.bin').size == 3
} finally {
    zip.close()
}
return true
