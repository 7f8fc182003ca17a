package org.supplierdiscovery.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.supplierdiscovery.web.ApiCalls.names;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;

/** The page on the sample catalogue, as the README's run command serves it; the README's picture. */
@PageTest.Serves("sample-data/suppliers.jsonl")
class SampleDataPageIT extends PageTest {
  @Test
  void theReadmeNeedShowsTheSampleSuppliersWithEveryTechnologyAreaCounted() throws Exception {
    page.open("/").search(NEED);
    JsonNode expected = api.search("q=" + NEED);

    SearchPageIT.assertCount(expected);
    assertEquals(names(expected.path("hits")), page.hitNames());
    Map<String, Long> areas = new LinkedHashMap<>();
    Map<String, Long> shown = new LinkedHashMap<>();
    for (JsonNode v : expected.path("facets").path("technologyArea")) {
      areas.put(v.path("value").asText(), v.path("count").asLong());
      shown.put(v.path("value").asText(), page.facetCount("technologyArea", v.path("value").asText()));
    }
    assertEquals(8, areas.size());
    assertEquals(areas, shown);
    saveScreenshot();
  }

  /**
   * The README's picture: the page at 1280×900, scrolled to the top, written under target/ (bin/refresh-screenshots
   * copies it to docs/).
   */
  private static void saveScreenshot() throws Exception {
    page.js("window.scrollTo(0, 0); document.activeElement.blur();");
    Path png = Path.of(System.getProperty("basedir", ".")).resolve("target/screenshots/search-page.png");
    Files.createDirectories(png.getParent());
    Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
  }
}
