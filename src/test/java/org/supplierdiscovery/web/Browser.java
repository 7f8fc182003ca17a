package org.supplierdiscovery.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.supplierdiscovery.Requirement;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, both named explicitly so Selenium
 * Manager never tries to download a browser or a driver (there is no internet here).
 */
final class Browser {
  static final Path CHROMIUM = Path.of(System.getProperty("webtest.chromium", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("webtest.chromedriver", "/usr/bin/chromedriver"));

  private Browser() {}

  /** Why the browser tests cannot run here, or null when Chromium and its driver are installed. */
  static String missing() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
      return null;
    }
    return "Browser tests need headless Chromium at " + CHROMIUM + " and chromedriver at " + DRIVER
        + " (Debian: apt-get install chromium chromium-driver; elsewhere set -Dwebtest.chromium"
        + " and -Dwebtest.chromedriver)";
  }

  /**
   * Skips a test, each reported as skipped with the reason, when Chromium is missing (a developer's
   * laptop), but fails it under CI=true, where a missing browser would otherwise hide every browser
   * test behind a green build.
   */
  static void requireChromium() {
    String why = missing();
    if (why == null) {
      return;
    }
    Requirement.unmet(why);
  }

  /** A fresh headless browser with its own empty profile, at the given window size. */
  static ChromeDriver open(Path profile, int width, int height) throws IOException {
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--lang=en-GB",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createDirectories(profile).toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER.toString()))
        .usingAnyFreePort()
        .withLogOutput(java.io.OutputStream.nullOutputStream())
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return driver;
  }
}
