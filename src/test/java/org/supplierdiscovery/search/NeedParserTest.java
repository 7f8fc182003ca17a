package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.search.NeedParser.Clause;
import org.supplierdiscovery.search.NeedParser.Occur;

class NeedParserTest {
  private final NeedParser parser = new NeedParser(3);

  @Test
  void readsPhrasesSignsAndPrefixes() {
    assertEquals(
        List.of(
            new Clause("virtual ward", true, false, Occur.SHOULD),
            new Clause("copd", false, false, Occur.MUST),
            new Clause("paper", false, false, Occur.MUST_NOT),
            new Clause("monit", false, true, Occur.SHOULD)),
        parser.parse("\"virtual ward\" +copd -paper monit*"));
  }

  @Test
  void excludesAPhrase() {
    assertEquals(
        List.of(new Clause("sport tracker", true, false, Occur.MUST_NOT)),
        parser.parse("-\"sport tracker\""));
  }

  @Test
  void shortPrefixesAndLeadingWildcardsArePlainWords() {
    assertEquals(
        List.of(new Clause("ab", false, false, Occur.SHOULD), new Clause("abc", false, false, Occur.SHOULD)),
        parser.parse("ab* *abc"));
  }

  @Test
  void unbalancedQuotesAreIgnored() {
    assertEquals(
        List.of(new Clause("remote", false, false, Occur.SHOULD), new Clause("monitoring", false, false, Occur.SHOULD)),
        parser.parse("\"remote monitoring"));
  }

  @Test
  void regexFuzzyAndFieldSyntaxBecomeWords() {
    assertEquals(List.of(new Clause(". a. 30", false, false, Occur.SHOULD)), parser.parse("/.*a.{30}/"));
    assertEquals(List.of(new Clause("a 2", false, false, Occur.SHOULD)), parser.parse("a~2"));
    assertEquals(List.of(new Clause("name wearables", false, false, Occur.SHOULD)), parser.parse("name:wearables"));
  }

  @Test
  void thousandsOfBracketsParseToNothing() {
    assertEquals(List.of(), parser.parse("(".repeat(10_000)));
  }
}
