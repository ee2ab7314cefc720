package org.datasetkit.core.datasheet;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.ClasspathResourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The datasheet JSON Schema (draft 2020-12) from the {@code datasetkit-schemas} jar. Schemas are resolved from the
 * classpath only: the {@code https://datasetkit.org/schemas/} id space is mapped onto it and nothing is fetched.
 * Thread-safe once built; build one per run and reuse it, or take the {@link #bundled()} one.
 */
public final class DatasheetSchema {

    /**
     * The schema compiled once per class loader (the holder idiom: on first use, thread-safe, immutable). Measured in
     * a new JVM: loading Jackson about 0.4 s, the first compile 0.2-0.3 s, a second compile 11-18 ms; the validator's
     * compiled form cannot be stored at plugin build time, and what it costs is loading and warming classes anyway.
     */
    private static final class Bundled {
        static final DatasheetSchema SCHEMA = new DatasheetSchema();
    }

    /** The datasheet schema, compiled on first use and shared by every build in this class loader. */
    public static DatasheetSchema bundled() {
        return Bundled.SCHEMA;
    }

    public static final String ID_PREFIX = "https://datasetkit.org/schemas/";
    public static final String CLASSPATH_PREFIX = "org/datasetkit/schemas/";
    public static final String V1 = ID_PREFIX + "datasheet/1/datasheet.schema.json";

    private final Schema schema;
    private final JsonNode schemaTree;

    public DatasheetSchema() {
        ClassLoader loader = DatasheetSchema.class.getClassLoader();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
                .schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ENGLISH).build())
                // Our own class loader, not the thread's: the schemas jar sits in the plugin's realm.
                .resourceLoaders(r -> r.add(new ClasspathResourceLoader(() -> loader)))
                .schemaIdResolvers(r -> r.mapPrefix(ID_PREFIX, "classpath:" + CLASSPATH_PREFIX)));
        this.schema = registry.getSchema(SchemaLocation.of(V1));
        this.schemaTree = readSchemaTree(loader);
    }

    public List<Error> validate(JsonNode datasheet) {
        return schema.validate(datasheet);
    }

    /** The schema document itself, for hints (known key names, descriptions). */
    public JsonNode tree() {
        return schemaTree;
    }

    private static JsonNode readSchemaTree(ClassLoader loader) {
        String resource = CLASSPATH_PREFIX + V1.substring(ID_PREFIX.length());
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the datasheet schema " + resource + " is missing from the classpath");
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
