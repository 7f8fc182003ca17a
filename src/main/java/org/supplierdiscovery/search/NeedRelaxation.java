package org.supplierdiscovery.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.search.NeedParser.Clause;
import org.supplierdiscovery.search.NeedParser.Occur;

/**
 * What to search when a need found nothing, step by step, each step only when the one before found
 * nothing: fewer words (the required words fewest suppliers match dropped first, a word no supplier
 * uses before any other), then each concept on its own (a supplier need cover only one: quotes, + and
 * the excluded words let go), then related concepts (a value of the same taxonomy dimension whose
 * suppliers most overlap with those of a value the need names), then meaning (the suppliers nearest the need
 * as a sentence, when it has two plain words or more). Every candidate is a need as a buyer could type it,
 * counted by the engine under the request's filters; the first that finds suppliers is the answer.
 */
final class NeedRelaxation {
  /** At most this many needs are counted for one relaxation, so a long need stays cheap. */
  static final int MAX_COUNTS = 16;

  /** Dimensions whose values relate by the suppliers they share (a region or framework does not). */
  private static final List<Dimension> RELATED_DIMENSIONS = List.of(Dimension.CAPABILITY, Dimension.PATHWAY,
      Dimension.TECHNOLOGY_AREA, Dimension.STANDARD);

  /** The engine's side: how it reads and counts a need, and which values relate. */
  interface Engine {
    /** How many suppliers the need finds under the request's filters. */
    long count(String need);

    /** How many suppliers nearest the need in meaning are close enough, under the request's filters. */
    long countByMeaning(String need);

    /** The concepts the engine reads in a need. */
    List<Concept> concepts(String need);

    /** Values of the concept's dimension whose suppliers most overlap with its own, closest first. */
    List<String> related(Concept taxonomyConcept);
  }

  /** The steps, in the order they are tried. */
  enum Step {
    FEWER_WORDS("fewer-words"), EACH_CONCEPT("each-concept"), RELATED_CONCEPTS("related-concepts"), MEANING("meaning");

    private final String label;

    Step(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /** A need to search instead: the step that made it, what of the need it leaves out, and why, in words. */
  record Attempt(Step step, String need, List<String> dropped, String reason) {
    Attempt {
      dropped = List.copyOf(dropped);
    }
  }

  private final NeedParser parser;

  NeedRelaxation(NeedParser parser) {
    this.parser = parser;
  }

  /** The first looser need that finds suppliers, or none. */
  Optional<Attempt> relax(String need, Engine engine) {
    Counter counter = new Counter(engine);
    List<Clause> clauses = parser.parse(need);
    Optional<Attempt> found = fewerWords(clauses, counter);
    if (found.isEmpty()) {
      found = eachConcept(clauses, counter);
    }
    if (found.isEmpty()) {
      found = relatedConcepts(need, counter, engine);
    }
    if (found.isEmpty() && engine.countByMeaning(need) > 0) {
      // the last step, whatever was counted before: the need's own words, read as a sentence
      found = Optional.of(new Attempt(Step.MEANING, need, List.of(),
          "closest in meaning to the need, though none of its words matched"));
    }
    return found;
  }

  /**
   * The required words, fewest-matched first, dropped one at a time; the other words stay as typed. Only
   * required words decide what matches (the others only rank), so only they are worth dropping.
   */
  private Optional<Attempt> fewerWords(List<Clause> clauses, Counter counter) {
    List<Clause> required = clauses.stream().filter(c -> c.occur() == Occur.MUST).toList();
    List<Clause> order = new ArrayList<>(required.reversed());
    Map<Clause, Long> matched = new HashMap<>();
    order.forEach(c -> matched.put(c, counter.count(words(c))));
    // a stable sort: among words matched equally often, the later one goes first
    order.sort(Comparator.comparingLong(matched::get));
    List<Clause> kept = new ArrayList<>(clauses);
    List<String> dropped = new ArrayList<>();
    for (Clause drop : order) {
      kept.remove(drop);
      dropped.add(words(drop));
      if (kept.stream().noneMatch(c -> c.occur() != Occur.MUST_NOT)) {
        break;
      }
      String looser = render(kept);
      if (counter.count(looser) > 0) {
        return Optional.of(new Attempt(Step.FEWER_WORDS, looser, dropped, "without " + String.join(", ", dropped)));
      }
    }
    return Optional.empty();
  }

  /** Every word and phrase as an ordinary concept, none required or quoted, and no word excluded. */
  private Optional<Attempt> eachConcept(List<Clause> clauses, Counter counter) {
    List<Clause> plain = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (Clause c : clauses) {
      if (c.occur() == Occur.MUST_NOT) {
        dropped.add("-" + words(c));
      } else {
        plain.add(new Clause(c.text(), false, c.prefix(), Occur.SHOULD));
      }
    }
    String looser = render(plain);
    if (looser.isEmpty() || looser.equals(render(clauses)) || counter.count(looser) == 0) {
      return Optional.empty();
    }
    String reason = "each word on its own: quotes and + ignored"
        + (dropped.isEmpty() ? "" : ", without " + String.join(", ", dropped));
    return Optional.of(new Attempt(Step.EACH_CONCEPT, looser, dropped, reason));
  }

  /**
   * A value often found with a named one, for the first named value that has one with suppliers under
   * the filters; it is searched alone, so every concept of the need is left out.
   */
  private Optional<Attempt> relatedConcepts(String need, Counter counter, Engine engine) {
    List<Concept> concepts = engine.concepts(need);
    List<String> dropped = concepts.stream().map(Concept::label).toList();
    for (Concept c : concepts) {
      if (counter.exhausted()) {
        break;
      }
      if (c.kind() != Concept.Kind.TAXONOMY || !RELATED_DIMENSIONS.contains(c.dimension())) {
        continue;
      }
      for (String value : engine.related(c)) {
        if (counter.count(value) > 0) {
          return Optional.of(new Attempt(Step.RELATED_CONCEPTS, value, dropped,
              value + ", often found with " + c.label() + " in the catalogue"));
        }
      }
    }
    return Optional.empty();
  }

  /** Clauses back as a need the parser reads the same way: signs, quotes and prefix stars kept. */
  static String render(List<Clause> clauses) {
    List<String> parts = new ArrayList<>();
    for (Clause c : clauses) {
      String sign = switch (c.occur()) {
        case MUST -> "+";
        case MUST_NOT -> "-";
        case SHOULD -> "";
      };
      // an excluded token the parser split at a syntax character ("-a/b") is excluded as those words together
      if (c.phrase() || (c.occur() == Occur.MUST_NOT && c.text().contains(" "))) {
        parts.add(sign + '"' + c.text() + '"');
      } else {
        // any other such token ("+a/b") is several words, each with the sign
        for (String word : c.text().split(" ", -1)) {
          parts.add(sign + word + (c.prefix() ? "*" : ""));
        }
      }
    }
    return String.join(" ", parts);
  }

  /** A clause's words as the buyer reads them: a phrase in quotes, a prefix with its star, no sign. */
  private static String words(Clause c) {
    return render(List.of(new Clause(c.text(), c.phrase(), c.prefix(), Occur.SHOULD)));
  }

  /** Counts needs once each, and no more than {@link #MAX_COUNTS} (beyond that, a need counts as none). */
  private static final class Counter {
    private final Engine engine;
    private final Map<String, Long> counted = new HashMap<>();

    Counter(Engine engine) {
      this.engine = engine;
    }

    long count(String need) {
      Long known = counted.get(need);
      if (known != null) {
        return known;
      }
      long n = exhausted() ? 0 : engine.count(need);
      counted.put(need, n);
      return n;
    }

    boolean exhausted() {
      return counted.size() >= MAX_COUNTS;
    }
  }
}
