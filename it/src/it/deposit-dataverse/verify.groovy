import java.security.MessageDigest
import org.datasetkit.core.deposit.services.ItServices

def dataverse = ItServices.of(basedir)
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('Deposit dry run: nothing was sent')
    assert log.contains('  send deposit-dataverse-1.0.0.zip (')
    assert log.contains('no answer after 2 attempts')

    def ids = dataverse.datasetIds()
    assert ids.size() == 1 : 'the re-run reused the dataset'
    def pid = ids[0]
    def files = dataverse.draftFiles(pid)
    // the bundle kept whole, not unpacked into its entries, with the bundle's MD5
    assert files*.label() == ['deposit-dataverse-1.0.0.zip']
    def bundle = new File(basedir, 'target/deposit-dataverse-1.0.0.zip')
    assert files[0].checksum() == MessageDigest.getInstance('MD5').digest(bundle.bytes).encodeHex().toString()
    assert dataverse.publishedVersions(pid) == 1
    assert log.contains("Published $pid (major version)")

    assert !log.contains('dataverse-it-key-83fa')
    new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { f ->
        assert !f.getText('ISO-8859-1').contains('dataverse-it-key-83fa') : "the key is in $f"
    }
} finally {
    ItServices.stop(basedir)
}
return true
