package org.supplierdiscovery.records;

import java.time.Instant;

/**
 * One entry of a project's audit trail: the {@code seq}-th change (from 1), when, by which organisation
 * and (if named) person, of what type, with its detail as JSON; {@code previousHash} is the hash of the
 * entry before (64 zeros for the first) and {@code hash} that of this one's canonical form.
 */
public record ProjectEvent(
    String projectId, int seq, Instant at, String organisationId, String actor, String type, String detail,
    String previousHash, String hash) {}
