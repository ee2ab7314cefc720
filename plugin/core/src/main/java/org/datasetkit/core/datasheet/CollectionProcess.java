package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/**
 * How the data was collected ({@code collection}).
 *
 * @param methods such as Secondary data analysis, Registry, Clinical trial
 * @param timeframe when the data was collected
 */
public record CollectionProcess(List<String> methods, Optional<LocalizedText> description, Optional<DateRange> timeframe,
        List<String> geographicCoverage, Optional<LocalizedText> population, Optional<LocalizedText> sampling,
        List<Instrument> instruments) {

    /** A device the data was recorded with. */
    public record Instrument(String manufacturer, Optional<String> model) {}

    public CollectionProcess {
        methods = List.copyOf(methods);
        geographicCoverage = List.copyOf(geographicCoverage);
        instruments = List.copyOf(instruments);
    }
}
