import java.security.MessageDigest
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream

// A correct bag's manifests, over files that are then tampered with.
def sha = { byte[] b -> MessageDigest.getInstance('SHA-256').digest(b).encodeHex().toString() }
def original = ['data/a.txt': 'alpha\n'.bytes, 'data/b.txt': 'bravo\n'.bytes]
def manifest = original.collect { path, bytes -> "${sha(bytes)}  ${path}\n" }.join('')
def tags = ['bagit.txt': 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'.bytes,
            'bag-info.txt': "Payload-Oxum: 12.2\nBagging-Date: 2026-05-01\n".bytes,
            'manifest-sha256.txt': manifest.bytes]
def tagManifest = tags.collect { path, bytes -> "${sha(bytes)}  ${path}\n" }.join('')

def entries = new LinkedHashMap(tags)
entries['tagmanifest-sha256.txt'] = tagManifest.bytes
entries['data/a.txt'] = 'alphA\n'.bytes          // one byte changed
                                                  // data/b.txt removed
entries['data/c.txt'] = 'charlie\n'.bytes         // one file added
def zip = new ZipArchiveOutputStream(new File(basedir, 'tampered.zip'))
entries.each { path, bytes ->
    zip.putArchiveEntry(new ZipArchiveEntry("tampered-1.0/${path}"))
    zip.write(bytes)
    zip.closeArchiveEntry()
}
zip.putArchiveEntry(new ZipArchiveEntry('tampered-1.0/../../evil.txt'))  // an entry escaping the bag
zip.write('x'.bytes)
zip.closeArchiveEntry()
zip.close()
return true
