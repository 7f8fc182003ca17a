package org.supplierdiscovery.search;

/** One type-ahead completion: the text to show, what it is, and the supplier it leads to, if any. */
public record Suggestion(String text, String kind, String id) {}
