package org.supplierdiscovery.search;

import java.util.ArrayList;
import java.util.List;
import org.supplierdiscovery.catalogue.Dimension;

/**
 * One idea in a buyer's need: a taxonomy value it names (in any of its synonyms), a quoted phrase, a
 * prefix, or a plain word. Ranking rewards suppliers that cover more of them. A taxonomy value the
 * need names in several ways ("command centre for bed management and patient flow") is one concept
 * that remembers each way ({@code alsoNamed}), so suppliers using the buyer's words rank first.
 */
public record Concept(
    String text,
    Kind kind,
    Dimension dimension,
    String value,
    boolean required,
    boolean weak,
    List<String> alsoNamed) {

  public Concept {
    alsoNamed = alsoNamed == null ? List.of() : List.copyOf(alsoNamed);
  }

  public Concept(String text, Kind kind, Dimension dimension, String value, boolean required, boolean weak) {
    this(text, kind, dimension, value, required, weak, List.of());
  }

  public enum Kind {
    TAXONOMY,
    PHRASE,
    PREFIX,
    TERM
  }

  public static Concept taxonomy(String text, Dimension dimension, String value, boolean required) {
    return new Concept(text, Kind.TAXONOMY, dimension, value, required, false);
  }

  public static Concept term(String text, boolean required, boolean weak) {
    return new Concept(text, Kind.TERM, null, null, required, weak);
  }

  /** The same idea, also named as {@code other} in the need, required if either mention is. */
  Concept alsoNamedAs(Concept other) {
    List<String> names = new ArrayList<>(alsoNamed);
    for (String n : other.names()) {
      if (!n.equals(text) && !names.contains(n)) {
        names.add(n);
      }
    }
    return new Concept(text, kind, dimension, value, required || other.required(), weak, names);
  }

  /** Every way the need named this concept, first mention first. */
  public List<String> names() {
    List<String> names = new ArrayList<>(List.of(text));
    names.addAll(alsoNamed);
    return names;
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
