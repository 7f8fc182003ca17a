package org.supplierdiscovery.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supplierdiscovery.web.ApiCalls.names;
import static org.supplierdiscovery.web.ApiCalls.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Searching, reading why each supplier ranks, and narrowing by facets, in a real browser. */
class SearchPageIT extends PageTest {
  static final String LOT = "Lot 2 - Cloud software";

  @Test
  void searchShowsRankedSuppliersWithTheirReasons() throws Exception {
    page.open("/").search(NEED);
    JsonNode expected = api.search("q=" + NEED);

    assertEquals(Map.of("q", List.of(NEED)), page.params());
    assertCount(expected);
    assertEquals(names(expected.path("hits")), page.hitNames());
    JsonNode first = expected.path("hits").get(0);
    List<String> covered = new ArrayList<>();
    first.path("matched").forEach(m -> covered.add(m.path("concept").asText()));
    String coverage = "Covers " + covered.size() + " of " + first.path("conceptsTotal").asInt() + ": "
        + String.join(", ", covered);
    assertTrue(page.text(By.cssSelector("#result-list .hit .coverage-line")).startsWith(coverage));
    WebElement firstHit = driver.findElement(By.cssSelector("#result-list .hit"));
    assertEquals(
        marked(first.path("highlights"), "summary"),
        firstHit.findElements(By.cssSelector(".hit-summary mark")).stream().map(WebElement::getText).toList());
    List<String> frameworks = new ArrayList<>();
    first.path("listings").forEach(l -> frameworks.add(l.path("framework").asText()));
    assertEquals(frameworks,
        firstHit.findElements(By.cssSelector(".listing-framework")).stream().map(WebElement::getText).toList());
  }

  @Test
  void backAndForwardRestoreTheSearch() throws Exception {
    page.open("/").search(NEED);
    List<String> plain = page.hitNames();
    page.tick("technologyArea", "Wearables");
    List<String> wearables = page.hitNames();
    page.tick("lot", LOT);
    List<String> lot = page.hitNames();
    page.search("telecare");

    page.back();
    assertEquals(NEED, page.searchBoxValue());
    assertEquals(List.of("lot=" + LOT, "status=active", "technologyArea=Wearables"), sorted(page.tickedBoxes()));
    assertEquals(lot, page.hitNames());
    page.back();
    assertEquals(List.of("status=active", "technologyArea=Wearables"), sorted(page.tickedBoxes()));
    assertEquals(wearables, page.hitNames());
    page.back();
    assertEquals(List.of("status=active"), page.tickedBoxes());
    assertEquals(plain, page.hitNames());
    assertEquals(NEED, page.searchBoxValue());

    page.forward();
    assertEquals(wearables, page.hitNames());
    page.forward();
    assertEquals(lot, page.hitNames());
    page.forward();
    assertEquals("telecare", page.searchBoxValue());
    assertEquals(names(api.search("q=telecare", "technologyArea=Wearables", "lot=" + LOT).path("hits")),
        page.hitNames());
  }

  @Test
  void aSharedLinkOrAReloadGivesTheSameView() throws Exception {
    String[] params = {"technologyArea=Wearables", "technologyArea=Internet of Things (IoT)", "sort=name", "size=3",
        "page=2"};
    JsonNode expected = api.search(params);
    String originalTab = driver.getWindowHandle();
    driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    try {
      page.open("/?" + query(params));
      assertSameView(expected);
      driver.navigate().refresh();
      page.waitForView();
      assertSameView(expected);
    } finally {
      driver.close();
      driver.switchTo().window(originalTab);
    }
  }

  private static void assertSameView(JsonNode expected) {
    assertCount(expected);
    assertEquals(names(expected.path("hits")), page.hitNames());
    assertEquals(List.of("status=active", "technologyArea=Internet of Things (IoT)", "technologyArea=Wearables"),
        sorted(page.tickedBoxes()));
    assertEquals("name", driver.findElement(By.id("sort")).getDomProperty("value"));
    assertEquals("2", page.text(By.cssSelector("#pager [aria-current='page']")));
  }

  @Test
  void pagesAndSortAreInTheAddress() throws Exception {
    page.open("/");
    page.click(By.cssSelector("#pager a[rel='next']"));
    assertEquals(Map.of("page", List.of("2")), page.params());
    assertEquals(names(api.search("page=2").path("hits")), page.hitNames());

    page.andWait(
        () -> new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort"))).selectByValue("listed"));
    assertEquals(Map.of("sort", List.of("listed")), page.params(), "a new order starts at page 1");
    assertEquals(names(api.search("sort=listed").path("hits")), page.hitNames());
  }

  static void assertCount(JsonNode expected) {
    long total = expected.path("total").asLong();
    String query = expected.path("query").asText();
    String noun = total + (total == 1 ? " supplier" : " suppliers");
    assertEquals(query.isEmpty() ? noun : noun + " for “" + query + "”", page.text(BuyerPage.COUNT));
  }

  /** The words the API's passages of one field mark, in order. */
  static List<String> marked(JsonNode passages, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode p : passages) {
      if (p.path("field").asText().equals(field)) {
        String text = p.path("text").asText();
        p.path("marks").forEach(m -> out.add(text.substring(m.path("start").asInt(), m.path("end").asInt())));
      }
    }
    return out;
  }

  static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }
}
