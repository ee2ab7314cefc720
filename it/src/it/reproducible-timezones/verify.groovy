import java.security.MessageDigest
import org.apache.commons.compress.archivers.zip.ZipFile

def tokyo = new File(basedir, 'target/tokyo/reproducible-timezones-1.0.0.zip')
def newYork = new File(basedir, 'target/new-york/reproducible-timezones-1.0.0.zip')
assert tokyo.isFile() && newYork.isFile()
def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
assert sha(tokyo) == sha(newYork) : 'bundles differ between time zones'
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('is complete: 19 payload files') // the dataset's 14, the card, the report, the fingerprints, SPDX, CycloneDX

// The awkward names of setup.groovy, in the manifest (percent-encoded where BagIt says so) and in the archive.
def zip = ZipFile.builder().setFile(tokyo).get()
try {
    def top = 'reproducible-timezones-1.0.0/'
    def manifest = zip.getInputStream(zip.getEntry(top + 'manifest-sha256.txt')).getText('UTF-8')
    assert manifest.contains('  data/data/with space/100%25 done.csv\n')
    assert manifest.contains('  data/data/line%0Abreak.txt\n')
    assert manifest.contains('  data/data/Malmö/bröstcancer.txt\n')
    assert manifest.contains('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  data/data/empty.dat\n')
    def data = top + 'data/data/'
    assert zip.getInputStream(zip.getEntry(data + 'with space/100% done.csv')).text == 'a,b\n'
    assert zip.getInputStream(zip.getEntry(data + 'Malmö/bröstcancer.txt')).getText('UTF-8') == 'åäö'
    assert zip.getInputStream(zip.getEntry(data + 'line\nbreak.txt')).text == 'lf'
    assert zip.getEntry(data + 'empty.dat').size == 0
    assert zip.getEntry(data + 'a/b/c/d/e/deep.bin').size == 3
    assert zip.getEntry(data + 'noise.bin').method == java.util.zip.ZipEntry.STORED // random: deflate would not shrink it
    assert zip.getEntry(data + 'table.csv').method == java.util.zip.ZipEntry.DEFLATED
    assert zip.getInputStream(zip.getEntry(data + 'noise.bin')).bytes == new File(basedir, 'data/noise.bin').bytes
} finally {
    zip.close()
}
return true
