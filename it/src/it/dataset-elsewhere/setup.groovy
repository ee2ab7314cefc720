// Back-date the dataset as if it had been published a while ago: files modified within two seconds of a checksum run
// are hashed again on the next one, and this test's second build must find everything unchanged.
def old = System.currentTimeMillis() - 60_000
new File(basedir, 'published').eachFileRecurse { it.setLastModified(old) }
return true
