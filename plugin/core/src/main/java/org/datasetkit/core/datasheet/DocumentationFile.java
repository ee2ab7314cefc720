package org.datasetkit.core.datasheet;

import java.util.Optional;

/**
 * A documentation file in the dataset.
 *
 * @param path relative to the dataset folder
 * @param role readme, codebook, protocol or other
 */
public record DocumentationFile(String path, Optional<String> role, Optional<String> language) {}
