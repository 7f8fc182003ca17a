package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.search.NeedRelaxation.Attempt;
import org.supplierdiscovery.search.NeedRelaxation.Step;

/** The order in which a need that found nothing is loosened, against an engine whose counts are given. */
class NeedRelaxationTest {
  private static final Concept TELEHEALTH = new Concept("telehealth", Concept.Kind.TAXONOMY, Dimension.CAPABILITY,
      "Telehealth", "m", false, false, false);
  private static final Concept LONDON = new Concept("london", Concept.Kind.TAXONOMY, Dimension.REGION, "London", "r",
      false, false, false);

  private final NeedRelaxation relaxation = new NeedRelaxation(new NeedParser(3));

  /** Counts from a table (anything else finds nothing), and the needs counted, in order. */
  private static final class Engine implements NeedRelaxation.Engine {
    final Map<String, Long> counts;
    final List<Concept> concepts;
    final Map<String, List<String>> related;
    final List<String> counted = new ArrayList<>();

    Engine(Map<String, Long> counts, List<Concept> concepts, Map<String, List<String>> related) {
      this.counts = counts;
      this.concepts = concepts;
      this.related = related;
    }

    @Override
    public long count(String need) {
      counted.add(need);
      return counts.getOrDefault(need, 0L);
    }

    /** By meaning, a need counts as its entry "~need" in the table. */
    @Override
    public long countByMeaning(String need) {
      return counts.getOrDefault("~" + need, 0L);
    }

    @Override
    public List<Concept> concepts(String need) {
      return concepts;
    }

    @Override
    public List<String> related(Concept c) {
      return related.getOrDefault(c.value(), List.of());
    }
  }

  private static Engine counts(Map<String, Long> counts) {
    return new Engine(counts, List.of(), Map.of());
  }

  @Test
  void fewerWordsDropsTheRequiredWordsFewestSuppliersMatchFirst() {
    Engine engine = counts(Map.of("wearable", 50L, "frailty", 10L, "kiosk", 2L, "+wearable", 50L));
    assertEquals(
        Optional.of(new Attempt(Step.FEWER_WORDS, "+wearable", List.of("kiosk", "frailty"), "without kiosk, frailty")),
        relaxation.relax("+wearable +kiosk +frailty", engine));
    assertEquals(List.of("frailty", "kiosk", "wearable", "+wearable +frailty", "+wearable"), engine.counted);
  }

  @Test
  void aWordNoSupplierUsesGoesFirstAndEqualCountsDropTheLaterWord() {
    Engine engine = counts(Map.of("wearable", 5L, "frailty", 5L, "+wearable +frailty", 3L));
    assertEquals("+wearable +frailty", relaxation.relax("+zorgblat +wearable +frailty", engine).orElseThrow().need());

    Engine tie = counts(Map.of("wearable", 5L, "frailty", 5L, "+wearable", 5L, "+frailty", 5L));
    Attempt a = relaxation.relax("+wearable +frailty", tie).orElseThrow();
    assertEquals("+wearable", a.need());
    assertEquals(List.of("frailty"), a.dropped());
  }

  @Test
  void optionalWordsStayAsTypedWhileRequiredOnesAreDropped() {
    Engine engine = counts(Map.of("+\"remote care\" home -video", 7L));
    assertEquals(
        Optional.of(new Attempt(Step.FEWER_WORDS, "+\"remote care\" home -video", List.of("kiosk*"),
            "without kiosk*")),
        relaxation.relax("+\"remote care\" +kiosk* home -video", engine));
  }

  @Test
  void eachConceptComesWhenFewerWordsFindNothing() {
    Engine engine = counts(Map.of("remote wearable frailty", 4L));
    assertEquals(
        Optional.of(new Attempt(Step.EACH_CONCEPT, "remote wearable frailty", List.of("-video"),
            "each word on its own: quotes and + ignored, without -video")),
        relaxation.relax("+\"remote wearable\" +frailty -video", engine));
    assertEquals(List.of("frailty", "\"remote wearable\"", "+\"remote wearable\" -video", "remote wearable frailty"),
        engine.counted);
  }

  @Test
  void relatedConceptsComeLastFromTheFirstNamedValueOfARelatedDimension() {
    Engine engine = new Engine(Map.of("Remote monitoring", 4L), List.of(LONDON, TELEHEALTH),
        Map.of("London", List.of("South East"), "Telehealth", List.of("Telecare", "Remote monitoring")));
    assertEquals(
        Optional.of(new Attempt(Step.RELATED_CONCEPTS, "Remote monitoring", List.of("London", "Telehealth"),
            "Remote monitoring, often found with Telehealth in the catalogue")),
        relaxation.relax("telehealth london", engine));
    assertEquals(List.of("Telecare", "Remote monitoring"), engine.counted, "regions are not related by suppliers");
  }

  @Test
  void nothingIsOfferedWhenNoStepFindsSuppliersAndCountingIsBounded() {
    Engine engine = new Engine(Map.of(), List.of(TELEHEALTH), Map.of("Telehealth", List.of("Telecare")));
    assertEquals(Optional.empty(), relaxation.relax("+kiosk", engine));
    assertEquals(List.of("kiosk", "Telecare"), engine.counted, "each need is counted once");

    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      many.append(" +word").append(i);
    }
    Engine bounded = counts(Map.of());
    assertEquals(Optional.empty(), relaxation.relax(many.toString(), bounded));
    assertEquals(NeedRelaxation.MAX_COUNTS, bounded.counted.size());
  }

  @Test
  void aRenderedNeedParsesBackToTheSameClauses() {
    NeedParser parser = new NeedParser(3);
    for (String need : List.of("+\"remote care\" kiosk* -video +frailty", "\"one\" +two -\"three four\"")) {
      List<NeedParser.Clause> clauses = parser.parse(need);
      assertEquals(clauses, parser.parse(NeedRelaxation.render(clauses)), need);
    }
    // words split at a syntax character: excluded together (as the need excluded them), required each
    assertEquals("-\"a b\" +c +d wearable", NeedRelaxation.render(parser.parse("-a/b +c/d wearable")));
  }

  @Test
  void meaningIsTheLastStepWhenNoLooserWordsFindAnything() {
    Engine engine = counts(Map.of("~+kit +falls", 4L));
    assertEquals(
        Optional.of(new Attempt(Step.MEANING, "+kit +falls", List.of(),
            "closest in meaning to the need, though none of its words matched")),
        relaxation.relax("+kit +falls", engine));
  }

  @Test
  void meaningWaitsForTheWordSteps() {
    Engine engine = counts(Map.of("+kit", 3L, "~+kit +falls", 4L));
    assertEquals(Step.FEWER_WORDS, relaxation.relax("+kit +falls", engine).orElseThrow().step());
  }
}
