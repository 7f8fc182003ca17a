package org.supplierdiscovery.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supplierdiscovery.web.ApiCalls.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Keyboard, landmarks, labels, live counts, a phone-sized screen and speed. */
class AccessibilityIT extends PageTest {
  static final By SUGGESTIONS = By.cssSelector("#suggestions [role='option'] .suggestion-text");

  @Test
  void landmarksLabelsAndLiveCount() {
    page.open("/?" + query("q=" + NEED));
    assertEquals(1L,
        page.js("return document.querySelectorAll('header, main, [role=search], aside, footer').length === 5 ? 1 : 0"));
    assertEquals(0L, page.js(
        "return [...document.querySelectorAll('input, select')].filter(i => i.labels.length === 0).length"),
        "every control has a label");
    assertEquals("status", driver.findElement(BuyerPage.COUNT).getAttribute("role"));
    assertEquals("polite", driver.findElement(BuyerPage.COUNT).getAttribute("aria-live"));
    assertEquals("en-GB", page.js("return document.documentElement.lang"));
  }

  @Test
  void tickingABoxWithTheKeyboardKeepsFocusOnIt() {
    page.open("/?" + query("q=" + NEED));
    WebElement box = page.facet("technologyArea", "Wearables");
    page.andWait(() -> box.sendKeys(Keys.SPACE));
    assertEquals(List.of("Wearables"), page.params().get("technologyArea"));
    assertEquals("facet:technologyArea:Wearables", page.js("return document.activeElement.dataset.focusKey"));
    assertTrue((Boolean) page.js("return document.activeElement.checked"));
  }

  @Test
  void skipLinkAndVisibleFocus() {
    page.open("/");
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement skip = driver.switchTo().activeElement();
    assertEquals("Skip to results", skip.getText());
    assertTrue(skip.isDisplayed(), "the skip link appears when focused");
    driver.findElement(BuyerPage.SEARCH_BOX).click();
    String outline = (String) page.js("return getComputedStyle(document.activeElement).outlineStyle");
    assertFalse("none".equals(outline), "the focused search box shows a focus outline");
  }

  @Test
  void onAPhoneTheFiltersFoldIntoAPanel() {
    viewport(390, 844);
    page.open("/?" + query("q=" + NEED));
    WebElement toggle = driver.findElement(By.id("filters-toggle"));
    assertTrue(toggle.isDisplayed());
    assertFalse(driver.findElement(By.id("filters")).isDisplayed());
    toggle.click();
    assertEquals("true", toggle.getAttribute("aria-expanded"));
    assertTrue(driver.findElement(By.id("filters")).isDisplayed());
    page.tick("technologyArea", "Wearables");
    assertEquals("Filters (1 selected)", driver.findElement(By.id("filters-toggle")).getText());
    assertTrue(driver.findElement(By.cssSelector("#chips .chip")).isDisplayed(), "chosen filters stay in view");
    assertTrue((Boolean) page.js("return document.documentElement.scrollWidth <= window.innerWidth"),
        "nothing scrolls sideways");
  }

  @Test
  void typeAheadIsAKeyboardOperableCombobox() throws Exception {
    page.open("/");
    WebElement box = driver.findElement(BuyerPage.SEARCH_BOX);
    box.sendKeys("remote mon");
    page.waiting().until(d -> d.findElement(By.id("suggestions")).isDisplayed());
    JsonNode expected = api.suggestions("remote mon");
    assertEquals(texts(expected), page.texts(SUGGESTIONS));
    assertEquals("true", box.getAttribute("aria-expanded"));
    JsonNode first = expected.get(0);
    assertTrue(first.path("id").isNull() || first.path("id").isMissingNode(), "a label comes first: " + first);

    box.sendKeys(Keys.ARROW_DOWN);
    assertEquals("suggestion-0", box.getAttribute("aria-activedescendant"));
    assertEquals("true", driver.findElement(By.id("suggestion-0")).getAttribute("aria-selected"));
    assertEquals(box, driver.switchTo().activeElement(), "focus stays in the box");
    box.sendKeys(Keys.ESCAPE);
    assertEquals("false", box.getAttribute("aria-expanded"));
    assertFalse(driver.findElement(By.id("suggestions")).isDisplayed());

    box.sendKeys(Keys.ARROW_DOWN);
    page.waiting().until(d -> d.findElement(By.id("suggestions")).isDisplayed());
    box.sendKeys(Keys.ARROW_DOWN);
    page.andWait(() -> box.sendKeys(Keys.ENTER));
    assertEquals(List.of(first.path("text").asText()), page.params().get("q"));
    assertEquals(first.path("text").asText(), page.searchBoxValue());
    assertEquals("false", box.getAttribute("aria-expanded"));
  }

  @Test
  void choosingASuppliersNameOpensItsPage() throws Exception {
    page.open("/");
    WebElement box = driver.findElement(BuyerPage.SEARCH_BOX);
    box.sendKeys("alpha rem");
    page.waiting().until(d -> d.findElement(By.id("suggestions")).isDisplayed());
    JsonNode first = api.suggestions("alpha rem").get(0);
    assertEquals("supplier", first.path("kind").asText());
    page.andWait(() -> driver.findElement(By.cssSelector("#suggestion-0")).click());
    assertEquals(List.of(first.path("id").asText()), page.params().get("supplier"));
    assertEquals(first.path("text").asText(), page.text(BuyerPage.DETAIL_NAME));
  }

  private static List<String> texts(JsonNode suggestions) {
    List<String> out = new java.util.ArrayList<>();
    suggestions.forEach(s -> out.add(s.path("text").asText()));
    return out;
  }

  @Test
  void theFirstDrawnResultsAreMarkedOnceForMeasurement() {
    // How soon they appear is measured with this mark in a browser profile, never asserted against a clock here.
    page.open("/?" + query("q=" + NEED, "technologyArea=Wearables"));
    assertEquals(1L, page.js("return performance.getEntriesByName('first-results').length"));
    double first = ((Number) page.js("return performance.getEntriesByName('first-results')[0].startTime"))
        .doubleValue();
    page.search("remote monitoring");
    assertEquals(1L, page.js("return performance.getEntriesByName('first-results').length"));
    assertEquals(first, ((Number) page.js("return performance.getEntriesByName('first-results')[0].startTime"))
        .doubleValue());
    assertFalse(page.hitNames().isEmpty(), "results are on the page");
  }
}
