package org.datasetkit.core.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fingerprints held as numbers behave as the record of hex Strings did. */
class CompactFingerprintsTest {

    /** 64 hex digits: the first 16 from {@code head}, the rest from {@code tail}. */
    private static String sha(String head, char tail) {
        return (head + String.valueOf(tail).repeat(64)).substring(0, 64);
    }

    private static FileFingerprint plain(String path, String sha) {
        return new FileFingerprint(path, 4, sha, "other", Optional.empty(), OptionalLong.empty(), Optional.empty(),
                List.of());
    }

    @Test
    void theChecksumIsSpeltAsItWasGivenAndANonChecksumIsRefusedByName() {
        String sha = "0123456789abcdef".repeat(4);
        FileFingerprint f = plain("a.bin", sha);
        assertThat(f.sha256()).isEqualTo(sha);
        assertThat(f).isEqualTo(plain("a.bin", sha)).hasSameHashCodeAs(plain("a.bin", sha));
        assertThat(f).isNotEqualTo(plain("a.bin", sha("0123456789abcdef", '1')));
        assertThatThrownBy(() -> plain("a.bin", "xyz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 hex digits").hasMessageContaining("xyz");
        assertThatThrownBy(() -> plain("a.bin", "g".repeat(64))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filesThatShareTheChecksumsFirstBitsAreNotIdenticalAndCopiesNameTheFirst() {
        String prefix = "deadbeefdeadbeef";
        List<FileFingerprint> files = List.of(plain("a", sha(prefix, '1')), plain("b", sha(prefix, '2')),
                plain("c", sha(prefix, '1')), plain("d", sha("deadbeef00000000", '1')), plain("e", sha(prefix, '2')),
                plain("f", sha(prefix, '1')));
        assertThat(new CopyCheck(0).duplicates(files)).containsExactly(
                new CopyCheck.Duplicate("a", "c", "identical"), new CopyCheck.Duplicate("b", "e", "identical"),
                new CopyCheck.Duplicate("a", "f", "identical"));
    }

    @Test
    void aReferenceIsFoundByContentAndItsFirstFileWithItNamed() {
        Reference theirs = new Reference("upstream", List.of(plain("x", sha("aa", '3')), plain("y", sha("bb", '4')),
                plain("z", sha("aa", '3'))));
        Overlap o = new CopyCheck(0).compare(List.of(plain("ours", sha("aa", '3')), plain("new", sha("aa", '5'))),
                theirs, true);
        assertThat(o.identical()).isEqualTo(1);
        assertThat(o.examples()).containsExactly("ours = x (identical)");
    }

    @Test
    void theCacheKeepsOneSortedLinePerFingerprintAndItsLastLineForAContentWins(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache.tsv");
        String one = sha("11", '1');
        String two = sha("22", '2');
        FingerprintCache.write(cache, List.of(plain("b", two), plain("a", one),
                new FileFingerprint("c", 4, one, "text", Optional.empty(), OptionalLong.empty(), Optional.empty(),
                        List.of()), plain("d", one)));
        assertThat(Files.readAllLines(cache)).containsExactly(FingerprintCache.HEADER,
                one + "\tother\t-\t-\t-\t-", one + "\ttext\t-\t-\t-\t-", two + "\tother\t-\t-\t-\t-");
        FingerprintCache.Known known = FingerprintCache.read(cache);
        assertThat(known.size()).isEqualTo(3);
        assertThat(known.get(one).kind()).isEqualTo("text"); // as a map put line by line left it
        assertThat(known.get(two).kind()).isEqualTo("other");
        assertThat(known.get(sha("33", '3'))).isNull();
    }

    @Test
    void aCacheWithADamagedChecksumIsIgnoredWhole(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache.tsv");
        Files.writeString(cache, FingerprintCache.HEADER + "\n" + sha("11", '1') + "\tother\t-\t-\t-\t-\n"
                + "nothex\tother\t-\t-\t-\t-\n");
        assertThat(FingerprintCache.read(cache).size()).isZero();
    }
}
