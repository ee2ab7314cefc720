package org.datasetkit.core.support;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A restricted, de-identified screening-mammography dataset that passes every gate: DICOM files (MG, CC and MLO
 * views, both sides; pseudonymised and marked as de-identified), a label table with a split column, two upstream
 * sources, ethics approval and the medical profile. For the report's tests and its browser check.
 */
public final class MedicalDataset {

    public static final String[] LABELS = {"normal", "benign", "malignant"};
    public static final String[] SPLITS = {"train", "validation", "test"};

    private MedicalDataset() {}

    /** {@code patients} patients, four images each (L/R × CC/MLO); patient i's label is LABELS[i % 3], split by i % 10. */
    public static Path write(Path root, int patients) {
        StringBuilder labels = new StringBuilder("image,patient,label,split\n");
        for (int p = 1; p <= patients; p++) {
            String id = String.format(Locale.ROOT, "ANON%06d", p);
            for (String side : new String[] {"L", "R"}) {
                for (String view : new String[] {"CC", "MLO"}) {
                    String name = String.format(Locale.ROOT, "data/dicom/%s/%s_%s.dcm", id, side, view);
                    Datasets.write(root, name, image(id, side, view));
                    labels.append(name.substring(5)).append(',').append(id).append(',').append(label(p)).append(',')
                            .append(split(p)).append('\n');
                }
            }
        }
        Datasets.write(root, "data/labels.csv", labels.toString());
        Datasets.write(root, "docs/README.md", "# Screening mammography subset\n\nRestricted; see the datasheet.\n");
        Datasets.write(root, "datasheet.yaml", datasheet(patients));
        return root;
    }

    public static String label(int patient) {
        return LABELS[patient % 3];
    }

    public static String split(int patient) {
        int tenth = patient % 10;
        return tenth < 7 ? SPLITS[0] : tenth < 8 ? SPLITS[1] : SPLITS[2];
    }

    static byte[] image(String id, String side, String view) {
        DicomWriter w = DicomWriter.of(DicomWriter.EXPLICIT_LE).add(0x00080060, "CS", "MG")
                .add(0x00100010, "PN", id).add(0x00100020, "LO", id).add(0x00185101, "CS", view)
                .add(0x00200062, "CS", side).add(0x00120062, "CS", "YES");
        w.sequence(0x00120064, false, java.util.List.of(item -> item.add(0x00080100, "SH", "113100").add(0x00080102, "SH", "DCM")));
        return w.pixels(256).bytes();
    }

    static String datasheet(int patients) {
        long train = 0, validation = 0, test = 0;
        for (int p = 1; p <= patients; p++) {
            switch (split(p)) {
                case "train" -> train += 4;
                case "validation" -> validation += 4;
                default -> test += 4;
            }
        }
        return String.join("\n",
                "schemaVersion: \"1.0\"",
                "profiles: [core, medical]",
                "title: {en: \"Screening mammography subset\", sv: \"Mammografiscreening, delmängd\"}",
                "description: {en: \"De-identified screening mammograms with exam-level labels.\", sv: \"Avidentifierade mammogram.\"}",
                "version: \"1.2.0\"",
                "datePublished: 2026-05-01",
                "dateCreated: 2026-03-01",
                "keywords: [mammography, screening]",
                "identifiers: {doi: \"10.5878/abcd-1234\"}",
                "creators:",
                "  - {name: \"Doe, Jane\", orcid: \"0000-0002-1825-0097\", affiliations: [{name: Karolinska Institutet, ror: \"https://ror.org/056d84691\"}]}",
                "publisher: {name: \"Swedish National Data Service\"}",
                "license: {spdx: \"CC-BY-NC-4.0\"}",
                "access: {level: restricted, conditions: \"Approved researchers under a data use agreement.\"}",
                "provenance:",
                "  origin: derived",
                "  sources:",
                "    - {title: CBIS-DDSM, identifier: \"https://doi.org/10.7937/K9/TCIA.2016.7O02S9CY\", license: CC-BY-3.0, use: adapt, retrievedOn: 2025-11-02}",
                "    - {title: Regional screening registry extract, license: CC-BY-NC-4.0, use: collect}",
                "  activities:",
                "    - {type: deidentification, description: \"Headers de-identified with the basic profile.\", start: 2026-01-10, end: 2026-02-20}",
                "    - {type: annotation, description: \"Two radiologists labelled every exam.\", start: 2026-02-01, end: 2026-03-15}",
                "personalData:",
                "  contains: true",
                "  sensitive: true",
                "  types: [health data]",
                "  codeKeyRetained: true",
                "  deidentification:",
                "    method: \"DICOM PS3.15 Basic Application Level Confidentiality Profile\"",
                "    tool: \"anonymizer 1.0\"",
                "    pseudonymPattern: \"^ANON\\\\d{6}$\"",
                "ethics:",
                "  reviewRequired: true",
                "  approvals: [{body: \"Swedish Ethical Review Authority\", referenceNumber: \"2020-01234\", date: 2020-03-01}]",
                "  consent: {basis: waiver, description: \"Retrospective registry data.\"}",
                "motivation: {purpose: \"Benchmarking detection models.\", tasks: [classification]}",
                "composition:",
                "  instanceDescription: \"Four views per screening exam.\"",
                "  instanceCount: " + patients * 4,
                "  modalities: [MG]",
                "  dataKinds: [image, tabular]",
                "  labels:",
                "    description: \"Exam outcome after two years of follow-up.\"",
                "    classes: [normal, benign, malignant]",
                "    file: data/labels.csv",
                "    column: label",
                "    splitColumn: split",
                "  splits:",
                "    - {name: train, count: " + train + "}",
                "    - {name: validation, count: " + validation + "}",
                "    - {name: test, count: " + test + "}",
                "collection:",
                "  methods: [Secondary data analysis]",
                "  timeframe: {start: 2008-01-01, end: 2015-12-31}",
                "uses:",
                "  intended: \"Research on screening.\"",
                "  outOfScope: \"Not for clinical decision-making.\"",
                "  limitations: \"Single region, single vendor.\"",
                "  biases: \"Screening population only.\"",
                "maintenance: {maintainer: {name: \"Doe, Jane\"}, contact: \"data@example.org\", updatePlan: \"Yearly.\"}",
                "documentation: [{path: docs/README.md, role: readme}]",
                "");
    }
}
