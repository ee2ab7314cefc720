package org.datasetkit.core.bag;

/** A tag file of a bag (any file outside {@code data/}), with its content. */
public record TagFile(String name, byte[] content) {}
