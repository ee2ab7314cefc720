package org.datasetkit.core.report;

import static org.datasetkit.core.report.Markup.esc;

import java.util.List;
import java.util.Optional;
import org.datasetkit.core.datasheet.LocalizedText;

/** The HTML being written, with the few shapes the report is made of; everything added as text is escaped. */
final class Page {

    private final StringBuilder html = new StringBuilder(64 * 1024);

    Page raw(String markup) {
        html.append(markup);
        return this;
    }

    Page section(String id, String title) {
        html.append("<section id=\"").append(id).append("\"><h2>").append(esc(title)).append("</h2>\n");
        return this;
    }

    Page end() {
        html.append("</section>\n");
        return this;
    }

    Page h3(String title) {
        html.append("<h3>").append(esc(title)).append("</h3>\n");
        return this;
    }

    Page para(String text) {
        html.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    Page note(String text) {
        html.append("<p class=\"note\">").append(esc(text)).append("</p>\n");
        return this;
    }

    /** A free text in its first language, and each other translation beside it, marked with its language. */
    Page text(LocalizedText text) {
        html.append(texts(text));
        return this;
    }

    static String texts(LocalizedText text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.translations().size(); i++) {
            LocalizedText.Translation t = text.translations().get(i);
            out.append("<p").append(i > 0 ? " class=\"lang\"" : "")
                    .append(t.language().map(l -> " lang=\"" + esc(l) + "\"").orElse("")).append('>')
                    .append(esc(t.text())).append("</p>");
        }
        return out.toString();
    }

    /** A list of labelled values; the rows without a value are left out, and nothing is written when all are. */
    Page fields(List<Field> fields) {
        List<Field> present = fields.stream().filter(f -> f.html().isPresent()).toList();
        if (present.isEmpty()) {
            return this;
        }
        html.append("<dl class=\"fields\">");
        for (Field f : present) {
            html.append("<dt>").append(esc(f.term())).append("</dt><dd>").append(f.html().get()).append("</dd>");
        }
        html.append("</dl>\n");
        return this;
    }

    Page figure(Figure figure) {
        html.append(figure.html());
        return this;
    }

    @Override
    public String toString() {
        return html.toString();
    }

    /** One row of a field list: {@code html} is markup already escaped. */
    record Field(String term, Optional<String> html) {

        static Field text(String term, Optional<String> value) {
            return new Field(term, value.filter(v -> !v.isBlank()).map(Markup::esc));
        }

        static Field text(String term, String value) {
            return text(term, Optional.ofNullable(value));
        }

        static Field localized(String term, Optional<LocalizedText> value) {
            return new Field(term, value.map(Page::texts));
        }

        static Field list(String term, List<String> values) {
            return new Field(term, values.isEmpty() ? Optional.empty() : Optional.of(esc(String.join(", ", values))));
        }

        static Field yesNo(String term, Optional<Boolean> value) {
            return new Field(term, value.map(v -> v ? "yes" : "no"));
        }
    }
}
