package org.supplierdiscovery.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supplierdiscovery.web.ApiCalls.names;
import static org.supplierdiscovery.web.ApiCalls.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** When a need finds nothing, the page says what to try instead, and each offer is one click. */
class ZeroResultsIT extends PageTest {
  /** A misspelling that, with this filter, matches nothing; without the filter it does. */
  static final String[] TYPO_IN_SECURITY = {"q=pandnts", "technologyArea=Security"};

  @Test
  void aCorrectionThatFindsNothingSaysSoAndLeadsBackToTheWordsAsTyped() throws Exception {
    JsonNode expected = api.search(TYPO_IN_SECURITY);
    assertEquals(0, expected.path("total").asLong());
    String suggestion = expected.path("didYouMean").asText(null);
    assertNotNull(suggestion, "the fixture's typo has a correction");
    assertEquals(suggestion, expected.path("searched").asText());

    page.open("/?" + query(TYPO_IN_SECURITY));
    assertEquals("0 suppliers for “" + suggestion + "”", page.text(BuyerPage.COUNT));
    assertEquals("Searched for " + suggestion + "; search instead for pandnts",
        page.text(By.cssSelector(".no-results .did-you-mean")));
    page.click(By.cssSelector(".as-typed-link"));
    assertEquals(Map.of("q", List.of("pandnts"), "technologyArea", List.of("Security"), "asTyped", List.of("true")),
        page.params());
    assertEquals("pandnts", page.searchBoxValue());
    assertEquals("Did you mean " + suggestion + "?", page.text(By.cssSelector(".no-results .did-you-mean")));
    page.click(By.cssSelector(".did-you-mean-link"));
    assertEquals(Map.of("q", List.of(suggestion), "technologyArea", List.of("Security")), page.params());
  }

  @Test
  void dropFilterSuggestionRemovesJustThatFilter() throws Exception {
    String[] params = {"q=video consultation", "technologyArea=Wearables", "sort=name"};
    JsonNode expected = api.search(params);
    assertEquals(0, expected.path("total").asLong());
    JsonNode drop = expected.path("dropFilters").get(0);
    assertEquals("technologyArea", drop.path("dimension").asText());
    assertEquals("Wearables", drop.path("value").asText());

    page.open("/?" + query(params));
    By link = By.cssSelector(".drop-filter[data-dim='technologyArea'][data-value='Wearables']");
    long total = drop.path("total").asLong();
    assertEquals(
        "Without Technology area: Wearables (" + total + (total == 1 ? " supplier)" : " suppliers)"),
        driver.findElement(link).findElement(By.xpath("..")).getText());
    page.click(link);
    assertEquals(Map.of("q", List.of("video consultation"), "sort", List.of("name")), page.params());
    assertEquals("video consultation", page.searchBoxValue());
    assertEquals(names(api.search("q=video consultation", "sort=name").path("hits")), page.hitNames());
    assertEquals(total, page.hitNames().size());
  }

  @Test
  void relaxedResultsAreShownInsteadOfABlankPage() throws Exception {
    String need = "+wearable +kiosk";
    JsonNode expected = api.search("q=" + need);
    assertEquals(0, expected.path("total").asLong());
    JsonNode relaxed = expected.path("relaxed");
    assertFalse(relaxed.isMissingNode() || relaxed.isNull(), "the API relaxes + and -");

    page.open("/?" + query("q=" + need));
    long total = relaxed.path("total").asLong();
    assertEquals(
        total + (total == 1 ? " supplier" : " suppliers") + " for “" + relaxed.path("query").asText() + "” instead",
        page.text(By.id("relaxed-title")));
    assertEquals(names(relaxed.path("hits")), page.texts(By.cssSelector(".relaxed .hit-title a")));
    assertTrue(page.text(By.cssSelector(".relaxed-reason")).contains(relaxed.path("reason").asText()));
  }

  @Test
  void matchesOnlyInOtherStatusesAreOfferedAndOneClickIncludesThem() throws Exception {
    JsonNode expected = api.search("q=kiosks");
    assertEquals(0, expected.path("total").asLong());
    assertEquals("removed", expected.path("includeStatus").path(0).path("status").asText());

    page.open("/?q=kiosks");
    By link = By.cssSelector(".include-status-link[data-status='removed']");
    assertEquals("Include removed listings (1 supplier)",
        driver.findElement(link).findElement(By.xpath("..")).getText());
    page.click(link);
    assertEquals(Map.of("q", List.of("kiosks"), "status", List.of("active", "removed")), page.params());
    assertEquals(List.of("Legacy Telehealth"), page.hitNames());
  }

  @Test
  void aNeedThatIsExactlyTheNameOfASupplierLeftOutLeadsToItsRecord() throws Exception {
    JsonNode expected = api.search("q=Legacy Telehealth");
    assertEquals("legacytele", expected.path("namedSuppliers").path(0).path("id").asText());

    page.open("/?q=Legacy%20Telehealth");
    By link = By.cssSelector(".named-supplier[data-supplier='legacytele']");
    assertTrue(
        driver.findElement(link).findElement(By.xpath("..")).getText().startsWith("Legacy Telehealth (removed on "));
    page.click(link);
    assertEquals("Legacy Telehealth", page.text(BuyerPage.DETAIL_NAME));
  }
}
