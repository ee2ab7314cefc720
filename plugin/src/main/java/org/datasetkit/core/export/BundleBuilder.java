package org.datasetkit.core.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.datasetkit.core.bag.BagInfo;
import org.datasetkit.core.bag.BagRequest;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.bag.BagWriter;
import org.datasetkit.core.bag.TagFile;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.license.SpdxLicenseList;

/**
 * Builds the deposit bundle: the metadata generated from the datasheet joins the dataset's files in the payload,
 * bag-info is derived from the datasheet, the repository's BagIt profile is checked before anything is written,
 * and the bag is written in the chosen serialisation.
 */
public final class BundleBuilder {

    public BagWriteResult build(BundleRequest request) throws IOException, DatasetException {
        ExportInput input = new ExportInput(request.datasheet(), request.fixity(), request.licences(), request.timestamp());
        List<TagFile> texts = new ArrayList<>();
        if (!request.licences().textsToShip().isEmpty()) {
            SpdxLicenseList spdx = new SpdxLicenseList();
            for (String id : request.licences().textsToShip()) {
                texts.add(new TagFile("LICENSES/" + id + ".txt", spdx.text(id).getBytes(StandardCharsets.UTF_8)));
            }
        }
        List<TagFile> generated = new MetadataExports().generate(input, texts);
        BagInfo info = BagInfo.describe(request.datasheet(), request.fixity().dataset(), request.timestamp(),
                request.softwareAgent());
        if (request.profile().isPresent()) {
            List<Diagnostic> problems = request.profile().get().check(info, request.fixity().algorithms(),
                    mediaType(request.format()), BagInfo.datasheetSources());
            if (!problems.isEmpty()) {
                throw new DatasetException(new Diagnostics(problems));
            }
        }
        return BagWriter.forFormat(request.format(), request.threads()).write(new BagRequest(request.bagName(), request.target(),
                request.fixity(), generated, info, List.of(), request.timestamp(), request.compression()));
    }

    private static String mediaType(String format) {
        return switch (BagWriter.extension(format)) {
            case ".zip" -> "application/zip";
            case ".tar.gz" -> "application/gzip";
            default -> null;
        };
    }
}
