package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/**
 * What the datasheet says about personal data in the dataset.
 *
 * @param contains whether the data holds personal data at all
 * @param sensitive special categories (GDPR art. 9), such as health data
 * @param types kinds of personal data, in words
 * @param codeKeyRetained whether a key linking pseudonyms to people is kept somewhere
 */
public record PersonalData(boolean contains, Optional<Boolean> sensitive, List<String> types,
        Optional<Boolean> codeKeyRetained, Optional<Deidentification> deidentification) {

    public PersonalData {
        types = List.copyOf(types);
    }
}
