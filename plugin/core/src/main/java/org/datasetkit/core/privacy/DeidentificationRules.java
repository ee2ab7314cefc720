package org.datasetkit.core.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The identifying attributes of PS3.15 Table E.1-1 (shipped as data), and what may keep each one. */
final class DeidentificationRules {

    static final String EDITION = "DICOM PS3.15 2025b, Table E.1-1";

    private static final String RESOURCE = "/org/datasetkit/privacy/ps3.15-table-e.1-1.csv";

    /**
     * One row: the attribute, its Basic Profile action (X remove, Z empty or dummy, D dummy, U new UID), and the
     * options that keep or clean it.
     */
    record Rule(int tag, String name, String action, Set<String> retainedBy) {

        /** Z and D both let a de-identifier put a dummy value in place of the original. */
        boolean mayHoldDummy() {
            return action.contains("D") || action.contains("Z");
        }

        /** Only "remove": a sequence that still has items is itself a finding. */
        boolean removeOnly() {
            return action.equals("X");
        }
    }

    /** A row for a repeating group such as (60xx,3000): the tag matches where the mask has bits. */
    private record Repeating(int mask, int value, Rule rule) {
    }

    private final Map<Integer, Rule> rules = new HashMap<>();
    private final List<Repeating> repeating = new ArrayList<>();

    DeidentificationRules() {
        try (InputStream in = DeidentificationRules.class.getResourceAsStream(RESOURCE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                add(line, number);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the bundled PS3.15 table " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void add(String line, int number) {
        String[] f = line.split(",", -1);
        if (f.length != 4 || f[0].length() != 8) {
            throw new IllegalArgumentException("line " + number + " is not tag,name,action,retainedBy: " + line);
        }
        Set<String> retainedBy = f[3].equals("-") ? Set.of() : Set.of(f[3].split("\\|"));
        String hex = f[0].toLowerCase(java.util.Locale.ROOT);
        int mask = 0;
        int value = 0;
        for (int i = 0; i < 8; i++) {
            char c = hex.charAt(i);
            mask <<= 4;
            value <<= 4;
            if (c != 'x') {
                mask |= 0xF;
                value |= Character.digit(c, 16);
            }
        }
        Rule rule = new Rule(value, f[1], f[2], retainedBy);
        if (mask == -1) {
            rules.put(value, rule);
        } else {
            repeating.add(new Repeating(mask, value, rule));
        }
    }

    Rule get(int tag) {
        Rule rule = rules.get(tag);
        if (rule != null) {
            return rule;
        }
        for (Repeating r : repeating) {
            if ((tag & r.mask()) == r.value()) {
                return r.rule();
            }
        }
        return null;
    }

    int size() {
        return rules.size() + repeating.size();
    }
}
