package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip source holds each entry's directory offset, not the entry: read again there, it is the entry listed. */
class ZipEntryRereadTest {

    @Test
    void anEntryReadAgainAtItsOffsetIsTheEntryTheDirectoryListed(@TempDir Path dir) throws Exception {
        RawZip zip = new RawZip().stored("bag/bagit.txt", "BagIt-Version: 1.0\n").stored("bag/data/a b.txt", "alpha\n");
        byte[] beta = "beta beta beta beta\n".getBytes(StandardCharsets.UTF_8);
        zip.list("bag/data/deflated.txt", zip.deflated("bag/data/deflated.txt", beta), beta.length);
        Path archive = dir.resolve("bag.zip");
        zip.write(archive);
        try (FileChannel channel = FileChannel.open(archive)) {
            List<ZipCentralDirectory.Entry> listed = new ArrayList<>();
            long entriesEnd = ZipCentralDirectory.scan("bag.zip", channel, listed::add);
            assertThat(listed).hasSize(3);
            assertThat(entriesEnd).isEqualTo(ZipCentralDirectory.read("bag.zip", channel).entriesEnd());
            for (ZipCentralDirectory.Entry e : listed) {
                assertThat(ZipCentralDirectory.at("bag.zip", channel, e.offset(), entriesEnd)).isEqualTo(e);
            }
        }
        try (ZipBagSource source = ZipBagSource.open(archive, VerificationLimits.DEFAULT)) {
            assertThat(source.entries()).extracting(BagSource.Entry::path)
                    .containsExactly("bagit.txt", "data/a b.txt", "data/deflated.txt");
            try (var in = source.open("data/deflated.txt")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("beta beta beta beta\n");
            }
        }
    }
}
