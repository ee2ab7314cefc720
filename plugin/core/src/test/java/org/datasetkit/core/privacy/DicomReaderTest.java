package org.datasetkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.datasetkit.core.support.DicomWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DicomReaderTest {

    private static DicomHeader read(byte[] file) throws Exception {
        return new DicomReader().read(new ByteArrayInputStream(file));
    }

    /** A name hidden in a sequence item inside another sequence, in every syntax and both length styles. */
    private static byte[] nested(String syntax, boolean undefined) {
        return DicomWriter.of(syntax)
                .add(0x00080060, "CS", "MG")
                .add(0x00100010, "PN", "Doe^Jane")
                .sequence(0x00081140, undefined, List.of(item -> item
                        .add(0x00081150, "UI", "1.2.3")
                        .sequence(0x0040A730, undefined, List.of(inner -> inner.add(0x0040A123, "PN", "Roe^Richard")))))
                .add(0x00280301, "CS", "NO")
                .pixels(1000)
                .add(0xFFFCFFFC, "OB", "padding after the pixels is not read")
                .bytes();
    }

    @ParameterizedTest
    @ValueSource(strings = {DicomWriter.EXPLICIT_LE, DicomWriter.IMPLICIT_LE, DicomWriter.EXPLICIT_BE, DicomWriter.DEFLATED})
    void everySyntaxAndSequenceEncodingIsWalked(String syntax) throws Exception {
        for (boolean undefined : List.of(false, true)) {
            DicomHeader header = read(nested(syntax, undefined));

            assertThat(header.transferSyntax()).isEqualTo(syntax);
            assertThat(header.get(0x00100010)).hasValueSatisfying(e -> assertThat(e.text()).isEqualTo("Doe^Jane"));
            assertThat(header.elements()).anySatisfy(e -> {
                assertThat(e.path()).isEqualTo("(0008,1140)[0]>(0040,A730)[0]>(0040,A123)");
                assertThat(e.text()).isEqualTo("Roe^Richard");
            });
            assertThat(header.get(0x00280301)).hasValueSatisfying(e -> assertThat(e.text()).isEqualTo("NO"));
            assertThat(header.elements()).noneMatch(e -> e.tag() == 0xFFFCFFFC);
        }
    }

    @Test
    void oddLengthsArePaddedAndTrimmed() throws Exception {
        DicomHeader header = read(DicomWriter.of(DicomWriter.EXPLICIT_LE).add(0x00100020, "LO", "ABC").bytes());

        assertThat(header.get(0x00100020)).hasValueSatisfying(e -> assertThat(e.text()).isEqualTo("ABC"));
    }

    @Test
    void aValueTooLongToKeepIsSkippedButNeverTakenForEmpty() throws Exception {
        DicomHeader header = read(DicomWriter.of(DicomWriter.EXPLICIT_LE).add(0x60003000, "OW", "x".repeat(70_000))
                .add(0x60004000, "LT", "").bytes());

        assertThat(header.get(0x60003000)).hasValueSatisfying(e -> {
            assertThat(e.length()).isEqualTo(70_000);
            assertThat(e.value()).isEmpty();
            assertThat(e.isBlank()).isFalse();
        });
        assertThat(header.get(0x60004000)).hasValueSatisfying(e -> assertThat(e.isBlank()).isTrue());
    }

    @Test
    void anExecutablePreambleIsNoticed() throws Exception {
        DicomHeader header = read(DicomWriter.of(DicomWriter.EXPLICIT_LE).preamble(new byte[] {'M', 'Z', (byte) 0x90}).bytes());

        assertThat(header.preambleExecutable()).isTrue();
    }

    @Test
    void filesThatAreNotClearlyDicomFailClosed() {
        byte[] good = DicomWriter.of(DicomWriter.EXPLICIT_LE).add(0x00100010, "PN", "Doe^Jane").bytes();
        byte[] strayByte = new byte[good.length + 1];
        System.arraycopy(good, 0, strayByte, 1, good.length);
        byte[] noSyntax = DicomWriter.of(DicomWriter.EXPLICIT_LE).withoutTransferSyntax().bytes();
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 3);

        assertThat(catchThrowableOfType(DicomFormatException.class, () -> read(strayByte))).hasMessageContaining("DICM");
        assertThat(catchThrowableOfType(DicomFormatException.class, () -> read(noSyntax))).hasMessageContaining("Transfer Syntax");
        assertThat(catchThrowableOfType(Exception.class, () -> read(truncated))).isNotNull();
        assertThat(catchThrowableOfType(DicomFormatException.class, () -> read(new byte[20]))).isNotNull();
    }
}
