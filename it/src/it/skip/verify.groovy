def log = new File(basedir, 'build.log').text
['validate', 'check-licenses', 'checksum', 'bundle', 'verify-bundle'].each { goal ->
    assert log.contains("Skipping ${goal}: dataset.skip = true") : goal
}
assert !new File(basedir, 'target/dataset').exists()
assert !new File(basedir, 'target/skip-1.0.0.zip').exists()
return true
