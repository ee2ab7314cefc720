package org.datasetkit.core.export;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Croissant 1.1 JSON-LD context: the union of the spec's Appendix 1 and mlcroissant 1.1's own (the reference
 * library warns "not standard" when one of its keys is missing), with {@code https://schema.org/} as both agree, plus
 * the prefixes the governance fields use (PROV-O, DUO). Pinned by a test against a committed copy.
 */
final class CroissantContext {

    private CroissantContext() {}

    static ObjectNode create(JsonMapper mapper) {
        ObjectNode c = mapper.createObjectNode();
        c.put("@language", "en");
        c.put("@vocab", "https://schema.org/");
        c.put("annotation", "cr:annotation");
        c.put("arrayShape", "cr:arrayShape");
        c.put("citeAs", "cr:citeAs");
        c.put("column", "cr:column");
        c.put("conformsTo", "dct:conformsTo");
        c.put("containedIn", "cr:containedIn");
        c.put("cr", "http://mlcommons.org/croissant/");
        c.putObject("data").put("@id", "cr:data").put("@type", "@json");
        c.putObject("dataType").put("@id", "cr:dataType").put("@type", "@vocab");
        c.put("dct", "http://purl.org/dc/terms/");
        c.put("duo", "http://purl.obolibrary.org/obo/DUO_");
        c.put("equivalentProperty", "cr:equivalentProperty");
        c.putObject("examples").put("@id", "cr:examples").put("@type", "@json");
        c.put("excludes", "cr:excludes");
        c.put("extract", "cr:extract");
        c.put("field", "cr:field");
        c.put("fileObject", "cr:fileObject");
        c.put("fileProperty", "cr:fileProperty");
        c.put("fileSet", "cr:fileSet");
        c.put("format", "cr:format");
        c.put("includes", "cr:includes");
        c.put("isArray", "cr:isArray");
        c.put("isLiveDataset", "cr:isLiveDataset");
        c.put("jsonPath", "cr:jsonPath");
        c.put("key", "cr:key");
        c.put("md5", "cr:md5");
        c.put("parentField", "cr:parentField");
        c.put("path", "cr:path");
        c.put("prov", "http://www.w3.org/ns/prov#");
        c.put("rai", "http://mlcommons.org/croissant/RAI/");
        c.put("readLines", "cr:readLines");
        c.put("recordSet", "cr:recordSet");
        c.put("references", "cr:references");
        c.put("regex", "cr:regex");
        c.put("repeated", "cr:repeated");
        c.put("replace", "cr:replace");
        c.put("samplingRate", "cr:samplingRate");
        c.put("sc", "https://schema.org/");
        c.put("sdVersion", "cr:sdVersion");
        c.put("separator", "cr:separator");
        c.put("source", "cr:source");
        c.put("subField", "cr:subField");
        c.put("transform", "cr:transform");
        c.put("unArchive", "cr:unArchive");
        c.put("value", "cr:value");
        return c;
    }
}
