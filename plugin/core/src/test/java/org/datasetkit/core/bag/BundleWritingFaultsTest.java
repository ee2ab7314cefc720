package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.support.Bags;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What goes wrong while a bundle is written: a file edited behind the checksums, leftovers, permissions, I/O errors. */
class BundleWritingFaultsTest {

    @TempDir
    Path root;

    @TempDir
    Path out;

    static Stream<Arguments> writers() {
        return Stream.of(Arguments.of("zip, deflated", new ZipBagWriter(2), Compression.AUTO, "bag.zip"),
                Arguments.of("zip, stored", new ZipBagWriter(2), Compression.STORED, "bag.zip"),
                Arguments.of("tar.gz", new TarBagWriter(), Compression.AUTO, "bag.tar.gz"),
                Arguments.of("folder", new DirectoryBagWriter(), Compression.AUTO, "bag"));
    }

    private BagRequest request(FixityResult fixity, Path target, Compression compression) {
        BagInfo info = new BagInfo(List.of(new BagInfo.Field("Bagging-Date", "2026-05-01")));
        return new BagRequest("test-bag-1.0.0", target, fixity, List.of(), info, List.of(), Bags.TIME, compression);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void aFileEditedAfterItsChecksumKeepingSizeAndTimeFailsTheBundleNamingIt(String kind, BagWriter writer,
            Compression compression, String name) throws Exception {
        Datasets.minimal(root);
        FixityResult fixity = Bags.fixity(root, DigestAlgorithm.SHA256);
        Path labels = root.resolve("data/a.csv");
        FileTime time = Files.getLastModifiedTime(labels);
        Files.writeString(labels, "id,label\n1,benign\n2,malignanT\n"); // same size
        Files.setLastModifiedTime(labels, time);
        Path target = out.resolve(name);

        assertThatThrownBy(() -> writer.write(request(fixity, target, compression)))
                .isInstanceOf(DatasetException.class)
                .satisfies(e -> assertThat(((DatasetException) e).diagnostics().all()).singleElement().satisfies(d -> {
                    assertThat(d.code()).isEqualTo("bundle.content-changed");
                    assertThat(d.file()).isEqualTo("data/a.csv");
                }));
        assertThat(target).doesNotExist();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty(); // no temporary file or scratch folder either
        }
    }

    @Test
    void whatKilledRunsLeftBesideTheArchiveIsRemovedAndNothingElse() throws Exception {
        Datasets.minimal(root);
        Path tmp = Files.writeString(out.resolve(".bag.zip8127364.tmp"), "half an archive");
        Path scratch = Files.createDirectories(out.resolve(".bag.zip.deflate-99123/deep"));
        Files.writeString(scratch.resolve("entry1.deflate"), "x");
        Path oldScratch = Files.createDirectories(out.resolve(".deflate-4411"));
        Path folderTmp = Files.createDirectories(out.resolve(".bag.zip555"));
        List<Path> kept = List.of(Files.writeString(out.resolve(".other.zip123.tmp"), "another output's"),
                Files.writeString(out.resolve("notes.txt"), "mine"), Files.writeString(out.resolve(".bag.zip.bak"), "mine"));

        Bags.zip(root, out.resolve("bag.zip"), Compression.AUTO);

        assertThat(List.of(tmp, scratch.getParent(), oldScratch, folderTmp)).allSatisfy(p -> assertThat(p).doesNotExist());
        assertThat(kept).allSatisfy(p -> assertThat(p).exists());
    }

    @Test
    void aBagFolderIsReadableByOthersLikeTheArchives() throws Exception {
        Datasets.minimal(root);
        Path folder = out.resolve("bag");

        Bags.write(new DirectoryBagWriter(), root, folder, Compression.AUTO);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("data/data"))))
                .isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("bagit.txt"))))
                .isEqualTo("rw-r--r--");
        assertThat(new BagVerifier().verify(folder).isValid()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void anOutputThatCannotBeWrittenIsNamedInTheError(String kind, BagWriter writer, Compression compression, String name)
            throws Exception {
        Datasets.minimal(root);
        Path notAFolder = Files.writeString(out.resolve("target"), "a file where the output folder should be");
        Path target = notAFolder.resolve(name);

        assertThatThrownBy(() -> writer.write(request(Bags.fixity(root, DigestAlgorithm.SHA256), target, compression)))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageStartingWith("writing " + target.toAbsolutePath() + " failed: ");
    }
}
