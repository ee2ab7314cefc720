// Made here rather than committed: a non-ASCII name, which the build below (under LANG=C) cannot decode.
def f = new File(basedir, 'data/Malmö/bröstcancer.txt')
f.parentFile.mkdirs()
f.setText('åäö', 'UTF-8')
return true
