// Made here rather than committed: some of these names cannot live in every checkout.
def make = { String path, byte[] content ->
    def f = new File(basedir, path)
    f.parentFile.mkdirs()
    f.bytes = content
}
make('data/with space/100% done.csv', 'a,b\n'.bytes)
make('data/Malmö/bröstcancer.txt', 'åäö'.getBytes('UTF-8'))
make('data/line\nbreak.txt', 'lf'.bytes)
make('data/empty.dat', new byte[0])
make('data/a/b/c/d/e/deep.bin', [0, 1, 2] as byte[])
return true
