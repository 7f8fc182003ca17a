package org.supplierdiscovery.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.supplierdiscovery.web.ApiCalls.query;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Supplier text is data, never markup: the fixture's two injection records show their characters and
 * run nothing, and the server's Content-Security-Policy forbids inline script besides.
 */
class SafetyIT extends PageTest {
  static final String EVIL_NAME = "<script>window.__pwned=1</script>Evil Ltd";
  static final String EVIL_SUMMARY = "\"><img src=x onerror=\"window.__pwned=1\">";
  /** Elements that would only exist if supplier text had been parsed as HTML. */
  static final String INJECTED = "#main img, #main script, #main iframe, #main svg, #main b";

  @AfterEach
  void nothingRan() {
    if (driver == null) {
      return; // skipped: no browser here
    }
    try {
      String text = driver.switchTo().alert().getText();
      fail("an alert opened: " + text);
    } catch (NoAlertPresentException expected) {
      // what should happen
    }
    assertEquals("undefined", page.js("return typeof window.__pwned"));
  }

  @Test
  void injectionRecordsShowTheirCharactersInResults() {
    page.open("/?" + query("q=cyber security"));
    List<String> names = page.hitNames();
    assertTrue(names.contains(EVIL_NAME), names::toString);
    assertTrue(names.contains("Quote Breaker Ltd"), names::toString);
    String list = page.text(By.id("result-list"));
    assertTrue(list.contains(EVIL_SUMMARY), list);
    assertTrue(list.contains("Cyber security audits for <script>window.__pwned=1</script> GP practices."), list);
    assertEquals(0L, page.js("return document.querySelectorAll(arguments[0]).length", INJECTED));
  }

  @Test
  void highlightMarkersInSupplierTextStayText() {
    page.open("/?" + query("q=phishing drills"));
    String snippet = page.text(By.cssSelector("#result-list .hit .snippet"));
    assertTrue(snippet.contains("</mark><mark>"), snippet);
    assertTrue(snippet.contains("<svg onload=alert(1)>"), snippet);
    assertTrue(snippet.contains("&amp; phishing"), "shown exactly as the supplier wrote it: " + snippet);
    assertEquals(List.of("phishing", "drills"), page.texts(By.cssSelector("#result-list .hit .snippet mark")));
    assertEquals(0L, page.js("return document.querySelectorAll(arguments[0]).length", INJECTED));
  }

  @Test
  void injectionRecordsShowTheirCharactersOnTheirPages() {
    page.open("/?supplier=evil-script");
    assertEquals(EVIL_NAME, page.text(BuyerPage.DETAIL_NAME));
    String detail = page.text(By.id("detail-view"));
    assertTrue(detail.contains("<b onmouseover=\"window.__pwned=1\">Pwn Kit</b>"), detail);
    assertTrue(detail.contains("<iframe src=\"javascript:window.__pwned=1\"></iframe>"), detail);
    assertTrue(detail.contains("Penetration testing. <img src=x onerror=\"window.__pwned=1\"> & more"), detail);
    assertEquals(0L, page.js("return document.querySelectorAll(arguments[0]).length", INJECTED));

    page.open("/?supplier=evil-img");
    assertTrue(page.text(By.cssSelector(".supplier .lead")).startsWith(EVIL_SUMMARY));
    assertEquals(0L, page.js("return document.querySelectorAll(arguments[0]).length", INJECTED));
  }

  @Test
  void contentSecurityPolicyForbidsInlineScript() throws Exception {
    for (String path : List.of("/", "/js/app.js", "/styles.css")) {
      HttpResponse<String> response = api.get(path);
      assertEquals(200, response.statusCode(), path);
      String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'"), path + ": " + csp);
      assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
      assertFalse(csp.contains("unsafe-inline"), path + ": " + csp);
    }
    page.open("/?" + query("q=" + NEED));
    assertEquals(0L, page.js("return document.querySelectorAll('script:not([src]), [style]').length"),
        "no inline script or inline style in the page, so the policy costs nothing");
  }
}
