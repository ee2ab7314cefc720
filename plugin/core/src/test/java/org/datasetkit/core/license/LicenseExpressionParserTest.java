package org.datasetkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.datasetkit.core.license.LicenseExpression.And;
import org.datasetkit.core.license.LicenseExpression.Id;
import org.datasetkit.core.license.LicenseExpression.Or;
import org.datasetkit.core.license.LicenseExpression.With;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseExpressionParserTest {

    private static LicenseExpression parse(String s) throws LicenseSyntaxException {
        return new LicenseExpressionParser().parse(s);
    }

    @Test
    void aSingleId() throws Exception {
        assertThat(parse("CC-BY-4.0")).isEqualTo(new Id("CC-BY-4.0", false));
    }

    @Test
    void andBindsTighterThanOr() throws Exception {
        LicenseExpression e = parse("CC0-1.0 OR CC-BY-4.0 AND ODbL-1.0");

        assertThat(e).isEqualTo(new Or(java.util.List.of(new Id("CC0-1.0", false),
                new And(java.util.List.of(new Id("CC-BY-4.0", false), new Id("ODbL-1.0", false))))));
    }

    @Test
    void parenthesesOverridePrecedenceAndOrderIsKept() throws Exception {
        LicenseExpression e = parse("(CC-BY-SA-4.0 OR GPL-3.0-or-later) AND CC0-1.0");

        assertThat(e).isInstanceOf(And.class);
        assertThat(e.canonical()).isEqualTo("(CC-BY-SA-4.0 OR GPL-3.0-or-later) AND CC0-1.0");
    }

    @Test
    void orLaterAndWith() throws Exception {
        assertThat(parse("CC-BY-SA-3.0+")).isEqualTo(new Id("CC-BY-SA-3.0", true));
        assertThat(parse("GPL-2.0-or-later WITH Classpath-exception-2.0"))
                .isEqualTo(new With(new Id("GPL-2.0-or-later", false), "Classpath-exception-2.0"));
    }

    @Test
    void lowerCaseOperatorsAreAccepted() throws Exception {
        assertThat(parse("cc-by-4.0 and mit").canonical()).isEqualTo("cc-by-4.0 AND mit");
    }

    @Test
    void licenseRefsAreIds() throws Exception {
        Id id = (Id) parse("LicenseRef-PhysioNet-Credentialed-Health-Data-1.5.0");

        assertThat(id.isRef()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CC-BY-4.0 AND              | 14 | ends where a licence id",
        "CC-BY-4.0 And MIT          | 11 | as AND",
        "(CC-BY-4.0 OR MIT          | 18 | ')'",
        "CC-BY-4.0 MIT              | 11 | unexpected 'MIT'",
        "AND MIT                    | 1  | expected a licence id",
        "CC BY 4.0                  | 4  | unexpected 'BY'",
        "CC-BY-4.0 WITH             | 15 | exception id",
        "'CC-BY-4.0, MIT'           | 1  | not a licence id",
        "''                         | 1  | empty",
    })
    void syntaxErrorsSayWhereAndWhat(String expression, int column, String message) {
        LicenseSyntaxException e = catchThrowableOfType(LicenseSyntaxException.class, () -> parse(expression));

        assertThat(e).as(expression).isNotNull();
        assertThat(e.getMessage()).contains(message);
        assertThat(e.column()).isEqualTo(column);
    }
}
