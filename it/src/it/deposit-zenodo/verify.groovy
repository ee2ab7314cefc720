import java.security.MessageDigest
import org.datasetkit.core.deposit.services.ItServices

def zenodo = ItServices.of(basedir)
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('Deposit dry run: nothing was sent')
    assert log.contains('  then: publish the record once every file is verified')
    assert log.contains('error [deposit.checksum-mismatch]')
    assert log.contains('no answer after 2 attempts')

    // one draft, made once, reused by every run, published with every file verified
    def ids = zenodo.recordIds()
    assert ids.size() == 1 : ids
    def id = ids[0]
    assert zenodo.isPublished(id)
    def bundle = new File(basedir, 'target/deposit-zenodo-1.0.0.zip')
    def md5 = MessageDigest.getInstance('MD5').digest(bundle.bytes).encodeHex().toString()
    def files = zenodo.files(id)
    assert files.keySet() == ['deposit-zenodo-1.0.0.zip', 'datacite.xml', 'ro-crate-metadata.json', 'croissant.json'] as Set
    assert files['deposit-zenodo-1.0.0.zip'] == md5
    // the corrupt bundle was sent again, the files confirmed before the drop were not
    assert zenodo.count('PUT', 'deposit-zenodo-1.0.0.zip/content') == 2
    assert zenodo.count('PUT', 'datacite.xml/content') == 1
    assert zenodo.count('POST', '/actions/publish') == 1
    assert zenodo.metadata(id).path('title').asString() == 'Synthetic screening mammography demo'
    assert log.contains("Published record $id, DOI 10.5281/zenodo.$id")

    // neither the encrypted nor the decrypted token shows
    ['zenodo-it-token-5d1e', 'QhrCJXtRSn8HsNKmiEmu4A46tqke0U00pMvePPfH2Ifq4YX4OHpNnGI69HyE3IiD'].each { secret ->
        assert !log.contains(secret)
        new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { f ->
            assert !f.getText('ISO-8859-1').contains(secret) : "a token is in $f"
        }
    }
} finally {
    ItServices.stop(basedir)
}
return true
