package org.supplierdiscovery.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The procurement record in the page, end to end: an organisation signs in with its key, saves the search on
 * screen to a new project, freezes it behind a confirmation and records its decisions; another organisation's key
 * sees none of it.
 */
@Timeout(120)
class ProjectPageIT extends PageTest {
  static final By KEY_BOX = By.id("org-key");
  static final By SIGN_OUT = By.id("sign-out");
  static final By PROJECT_NAME = By.id("project-name");
  static final By FROZEN = By.cssSelector("#decisions .frozen-supplier");
  static final By DIALOG = By.cssSelector("dialog[open]");

  @Test
  void aBuyerGoesFromASearchToAFrozenRecordThatAnotherOrganisationCannotSee() throws Exception {
    String leeds = api.organisationKey("Leeds ICB");
    String york = api.organisationKey("York ICB");
    page.open("/?" + ApiCalls.query("q=" + NEED));

    enterKey("sdk_not-a-key");
    page.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-error")));
    assertEquals("That organisation key is not valid. Check it and try again.", page.text(By.id("sign-in-error")));
    assertEquals("sign-in-error org-key-hint", describedBy(driver.switchTo().activeElement()));
    signIn(leeds);
    assertEquals(leeds, page.js("return sessionStorage.getItem('supplier-discovery.organisation-key')"));

    JsonNode expected = api.search("q=" + NEED, "size=30");
    saveToNewProject("Frailty virtual ward");
    assertEquals("Frailty virtual ward", driver.switchTo().activeElement().getText());
    assertEquals(1, driver.findElements(By.cssSelector("#saved-searches .saved-search.is-active")).size());
    String projectId = projectIdOf(leeds, "Frailty virtual ward");

    freeze(expected.path("total").asInt(), projectId, leeds);
    assertEquals(ids(expected.path("hits")), frozenIds());
    List<String> frozen = frozenIds();
    decide(frozen.get(0), "shortlisted", null);
    decide(frozen.get(1), "shortlisted", null);
    decide(frozen.get(2), "excluded", "No frailty pathway references & \"no\" <NHS> sites");
    compare(List.of(frozen.get(0), frozen.get(1)), expected);
    award(frozen.get(0));
    allocate("Lot 2 - Digital triage", projectId, leeds);
    saveScreenshot();
    checkAuditTrail(projectId, leeds);
    String csv = downloadCsv(projectId, leeds);
    assertTrue(csv.contains("Frailty virtual ward"), csv);
    assertTrue(csv.contains(",excluded,\"No frailty pathway references & \"\"no\"\" <NHS> sites\","), csv);
    assertTrue(csv.contains("Outcome,\"Awarded to ") && csv.contains(" (" + frozen.get(0)
        + "), GBP 120000.50, 2027-04-01 to 2029-03-31 (recorded "), csv);
    for (JsonNode hit : expected.path("hits")) {
      assertTrue(csv.contains(hit.path("name").asText()), hit.path("name").asText() + " in " + csv);
    }

    page.waiting().until(ExpectedConditions.elementToBeClickable(SIGN_OUT)).click();
    page.waiting().until(ExpectedConditions.presenceOfElementLocated(KEY_BOX));
    assertEquals(null, page.js("return sessionStorage.getItem('supplier-discovery.organisation-key')"));
    signIn(york);
    assertEquals("No projects yet.", page.text(By.id("project-list")));
    assertEquals(0, api.tree(api.asBuyer(york, "/api/projects").body()).path("projects").size());
    assertEquals(404, api.asBuyer(york, "/api/projects/" + projectId + "/freeze").statusCode());
  }

  private static void signIn(String key) {
    enterKey(key);
    page.waiting().until(ExpectedConditions.presenceOfElementLocated(SIGN_OUT));
  }

  private static void enterKey(String key) {
    WebElement box = page.waiting().until(ExpectedConditions.elementToBeClickable(KEY_BOX));
    box.clear();
    box.sendKeys(key, Keys.ENTER);
  }

  private static void saveToNewProject(String name) {
    driver.findElement(By.id("save-project")).sendKeys("A new project");
    driver.findElement(By.id("new-project-name")).sendKeys(name);
    driver.findElement(By.id("save-search")).click();
    page.waiting().until(ExpectedConditions.textToBe(PROJECT_NAME, name));
    page.waiting().until(d -> "project-name".equals(page.js("return document.activeElement.id")));
  }

  /** Escape leaves the search unfrozen; the dialog's confirm button freezes it. */
  private static void freeze(int total, String projectId, String key) throws Exception {
    driver.findElement(By.id("freeze")).click();
    WebElement dialog = page.waiting().until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
    assertTrue(dialog.getText().startsWith("Freeze " + total + " suppliers?"), dialog.getText());
    assertTrue(dialog.getText().contains("This cannot be undone"), dialog.getText());
    assertEquals("Cancel", driver.switchTo().activeElement().getText());
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    page.waiting().until(ExpectedConditions.numberOfElementsToBe(DIALOG, 0));
    assertEquals("freeze", driver.switchTo().activeElement().getAttribute("id"));
    assertEquals(404, api.asBuyer(key, "/api/projects/" + projectId + "/freeze").statusCode());

    driver.findElement(By.id("freeze")).click();
    page.waiting().until(ExpectedConditions.visibilityOfElementLocated(DIALOG))
        .findElement(By.cssSelector("[data-answer=confirm]")).click();
    page.waiting().until(ExpectedConditions.numberOfElementsToBe(FROZEN, total));
    assertEquals("Frozen: " + total + " suppliers.", page.text(By.id("procurement-status")));
    assertFalse(driver.findElements(By.id("freeze")).size() > 0);
  }

  /**
   * Shortlists or excludes a frozen supplier; an exclusion asks for its reason in a dialog, which refuses none.
   * Focus comes back to the button used.
   */
  private static void decide(String id, String decision, String reason) {
    By row = By.cssSelector("#decisions tr[data-supplier-id='" + id + "']");
    driver.findElement(row).findElement(By.cssSelector("[data-decide=" + decision + "]")).click();
    if (reason != null) {
      WebElement dialog = page.waiting().until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
      assertEquals("textarea", driver.switchTo().activeElement().getTagName());
      dialog.findElement(By.cssSelector("[data-answer=confirm]")).click();
      assertEquals("Write the reason.", dialog.findElement(By.cssSelector("[role=alert]")).getText());
      assertEquals("textarea", driver.switchTo().activeElement().getTagName());
      driver.switchTo().activeElement().sendKeys(reason);
      dialog.findElement(By.cssSelector("[data-answer=confirm]")).click();
    }
    // read in one script each: the table is redrawn meanwhile, so an element found first may be gone when read
    page.waiting().until(d -> decision.equals(page.js(
        "return document.querySelector(\"#decisions tr[data-supplier-id='\" + arguments[0] + \"']\")?.dataset.decision",
        id)));
    page.waiting().until(d -> decision.equals(page.js("return document.activeElement.dataset.decide")));
    assertEquals(reason == null ? "" : reason,
        driver.findElement(row).findElement(By.className("decision-reason")).getText());
  }

  /** Ticks shortlisted suppliers and compares them side by side, one column each. */
  private static void compare(List<String> ids, JsonNode expected) {
    for (String id : ids) {
      driver.findElement(By.cssSelector("#decisions tr[data-supplier-id='" + id + "'] .compare-box")).click();
    }
    driver.findElement(By.id("compare")).click();
    page.waiting().until(d -> "comparison-heading".equals(page.js("return document.activeElement.id")));
    List<String> names = new ArrayList<>();
    for (String id : ids) {
      for (JsonNode hit : expected.path("hits")) {
        if (hit.path("id").asText().equals(id)) {
          names.add(hit.path("name").asText());
        }
      }
    }
    assertEquals(names, page.texts(By.cssSelector("#comparison-table thead th")));
    assertEquals(List.of("Technology areas", "Capabilities", "Pathways", "Standards", "Regions", "Framework listings",
        "Products"), page.texts(By.cssSelector("#comparison-table tbody th")));
  }

  /** Records the award of a shortlisted supplier (the dates set as a date picker would). */
  private static void award(String id) {
    driver.findElement(By.cssSelector("label[for=outcome-awarded]")).click();
    new Select(driver.findElement(By.id("outcome-supplier"))).selectByValue(id);
    driver.findElement(By.id("outcome-value")).sendKeys("120000.50");
    page.js("document.getElementById('outcome-start').value = '2027-04-01';"
        + " document.getElementById('outcome-end').value = '2029-03-31';");
    driver.findElement(By.id("record-outcome")).click();
    page.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-recorded")));
    String name = driver.findElement(By.cssSelector("#decisions tr[data-supplier-id='" + id + "'] th")).getText();
    assertTrue(page.text(By.id("outcome-recorded"))
        .startsWith("Awarded to " + name + ": £120,000.50, 1 April 2027 to 31 March 2029."),
        page.text(By.id("outcome-recorded")));
    assertEquals("outcome-heading", driver.switchTo().activeElement().getAttribute("id"));
  }

  /** Draws a supplier within a lot after a confirmation, then re-runs the draw from what was recorded. */
  private static void allocate(String lot, String projectId, String key) throws Exception {
    WebElement lots = driver.findElement(By.id("allocation-lot"));
    page.waiting().until(d -> new Select(lots).getOptions().size() > 1);
    new Select(lots).selectByVisibleText(lot);
    driver.findElement(By.id("allocate")).click();
    WebElement dialog = page.waiting().until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
    assertTrue(dialog.getText().contains("this cannot be undone or repeated"), dialog.getText());
    dialog.findElement(By.cssSelector("[data-answer=confirm]")).click();
    page.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("allocation-result")));
    JsonNode recorded = api.tree(api.asBuyer(key, "/api/projects/" + projectId + "/allocation").body());
    String chosen = recorded.path("chosen").asText();
    assertTrue(page.text(By.id("allocation-result")).startsWith("Allocated: " + chosen + " on " + lot + " of "),
        page.text(By.id("allocation-result")));
    assertEquals(recorded.path("seed").asText(), page.text(By.id("allocation-seed")));
    assertEquals("allocation-heading", driver.switchTo().activeElement().getAttribute("id"));
    driver.findElement(By.id("verify-allocation")).click();
    page.waiting().until(ExpectedConditions.textToBe(By.id("allocation-verify-result"),
        "Re-run from the recorded seed and eligible list, the draw gives " + chosen + " again."));
  }

  /** The page lists the API's events in order, and says the chain is intact. */
  private static void checkAuditTrail(String projectId, String key) throws Exception {
    List<String> types = new ArrayList<>();
    api.tree(api.asBuyer(key, "/api/projects/" + projectId + "/events").body()).path("events")
        .forEach(e -> types.add(e.path("type").asText()));
    assertEquals("allocate", types.getLast());
    driver.findElement(By.cssSelector("#audit summary")).click();
    By rows = By.cssSelector("#audit-events tbody tr");
    page.waiting().until(ExpectedConditions.numberOfElementsToBe(rows, types.size()));
    assertEquals(types, driver.findElements(rows).stream().map(r -> r.getAttribute("data-event")).toList());
    driver.findElement(By.id("verify-audit")).click();
    page.waiting().until(ExpectedConditions.textToBe(By.id("audit-result"),
        "The audit trail is intact: each of its " + types.size() + " events holds the hash of the one before."));
  }

  /**
   * Downloads the CSV as a buyer would (into a folder the browser is told to save to) and checks the file is the
   * one the page names, with the SHA-256 the page shows and the audit trail's download event holds.
   */
  private static String downloadCsv(String projectId, String key) throws Exception {
    Path folder = Files.createDirectories(temp.resolve("downloads"));
    driver.executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
    driver.findElement(By.id("download-csv")).click();
    WebElement link = page.waiting().until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#downloaded-files a.downloaded-file")));
    Path file = folder.resolve(link.getText());
    assertTrue(link.getText().endsWith(".csv"), link.getText());
    page.waiting().until(d -> Files.exists(file) && !Files.exists(folder.resolve(link.getText() + ".crdownload")));
    byte[] bytes = Files.readAllBytes(file);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertEquals(sha256, link.getAttribute("data-sha256"));
    JsonNode events = api.tree(api.asBuyer(key, "/api/projects/" + projectId + "/events").body()).path("events");
    JsonNode last = events.get(events.size() - 1);
    assertEquals("download", last.path("type").asText());
    assertEquals(sha256, last.path("detail").path("sha256").asText());
    page.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#audit-events tbody tr"),
        events.size()));
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String projectIdOf(String key, String name) throws Exception {
    for (JsonNode p : api.tree(api.asBuyer(key, "/api/projects").body()).path("projects")) {
      if (p.path("name").asText().equals(name)) {
        return p.path("id").asText();
      }
    }
    throw new AssertionError("no project " + name);
  }

  private static List<String> frozenIds() {
    return driver.findElements(FROZEN).stream().map(e -> e.getAttribute("data-supplier-id")).toList();
  }

  private static List<String> ids(JsonNode hits) {
    List<String> out = new ArrayList<>();
    hits.forEach(h -> out.add(h.path("id").asText()));
    return out;
  }

  private static String describedBy(WebElement element) {
    return element.getAttribute("aria-describedby");
  }

  /**
   * The README's picture of a project, on a window tall enough for the whole project: written under target/
   * (bin/refresh-screenshots copies it to docs/).
   */
  private static void saveScreenshot() throws Exception {
    viewport(WIDTH, 1800);
    page.js("window.scrollTo(0, 0); document.activeElement.blur();");
    Path png = Path.of(System.getProperty("basedir", ".")).resolve("target/screenshots/project-page.png");
    Files.createDirectories(png.getParent());
    Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
    viewport(WIDTH, HEIGHT);
  }
}
