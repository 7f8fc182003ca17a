package org.supplierdiscovery.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supplierdiscovery.web.ApiCalls.facetCount;
import static org.supplierdiscovery.web.ApiCalls.names;
import static org.supplierdiscovery.web.ApiCalls.query;
import static org.supplierdiscovery.web.SearchPageIT.assertCount;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The filter panel: drill-down with the API's counts, lots under frameworks, chips, long lists. */
class FacetPanelIT extends PageTest {
  static final String LOT = SearchPageIT.LOT;

  @Test
  void facetDrillDownShowsTheApiCounts() throws Exception {
    page.open("/?" + query("q=" + NEED)).tick("technologyArea", "Wearables");
    JsonNode wearables = api.search("q=" + NEED, "technologyArea=Wearables");
    assertCount(wearables);
    assertEquals(facetCount(wearables, "lot", LOT), page.facetCount("lot", LOT));
    assertTrue(facetCount(wearables, "lot", LOT) > 0, "the fixture has a wearable on " + LOT);

    page.tick("lot", LOT);
    JsonNode narrowed = api.search("q=" + NEED, "technologyArea=Wearables", "lot=" + LOT);
    assertCount(narrowed);
    assertEquals(names(narrowed.path("hits")), page.hitNames());
    assertEquals(facetCount(narrowed, "technologyArea", "Wearables"), page.facetCount("technologyArea", "Wearables"));
    assertEquals(facetCount(narrowed, "technologyArea", "Internet of Things (IoT)"),
        page.facetCount("technologyArea", "Internet of Things (IoT)"));
    assertEquals(facetCount(narrowed, "lot", LOT), page.facetCount("lot", LOT));

    page.tick("technologyArea", "Internet of Things (IoT)");
    JsonNode either = api.search("q=" + NEED, "technologyArea=Wearables", "technologyArea=Internet of Things (IoT)",
        "lot=" + LOT);
    assertCount(either);
    assertTrue(either.path("total").asLong() > narrowed.path("total").asLong(), "values of one dimension are OR'd");
    assertEquals(
        Map.of("q", List.of(NEED), "technologyArea", List.of("Wearables", "Internet of Things (IoT)"), "lot",
            List.of(LOT)),
        page.params());
    assertEquals(
        List.of("Remove filter Technology area: Wearables", "Remove filter Technology area: Internet of Things (IoT)",
            "Remove filter Lot: G-Cloud 14, " + LOT),
        driver.findElements(BuyerPage.CHIPS).stream().map(c -> c.getAttribute("aria-label")).toList());
  }

  @Test
  void excludingAValueLeavesItsSuppliersOut() throws Exception {
    page.open("/?" + query("q=" + NEED));
    page.click(By.cssSelector("#facets button[data-exclude='technologyArea'][data-value='Wearables']"));
    assertEquals(Map.of("q", List.of(NEED), "technologyArea.not", List.of("Wearables")), page.params());
    JsonNode without = api.search("q=" + NEED, "technologyArea.not=Wearables");
    assertCount(without);
    assertEquals(names(without.path("hits")), page.hitNames());
    WebElement pressed = driver
        .findElement(By.cssSelector("#facets button[data-exclude='technologyArea'][data-value='Wearables']"));
    assertEquals("true", pressed.getAttribute("aria-pressed"));
    assertEquals(List.of("Remove filter Technology area (not): Wearables"),
        driver.findElements(BuyerPage.CHIPS).stream().map(c -> c.getAttribute("aria-label")).toList());

    page.click(By.cssSelector("#facets button[data-exclude='technologyArea'][data-value='Wearables']"));
    assertEquals(Map.of("q", List.of(NEED)), page.params(), "pressed again, the value is no longer excluded");
  }

  @Test
  void tickedValuesCanBeRequiredAllTogether() throws Exception {
    page.open("/?" + query("q=" + NEED)).tick("technologyArea", "Wearables").tick("technologyArea",
        "Internet of Things (IoT)");
    page.click(By.cssSelector("#facets input[data-match-all='technologyArea']"));
    assertEquals(Map.of("q", List.of(NEED), "technologyArea.all", List.of("Wearables", "Internet of Things (IoT)")),
        page.params());
    JsonNode both = api.search("q=" + NEED, "technologyArea.all=Wearables",
        "technologyArea.all=Internet of Things (IoT)");
    assertCount(both);
    assertEquals(names(both.path("hits")), page.hitNames());
    assertTrue(both.path("total").asLong() < api.search("q=" + NEED, "technologyArea=Wearables",
        "technologyArea=Internet of Things (IoT)").path("total").asLong(), "all of is narrower than any of");
    assertEquals(List.of("status=active", "technologyArea=Internet of Things (IoT)", "technologyArea=Wearables"),
        page.tickedBoxes().stream().sorted().toList());
    assertTrue(driver.findElement(By.cssSelector("#facets input[data-match-all='technologyArea']")).isSelected());
  }

  @Test
  void removingAChipAndClearingFiltersKeepTheKeywords() throws Exception {
    page.open("/?" + query("q=" + NEED, "technologyArea=Wearables", "pathway=Frailty", "sort=name"));
    page.click(By.cssSelector("#chips .chip[data-value='Frailty']"));
    assertEquals(Map.of("q", List.of(NEED), "technologyArea", List.of("Wearables"), "sort", List.of("name")),
        page.params());

    page.click(By.cssSelector("#chips .clear-filters"));
    assertEquals(Map.of("q", List.of(NEED), "sort", List.of("name")), page.params());
    assertEquals(NEED, page.searchBoxValue());
    assertTrue(driver.findElements(BuyerPage.CHIPS).isEmpty());
    assertEquals(List.of("status=active"), page.tickedBoxes(), "only the default status stays ticked");
    assertEquals(names(api.search("q=" + NEED, "sort=name").path("hits")), page.hitNames());
  }

  @Test
  void longDimensionsShowTheTopFewUntilAskedForAll() throws Exception {
    page.open("/");
    int all = api.search().path("facets").path("capability").size();
    By capabilities = By.cssSelector("[data-facet='capability'] .facet-values > li");
    assertEquals(5, visible(capabilities));
    WebElement showAll = driver.findElement(By.cssSelector("[data-facet='capability'] .show-all"));
    assertEquals("Show all " + all, showAll.getText());
    assertEquals("false", showAll.getAttribute("aria-expanded"));
    showAll.click();
    assertEquals(all, visible(capabilities));
    assertEquals("true", showAll.getAttribute("aria-expanded"));
    assertEquals("Show fewer", showAll.getText());
    assertFalse(driver.findElements(By.cssSelector("[data-facet='technologyArea'] .show-all")).size() > 0,
        "short lists are not cut");
  }

  @Test
  void lotsAreNestedUnderTheirFramework() {
    page.open("/");
    List<String> lots = page.texts(By.xpath(
        "//*[@data-facet='framework']//li[.//label[starts-with(normalize-space(.), 'G-Cloud 14')]]//ul[contains(@class,'facet-children')]//span[@class='facet-label']"));
    assertEquals(List.of("Lot 1 - Cloud hosting", "Lot 2 - Cloud software", "Lot 3 - Cloud support"),
        lots.stream().sorted().toList());
  }

  private static long visible(By by) {
    return driver.findElements(by).stream().filter(WebElement::isDisplayed).count();
  }
}
