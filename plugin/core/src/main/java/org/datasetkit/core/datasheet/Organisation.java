package org.datasetkit.core.datasheet;

import java.util.Optional;

/** An organisation (publisher, principal, affiliation), with its ROR id ({@code https://ror.org/...}) if given. */
public record Organisation(String name, Optional<String> ror) {}
