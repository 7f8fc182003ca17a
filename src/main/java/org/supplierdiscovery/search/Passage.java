package org.supplierdiscovery.search;

import java.util.List;

/**
 * A passage of one of a supplier's fields with the words Lucene matched marked by their character
 * offsets in {@code text}: plain text and ranges, never markup, so a client renders it as text.
 */
public record Passage(String field, String text, List<Mark> marks) {
  public Passage {
    marks = List.copyOf(marks);
  }

  /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the passage's text. */
  public record Mark(int start, int end) {}
}
