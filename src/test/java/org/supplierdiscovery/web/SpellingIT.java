package org.supplierdiscovery.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.supplierdiscovery.web.ApiCalls.names;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A corrected need says what was searched and leads back, in one click, to the words as typed. */
class SpellingIT extends PageTest {
  static final By CORRECTED = By.cssSelector("#result-list > .did-you-mean.corrected");

  @Test
  void aCorrectedNeedShowsWhatWasSearchedAndOffersTheWordsAsTyped() throws Exception {
    JsonNode corrected = api.search("q=fraility");
    assertEquals("frailty", corrected.path("searched").asText());
    page.open("/?q=fraility");
    assertEquals(corrected.path("total").asLong() + " suppliers for “frailty”", page.text(BuyerPage.COUNT));
    assertEquals("Showing results for frailty; search instead for fraility", page.text(CORRECTED));
    assertEquals(names(corrected.path("hits")), page.hitNames());

    page.click(By.cssSelector(".as-typed-link"));
    assertEquals(Map.of("q", List.of("fraility"), "asTyped", List.of("true")), page.params());
    JsonNode asTyped = api.search("q=fraility", "asTyped=true");
    assertEquals("fraility", asTyped.path("searched").asText());
    assertEquals(asTyped.path("total").asLong() + " suppliers for “fraility”", page.text(BuyerPage.COUNT));
    assertEquals("Did you mean frailty?", page.text(By.cssSelector(".did-you-mean")));
  }

  @Test
  void aRealWordNoSupplierUsesIsSearchedAsTyped() throws Exception {
    JsonNode r = api.search("q=atrial");
    assertEquals("atrial", r.path("searched").asText());
    page.open("/?q=atrial");
    assertEquals("0 suppliers for “atrial”", page.text(BuyerPage.COUNT));
    assertEquals(List.of(), page.texts(By.cssSelector(".did-you-mean")));
  }
}
