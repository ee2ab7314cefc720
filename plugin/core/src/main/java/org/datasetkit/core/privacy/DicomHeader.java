package org.datasetkit.core.privacy;

import java.util.List;
import java.util.Optional;

/**
 * What a DICOM file's header holds, up to the pixel data.
 *
 * @param transferSyntax the Transfer Syntax UID of the meta header
 * @param preambleExecutable the 128-byte preamble starts like a Windows (MZ) or Linux (ELF) executable
 * @param elements every element of the meta header and the data set, sequences walked, in file order
 */
public record DicomHeader(String transferSyntax, boolean preambleExecutable, List<DicomElement> elements) {

    public DicomHeader {
        elements = List.copyOf(elements);
    }

    /** The first top-level element with this tag. */
    public Optional<DicomElement> get(int tag) {
        String path = DicomElement.tagString(tag);
        return elements.stream().filter(e -> e.path().equals(path)).findFirst();
    }
}
