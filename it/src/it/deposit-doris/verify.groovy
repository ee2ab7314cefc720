import org.apache.commons.compress.archivers.zip.ZipFile
import org.datasetkit.core.deposit.services.ItServices

def doris = ItServices.of(basedir)
try {
    def log = new File(basedir, 'build.log').text
    // 1: the plan, nothing sent
    assert log.contains('Deposit to DORIS storage service http://127.0.0.1:')
    assert log.contains('  send data/labels.csv (')
    assert log.contains('Deposit dry run: nothing was sent')
    // 2: the corrupted file stopped the deposit
    assert log.contains('error [deposit.checksum-mismatch]') && log.contains('case003_L_CC.png')
    // 3: stopped half-way
    assert log.contains('no answer after 2 attempts')
    // 4: every payload file of the bag, once, with the manifest's checksum; the reviewer's summary
    assert log.contains('Publishing is DORIS\'s, after its review: submit dataset 2026-123 version 1 for review in DORIS.')

    def manifest = [:]
    def zip = ZipFile.builder().setFile(new File(basedir, 'target/deposit-doris-1.0.0.zip')).get()
    try {
        zip.getInputStream(zip.getEntry('deposit-doris-1.0.0/manifest-sha256.txt')).text.readLines().each { line ->
            def (sum, path) = line.split('  ', 2)
            manifest[path - 'data/'] = sum
        }
    } finally {
        zip.close()
    }
    def stored = doris.files('2026-123', '1')
    assert stored.keySet() == manifest.keySet()
    stored.each { path, f -> assert f.sha256() == manifest[path] : path }
    manifest.keySet().each { path ->
        def puts = doris.count('PUT', '/uploads/2026-123/1/' + path)
        def expected = path.endsWith('case003_L_CC.png') ? 2 : path.endsWith('case009_L_MLO.png') ? 3 : 1
        assert puts == expected : "$path was sent $puts times"
    }

    // the write token shows nowhere: not in the log, not in any file under target/
    def settings = new File(basedir, '../../../src/it/settings.xml').text
    def token = (settings =~ /<id>it-doris<\/id>\s*<password>([^<]+)</)[0][1]
    assert token.length() > 100
    assert !log.contains(token)
    assert !log.contains(token.split('\\.')[2]) : 'the signature'
    new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { f ->
        assert !f.getText('ISO-8859-1').contains(token.split('\\.')[2]) : "the token is in $f"
    }
} finally {
    ItServices.stop(basedir)
}
return true
