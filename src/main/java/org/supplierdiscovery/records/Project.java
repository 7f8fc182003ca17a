package org.supplierdiscovery.records;

import java.time.Instant;

/** A buyer's named piece of work; {@code activeSearchId} is null until a search is saved. */
public record Project(String id, String name, String activeSearchId, Instant createdAt) {}
