package org.datasetkit.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetFileTest {

    @TempDir
    Path dir;

    @Test
    void aPosixIdentityIsKeptAsTwoNumbersAndSpeltBackExactly() {
        DatasetFile f = DatasetFile.of("a/b.csv", dir, 1, 2, "(dev=fe01,ino=42)");
        assertThat(f.otherIdentity()).isNull();
        assertThat(f.device()).isEqualTo(0xfe01);
        assertThat(f.inode()).isEqualTo(42);
        assertThat(f.identity()).isEqualTo("(dev=fe01,ino=42)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(dev=0,ino=0)", "(dev=ffffffffffffffff,ino=1)", "(dev=10303,ino=123456789012345678)",
        "(dev=1,ino=1234567890123456789)", "(dev=1,ino=9223372036854775807)"})
    void posixIdentitiesAtTheEdgesAreKeptAsNumbers(String identity) {
        DatasetFile f = DatasetFile.of("a.csv", dir, 1, 2, identity);
        assertThat(f.otherIdentity()).isNull();
        assertThat(f.identity()).isEqualTo(identity);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "id", "(dev=fe01,ino=42))", "(dev=fe01,ino=42)x", "(dev=0fe01,ino=42)",
        "(dev=1,ino=00)", "(dev=1ffffffffffffffff,ino=1)", "(dev=fe01;ino=42)", "(dev=00fe01,ino=42)", "(dev=fe01,ino=042)", "(dev=FE01,ino=42)",
        "(dev=fe01,ino=-0)", "(dev=fe01,ino=42", "(dev=,ino=42)", "(dev=fe01,ino=)", "(dev=+fe01,ino=42)",
        "(dev=fe01,ino=99999999999999999999)", "volume éé/42"})
    void anyOtherIdentityIsKeptAsText(String identity) {
        DatasetFile f = DatasetFile.of("a.csv", dir, 1, 2, identity);
        assertThat(f.identity()).isEqualTo(identity);
        assertThat(f.otherIdentity()).isEqualTo(identity);
    }

    @Test
    void theIdentityOfARealFileComesBackAsTheJdkSpellsIt() throws Exception {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("sub")).resolve("x.txt"), "x");
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        String identity = key == null ? "" : key.toString();
        DatasetFile f = DatasetFile.of("sub/x.txt", dir, 1, 0, identity);
        assertThat(f.identity()).isEqualTo(identity);
        assertThat(f.file()).isEqualTo(file);
        assertThat(Files.readString(f.file())).isEqualTo("x");
    }

    @Test
    void filesOfOneScanShareTheirRootAndHoldNoPathOfTheirOwn() throws Exception {
        Datasets.write(dir, "a/b.txt", "b");
        Datasets.write(dir, "c.txt", "c");
        Dataset scanned = new DatasetScanner().scan(ScanRequest.of(dir), f -> {});
        assertThat(scanned.files()).hasSize(2);
        assertThat(scanned.files().get(0).root()).isSameAs(scanned.files().get(1).root());
        assertThat(scanned.files().get(0).file()).isEqualTo(dir.toAbsolutePath().normalize().resolve("a/b.txt"));
    }
}
