package org.supplierdiscovery.records;

import java.time.Instant;

/**
 * A search saved into a project: the request as the search API takes it (JSON), the sentence that
 * sums it up and the number of suppliers it found at the catalogue generation it ran on.
 */
public record SavedSearch(
    String id, String request, String summary, long total, long generation, Instant savedAt, boolean active) {}
