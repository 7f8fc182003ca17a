package org.supplierdiscovery.records;

/** A new organisation with its key, the only time the key is ever seen: only its hash is stored. */
public record IssuedKey(Organisation organisation, String key) {}
