package org.datasetkit.core.export;

import java.util.ArrayList;
import java.util.List;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.Deidentification;
import org.datasetkit.core.datasheet.PersonalData;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dataset component's {@code data} entry: its classification (access and sensitivity in words), the sensitive
 * data it holds, and its governance — the principal (else the publisher) owns it, the publisher keeps it, the
 * maintainer looks after it — and, as properties, the access conditions and machine-readable terms of use, so that a
 * restricted dataset never reads as open.
 */
final class CycloneDxData {

    private final Datasheet sheet;

    CycloneDxData(Datasheet sheet) {
        this.sheet = sheet;
    }

    void describe(ObjectNode component) {
        AccessTerms access = AccessTerms.of(sheet);
        ObjectNode data = component.putArray("data").addObject();
        data.put("type", "dataset");
        data.put("name", sheet.title().english());
        data.put("description", sheet.description().english());
        data.put("classification", classification(access));
        List<String> sensitive = sensitiveData();
        if (!sensitive.isEmpty()) {
            ArrayNode list = data.putArray("sensitiveData");
            sensitive.forEach(list::add);
        }
        governance(data.putObject("governance"));
        properties(component.putArray("properties"), access);
    }

    private String classification(AccessTerms access) {
        String level = access.free() ? "open access" : sheet.access().level() + " access";
        boolean personal = sheet.personalData().map(PersonalData::contains).orElse(false);
        boolean special = sheet.personalData().flatMap(PersonalData::sensitive).orElse(false);
        return level + (personal ? special ? ", sensitive personal data" : ", personal data" : ", no personal data");
    }

    /** The kinds of personal data declared, each marked as de-identified when it was. */
    private List<String> sensitiveData() {
        List<String> out = new ArrayList<>();
        sheet.personalData().filter(PersonalData::contains).ifPresent(pd -> {
            List<String> types = pd.types().isEmpty() ? List.of("personal data") : pd.types();
            String how = pd.deidentification().map(Deidentification::method).map(m -> " (de-identified: " + m + ")")
                    .orElse("");
            types.forEach(t -> out.add(t + how));
        });
        return out;
    }

    private void governance(ObjectNode governance) {
        CycloneDxBom.organisation(governance.putArray("owners").addObject().putObject("organization"),
                sheet.principal().orElse(sheet.publisher()));
        CycloneDxBom.organisation(governance.putArray("custodians").addObject().putObject("organization"),
                sheet.publisher());
        ObjectNode steward = governance.putArray("stewards").addObject().putObject("contact");
        CycloneDxBom.contact(steward, sheet.maintenance().maintainer());
        if (!steward.has("email") && sheet.maintenance().contact().contains("@")) {
            steward.put("email", sheet.maintenance().contact());
        }
    }

    private void properties(ArrayNode properties, AccessTerms access) {
        property(properties, "datasetkit:access:level", sheet.access().level());
        property(properties, "datasetkit:access:conditions", access.conditions());
        access.dataUseAgreement().ifPresent(dua -> property(properties, "datasetkit:access:dataUseAgreement", dua));
        for (AccessTerms.Term t : access.usage()) {
            property(properties, "datasetkit:usage:" + t.scheme(), t.url().orElse(t.code()));
        }
        property(properties, "datasetkit:access:euAccessRight", access.euAccessRight());
    }

    private static void property(ArrayNode properties, String name, String value) {
        properties.addObject().put("name", name).put("value", value);
    }
}
