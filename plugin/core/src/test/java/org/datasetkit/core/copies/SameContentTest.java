package org.datasetkit.core.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SameContentTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @Test
    void findsTheFirstAndTheLastFileOfAContentInTheListsOrder() {
        List<FileFingerprint> files = List.of(FileFingerprint.checksumOnly("x/first", A),
                FileFingerprint.checksumOnly("y/other", B), FileFingerprint.checksumOnly("a/second", A),
                FileFingerprint.checksumOnly("b/third", A));
        SameContent byContent = new SameContent(files);
        FileFingerprint probe = FileFingerprint.checksumOnly("", A);

        assertThat(byContent.first(probe).path()).isEqualTo("x/first");
        assertThat(byContent.last(probe).path()).isEqualTo("b/third");
        assertThat(byContent.first(FileFingerprint.checksumOnly("", B)).path()).isEqualTo("y/other");
        assertThat(byContent.last(FileFingerprint.checksumOnly("", "c".repeat(64)))).isNull();
        assertThat(byContent.size()).isEqualTo(4);
    }

    @Test
    void theCachesLastLineForAContentWins() {
        FingerprintCache.Known known = new FingerprintCache.Known(List.of(FileFingerprint.checksumOnly("old", A),
                FileFingerprint.checksumOnly("new", A)));

        assertThat(known.get(A).path()).isEqualTo("new");
        assertThat(known.get(B)).isNull();
    }
}
