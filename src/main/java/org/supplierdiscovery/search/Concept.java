package org.supplierdiscovery.search;

import org.supplierdiscovery.analysis.ConceptDictionary;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.semantic.ConceptsByMeaning;

/**
 * One idea in a buyer's need: a taxonomy value it names (in any of its synonyms), a quoted phrase, a
 * prefix, or a plain word. Ranking rewards suppliers that cover more of them. A concept the dictionary
 * knows (a taxonomy value, or a word or phrase with synonyms) has its {@code mark}, the term every one
 * of its names was indexed as, so a need that names it several ways still holds one concept and is
 * searched as one term. A {@code context} concept ("trust", "pathway") says where the buyer is rather
 * than what they buy: it scores a little, to break ties, and never counts toward "Covers N of M". A
 * {@code meaning} concept was read from the need's meaning rather than its words ({@link
 * ConceptsByMeaning}): it ranks suppliers that cover it, and is shown apart from the words' concepts.
 */
public record Concept(
    String text,
    Kind kind,
    Dimension dimension,
    String value,
    String mark,
    boolean required,
    boolean context,
    boolean meaning) {

  public enum Kind {
    TAXONOMY, PHRASE, PREFIX, TERM
  }

  /** A name the dictionary knows: a taxonomy value, or a word or phrase of a synonym group. */
  static Concept named(String text, ConceptDictionary.Entry e, int words, boolean required, boolean context) {
    Kind kind = e.taxonomy() ? Kind.TAXONOMY : words > 1 ? Kind.PHRASE : Kind.TERM;
    return new Concept(text, kind, e.dimension(), e.value(), e.term(), required, context && !e.taxonomy(), false);
  }

  /** A concept the need's meaning is close to, by its name closest to the need; never required. */
  static Concept byMeaning(ConceptsByMeaning.Reading r) {
    ConceptDictionary.Entry e = r.concept();
    Kind kind = e.taxonomy() ? Kind.TAXONOMY : r.name().contains(" ") ? Kind.PHRASE : Kind.TERM;
    return new Concept(r.name(), kind, e.dimension(), e.value(), e.term(), false, false, true);
  }

  /** A plain word, with no synonyms. */
  public static Concept term(String text, boolean required, boolean context) {
    return new Concept(text, Kind.TERM, null, null, null, required, context, false);
  }

  /** Words as typed: a quoted phrase or a prefix. */
  static Concept typed(String text, Kind kind, boolean required) {
    return new Concept(text, kind, null, null, null, required, false, false);
  }

  /** The same concept, required if it already was or {@code alsoRequired} is. */
  Concept requiredIf(boolean alsoRequired) {
    return alsoRequired && !required ? new Concept(text, kind, dimension, value, mark, true, context, meaning) : this;
  }

  /** The same words read as the buyer's context: they may break ties, never count as covered. */
  Concept asContext() {
    return new Concept(text, kind, dimension, value, mark, required, true, meaning);
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
