package org.supplierdiscovery.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The buyer page as a test sees it: what a person would do (type, tick, click, go back) and read.
 * Every action waits, explicitly, until the page has drawn the address it ends on.
 */
final class BuyerPage {
  static final By SEARCH_BOX = By.id("q");
  static final By COUNT = By.id("result-count");
  static final By HIT_LINKS = By.cssSelector("#result-list > .hits .hit-title a");
  static final By CHIPS = By.cssSelector("#chips .chip");
  static final By DETAIL_NAME = By.id("supplier-name");
  static final By BACK_LINK = By.id("back-link");

  private final WebDriver driver;
  private final URI base;
  private final WebDriverWait wait;

  BuyerPage(WebDriver driver, URI base) {
    this.driver = driver;
    this.base = base;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  /** Loads an address of the page, e.g. "/?q=virtual+ward", and waits for its view. */
  BuyerPage open(String pathAndQuery) {
    driver.get(base.resolve(pathAndQuery).toString());
    return waitForView();
  }

  /** Waits until the view in front (results or supplier) has been drawn for the current address. */
  BuyerPage waitForView() {
    wait.until(
        d -> Boolean.TRUE.equals(
            js("const v = document.getElementById('search-view').hidden"
                + " ? document.getElementById('detail-view') : document.getElementById('results');"
                + " return v.dataset.drawnFor === location.pathname + location.search"
                + " && !v.hasAttribute('aria-busy');")));
    return this;
  }

  /** Runs an action that changes the address, then waits for the new view. */
  BuyerPage andWait(Runnable action) {
    String before = driver.getCurrentUrl();
    action.run();
    wait.until(d -> !d.getCurrentUrl().equals(before));
    return waitForView();
  }

  BuyerPage search(String text) {
    return andWait(() -> {
      WebElement box = driver.findElement(SEARCH_BOX);
      box.clear();
      box.sendKeys(text);
      box.sendKeys(Keys.ENTER);
    });
  }

  WebElement facet(String dim, String value) {
    return driver.findElement(By.cssSelector("#facets input[data-dim='" + dim + "'][value='" + value + "']"));
  }

  /** The count the panel shows beside a value. */
  long facetCount(String dim, String value) {
    String id = facet(dim, value).getAttribute("id");
    String text = driver.findElement(By.cssSelector("label[for='" + id + "'] .facet-count"))
        .getAttribute("textContent");
    return Long.parseLong(text.replaceAll("[^0-9]", ""));
  }

  BuyerPage tick(String dim, String value) {
    WebElement box = facet(dim, value);
    wait.until(ExpectedConditions.elementToBeClickable(box));
    return andWait(box::click);
  }

  BuyerPage back() {
    return andWait(() -> driver.navigate().back());
  }

  BuyerPage forward() {
    return andWait(() -> driver.navigate().forward());
  }

  BuyerPage click(By link) {
    WebElement target = driver.findElement(link);
    return andWait(target::click);
  }

  String text(By by) {
    return driver.findElement(by).getText();
  }

  List<String> texts(By by) {
    return driver.findElements(by).stream().map(WebElement::getText).toList();
  }

  List<String> hitNames() {
    return texts(HIT_LINKS);
  }

  List<String> tickedBoxes() {
    return driver.findElements(By.cssSelector("#facets input[type=checkbox][data-dim]:checked")).stream()
        .map(e -> e.getAttribute("data-dim") + "=" + e.getAttribute("value"))
        .toList();
  }

  String searchBoxValue() {
    return driver.findElement(SEARCH_BOX).getDomProperty("value");
  }

  /** The address's query parameters, decoded, in order. */
  Map<String, List<String>> params() {
    String raw = URI.create(driver.getCurrentUrl()).getRawQuery();
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&", -1)) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  /** The current address relative to the server, e.g. "/?q=frailty". */
  String address() {
    URI uri = URI.create(driver.getCurrentUrl());
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  WebDriverWait waiting() {
    return wait;
  }
}
