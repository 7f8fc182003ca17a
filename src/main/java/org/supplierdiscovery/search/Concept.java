package org.supplierdiscovery.search;

import org.supplierdiscovery.catalogue.Dimension;

/**
 * One idea in a buyer's need: a taxonomy value it names (in any of its synonyms), a quoted phrase, a
 * prefix, or a plain word. Ranking rewards suppliers that cover more of them. A taxonomy value is
 * queried with all its synonyms, so a need that names it several ways still holds one concept.
 */
public record Concept(
    String text, Kind kind, Dimension dimension, String value, boolean required, boolean weak) {

  public enum Kind {
    TAXONOMY, PHRASE, PREFIX, TERM
  }

  public static Concept taxonomy(String text, Dimension dimension, String value, boolean required) {
    return new Concept(text, Kind.TAXONOMY, dimension, value, required, false);
  }

  public static Concept term(String text, boolean required, boolean weak) {
    return new Concept(text, Kind.TERM, null, null, required, weak);
  }

  /** The same concept, required if it already was or {@code alsoRequired} is. */
  Concept requiredIf(boolean alsoRequired) {
    return alsoRequired && !required ? new Concept(text, kind, dimension, value, true, weak) : this;
  }

  /** The name buyers see: the taxonomy label where there is one, else the words typed. */
  public String label() {
    return value != null ? value : text;
  }

  /** What kind of concept, in the buyer's terms: a dimension name, or "phrase", "prefix", "word". */
  public String kindLabel() {
    return switch (kind) {
      case TAXONOMY -> dimension.param();
      case PHRASE -> "phrase";
      case PREFIX -> "prefix";
      case TERM -> "word";
    };
  }
}
