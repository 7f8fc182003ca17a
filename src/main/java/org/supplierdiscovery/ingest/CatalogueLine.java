package org.supplierdiscovery.ingest;

/** One line of a catalogue file and what validation made of it. */
public record CatalogueLine(long number, Validation validation) {}
