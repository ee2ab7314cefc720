import org.apache.commons.compress.archivers.zip.ZipFile

def log = new File(basedir, 'build.log').text

def entries = { File bundle ->
    def zip = ZipFile.builder().setFile(bundle).get()
    try {
        return Collections.list(zip.entries).collectEntries { [(it.name): it.directory ? null : zip.getInputStream(it).getText('UTF-8')] }
    } finally {
        zip.close()
    }
}

def first = new File(localRepositoryPath, 'org/datasetkit/it/versions-incremental/1.0.0/versions-incremental-1.0.0.zip')
assert first.isFile()
def bag = new File(basedir, 'target/versions-incremental-1.1.0.zip')
assert bag.isFile()
def files = entries(bag)
def root = 'versions-incremental-1.1.0/'

// the unchanged images are fetch.txt lines in SND's relative form (../<SND id>-<previous version>/data/...), with their lengths; their bytes are not in the bag
def fetch = files[root + 'fetch.txt']
assert fetch != null
def lines = fetch.readLines()
assert lines.size() == 3
['case1.png', 'case2.png', 'case3.png'].eachWithIndex { name, i ->
    def size = new File(basedir, 'added-image/data/images/' + name).length()
    assert lines[i] == "../2026-77-1.0.0/data/data/images/${name} ${size} data/data/images/${name}"
    assert !files.containsKey(root + 'data/data/images/' + name)
}
// the added image and the changed table are in the bag
assert files.containsKey(root + 'data/data/images/case4.png')
assert files.containsKey(root + 'data/data/labels.csv')

// the manifests stay complete and Payload-Oxum counts every payload file, fetched ones too (RFC 8493 §2.2.2, §3)
def manifest = files[root + 'manifest-sha256.txt']
(1..4).each { assert manifest.contains("  data/data/images/case${it}.png\n") }
assert files[root + 'tagmanifest-sha256.txt'].contains('  fetch.txt\n')
def payload = manifest.readLines().size()
def oxum = (files[root + 'bag-info.txt'] =~ /Payload-Oxum: (\d+)\.(\d+)/)[0]
assert oxum[2] as int == payload
def fetchedBytes = lines.sum { it.split(' ')[1] as long }
def zip = ZipFile.builder().setFile(bag).get()
def presentBytes = Collections.list(zip.entries).findAll { !it.directory && it.name.startsWith(root + 'data/') }.sum { it.size }
zip.close()
assert oxum[1] as long == presentBytes + fetchedBytes

// the build verified the bag with the fetched files read from the 1.0.0 bundle it was compared with
assert log.contains('Incremental: 3 unchanged file(s)')
assert log =~ /Bag versions-incremental-1\.1\.0 is complete and valid: ${payload} payload files, .* checked \(full: .*an incremental bag.*\), 3 of them fetched from versions-incremental-1\.0\.0\.zip/

// verify-bundle on the bag alone: valid in what it holds, complete once the three are fetched
assert log =~ /Bag versions-incremental-1\.1\.0 is valid in the ${payload - 3} payload files it holds, and complete once fetched: 3 files, .* missing/

// snd-bagger does not allow fetch.txt: refused, naming the setting, and no bag written
assert log.contains('[bundle.fetch-not-allowed]')
assert log.contains('set dataset.incremental to none for this profile')
assert !new File(basedir, 'target/bagger/versions-incremental-1.1.0.zip').exists()
true
