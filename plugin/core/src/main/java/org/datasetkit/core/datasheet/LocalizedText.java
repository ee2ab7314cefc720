package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/**
 * Free text as the datasheet gives it: a plain string, or a language map such as {@code {en: ..., sv: ...}}.
 *
 * @param translations in the order written; one without a language when the text is a plain string
 */
public record LocalizedText(List<Translation> translations) {

    /**
     * The text in one language.
     *
     * @param language a BCP 47 code, or empty for a plain string (its language is not stated)
     */
    public record Translation(Optional<String> language, String text) {}

    public LocalizedText {
        translations = List.copyOf(translations);
        if (translations.isEmpty()) {
            throw new IllegalArgumentException("a text has at least one translation");
        }
    }

    public static LocalizedText plain(String text) {
        return new LocalizedText(List.of(new Translation(Optional.empty(), text)));
    }

    /** The English text where there is one, else the first written (a plain string is taken as it is). */
    public String english() {
        return in("en").orElse(translations.get(0).text());
    }

    /** The text in {@code language}; a plain string has no stated language, so it is never found here. */
    public Optional<String> in(String language) {
        return translations.stream().filter(t -> t.language().filter(language::equals).isPresent())
                .map(Translation::text).findFirst();
    }

    /** Whether the datasheet gave a language map rather than a plain string. */
    public boolean isLanguageMap() {
        return translations.get(0).language().isPresent();
    }
}
