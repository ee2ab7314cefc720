// Awkward names, made here rather than committed (some of them cannot live in every checkout): spaces, '%',
// non-ASCII, a line break, an empty file and deep folders must round-trip into the bag, the same in every zone.
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
// Auto compression (the default) stores what deflate would not shrink and deflates the rest, the same in every zone.
def noise = new byte[20000]
new Random(20).nextBytes(noise)
make('data/noise.bin', noise)
make('data/table.csv', ('id,label\n' + '1,benign\n2,malignant\n' * 500).bytes)
return true
