package org.datasetkit.core.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The identifying attributes of PS3.15 Table E.1-1 (shipped as data), and what may keep each one. */
final class DeidentificationRules {

    static final String EDITION = "DICOM PS3.15 2025b, Table E.1-1 (selected rows)";

    /** One row: the attribute, its basic-profile action, the option that retains it (or "-"). */
    record Rule(int tag, String name, String action, String retainedBy) {
        boolean mayHoldDummy() {
            return action.contains("D");
        }
    }

    private final Map<Integer, Rule> rules = new HashMap<>();

    DeidentificationRules() {
        try (InputStream in = DeidentificationRules.class.getResourceAsStream("/org/datasetkit/privacy/ps3.15-table-e.1-1.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",");
                int tag = (int) Long.parseLong(f[0], 16);
                rules.put(tag, new Rule(tag, f[1], f[2], f[3]));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the bundled PS3.15 table cannot be read", e);
        }
    }

    Rule get(int tag) {
        return rules.get(tag);
    }

    int size() {
        return rules.size();
    }
}
