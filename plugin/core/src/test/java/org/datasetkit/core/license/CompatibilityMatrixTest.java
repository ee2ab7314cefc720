package org.datasetkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regenerates the compatibility matrix of research/licenses.md §2.7 (adapt mode, one upstream) from the rules, cell
 * by cell. The rules are the implementation; this table is what they must produce.
 */
class CompatibilityMatrixTest {

    private static final String DUA = "LicenseRef-KI-CSAW-CC";

    /** Columns: the declared licence. "DUA" is a restrictive research-only agreement (the row's own, for restricted rows). */
    private static final List<String> DECLARED = List.of("CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0",
            "CC-BY-NC-SA-4.0", "CC-BY-ND-4.0", "CC-BY-NC-ND-4.0", "ODC-By-1.0", "ODbL-1.0", "CDLA-Permissive-2.0",
            "CDLA-Sharing-1.0", "GPL-3.0-or-later", "DUA");

    /** Y compatible, O with obligations, Onr with obligations and ND not recommended, R review, N incompatible. */
    private static final String[][] MATRIX = {
        {"CC0-1.0", "Y Y Y Y Y Y Y Y Y Y Y Y Y"},
        {"PDDL-1.0", "Y Y Y Y Y Y Y Y Y Y Y Y Y"},
        {"CC-BY-4.0", "N O O O O Onr Onr O O O O O R"},
        {"CC-BY-3.0", "N O O O O Onr Onr O O O O R R"},
        {"CC-BY-SA-4.0", "N N Y N N N N N N N N O N"},
        {"CC-BY-SA-3.0", "N N Y N N N N N N N N N N"},
        {"CC-BY-NC-4.0", "N N N O O N Onr N N N N N R"},
        {"CC-BY-NC-SA-4.0", "N N N N Y N N N N N N N N"},
        {"CC-BY-ND-4.0", "N N N N N N N N N N N N N"},
        {"CC-BY-NC-ND-4.0", "N N N N N N N N N N N N N"},
        {"ODC-By-1.0", "N O O O O O O O O O O R R"},
        {"ODbL-1.0", "N N N N N N N N Y N N N N"},
        {"CDLA-Permissive-2.0", "O O O O O O O O O Y O O O"},
        {"CDLA-Sharing-1.0", "N N N N N N N N N N Y N N"},
        {"C-UDA-1.0", "N N N N N N N N N N N N R"},
        {"LicenseRef-PhysioNet-Credentialed-Health-Data-1.5.0", "N N N N N N N N N N N N R"},
        {"LicenseRef-Stanford-CheXpert-RUA", "N N N N N N N N N N N N R"},
        {"LicenseRef-KI-CSAW-CC", "N N N N N N N N N N N N R"},
        {"LicenseRef-RSNA-AI-Challenge-Data", "N N N N N N N N N N N N R"},
        {"LicenseRef-NIH-CXR14-Terms", "R O O O O O O O O O O O O"},
        {"LicenseRef-Someones-Own-Terms", "R R R R R R R R R R R R R"},
    };

    private final CompatibilityEvaluator evaluator = new CompatibilityEvaluator(LicenseRegistry.builtIn());

    @Test
    void theRulesReproduceTheMatrixCellByCell() {
        List<String> mismatches = new ArrayList<>();
        for (String[] row : MATRIX) {
            String upstream = row[0];
            String[] expected = row[1].split(" ");
            assertThat(expected).as(upstream).hasSize(DECLARED.size());
            boolean restrictedRow = upstream.startsWith("LicenseRef-") && !upstream.contains("NIH") && !upstream.contains("Someones");
            for (int c = 0; c < DECLARED.size(); c++) {
                String declared = DECLARED.get(c).equals("DUA") ? (restrictedRow ? upstream : DUA) : DECLARED.get(c);
                Judgement j = evaluator.judge(id(upstream), Relation.ADAPT, id(declared));
                String actual = code(j);
                if (!actual.equals(expected[c])) {
                    mismatches.add(upstream + " -> " + declared + ": expected " + expected[c] + " but rules give " + actual
                            + " " + j.reasons());
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void inCopyModeOnlyTheDiagonalPasses() {
        for (String[] row : MATRIX) {
            String upstream = row[0];
            for (String declared : DECLARED) {
                if (declared.equals("DUA")) {
                    continue;
                }
                Verdict v = evaluator.judge(id(upstream), Relation.COPY, id(declared)).verdict();
                boolean pd = upstream.equals("CC0-1.0") || upstream.equals("PDDL-1.0");
                boolean unknown = upstream.contains("Someones") || (upstream.contains("NIH") && declared.equals("CC0-1.0"));
                if (pd || upstream.equalsIgnoreCase(declared)) {
                    assertThat(v.isAcceptable()).as(upstream + " copy -> " + declared).isTrue();
                } else if (unknown) {
                    assertThat(v).as(upstream + " copy -> " + declared).isEqualTo(Verdict.REVIEW);
                } else if (!upstream.contains("NIH")) {
                    assertThat(v).as(upstream + " copy -> " + declared).isEqualTo(Verdict.INCOMPATIBLE);
                }
            }
        }
    }

    static LicenseExpression id(String id) {
        return new LicenseExpression.Id(id, false);
    }

    private static String code(Judgement j) {
        return switch (j.verdict()) {
            case COMPATIBLE -> "Y";
            case COMPATIBLE_WITH_OBLIGATIONS -> j.reasons().contains(ReasonCode.ND_NOT_RECOMMENDED) ? "Onr" : "O";
            case REVIEW -> "R";
            case INCOMPATIBLE -> "N";
        };
    }
}
