package org.supplierdiscovery.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One server over the web fixture (or other data) and one headless browser per test class; each test starts from a
 * freshly loaded page at the desktop window size.
 */
abstract class PageTest {
  static final int WIDTH = 1280;
  static final int HEIGHT = 900;
  static final String NEED = "remote monitoring wearables frailty pathway";

  @TempDir
  static Path temp;
  static WebTestServer server;
  static ChromeDriver driver;
  static BuyerPage page;
  static ApiCalls api;

  /** The catalogue a page test class serves, when it is not the web fixture. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface Serves {
    String value();
  }

  @BeforeAll
  static void startServerAndBrowser(TestInfo info) throws Exception {
    Path data = info.getTestClass()
        .map(c -> c.getAnnotation(Serves.class))
        .map(serves -> Path.of(serves.value()))
        .orElse(WebTestServer.FIXTURE);
    if (Browser.missing() != null) {
      return; // each test then skips, or fails under CI, in desktopWindow()
    }
    server = WebTestServer.start(temp.resolve("index"), data);
    api = new ApiCalls(server.base());
    driver = Browser.open(temp.resolve("profile"), WIDTH, HEIGHT);
    page = new BuyerPage(driver, server.base());
  }

  @BeforeEach
  void desktopWindow() {
    Browser.requireChromium();
    viewport(WIDTH, HEIGHT);
  }

  /** Sizes the window so the page itself (not the window) is width × height pixels. */
  static void viewport(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    Number extraWidth = (Number) page.js("return window.outerWidth - window.innerWidth");
    Number extraHeight = (Number) page.js("return window.outerHeight - window.innerHeight");
    driver.manage().window().setSize(new Dimension(width + extraWidth.intValue(), height + extraHeight.intValue()));
  }

  @AfterAll
  static void stopServerAndBrowser() throws Exception {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
