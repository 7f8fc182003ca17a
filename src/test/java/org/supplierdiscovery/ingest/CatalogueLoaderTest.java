package org.supplierdiscovery.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;

class CatalogueLoaderTest {
  @Test
  void reportsEachBrokenRecordAndLoadsTheRest() throws Exception {
    try (TestCatalogue c = TestCatalogue.load(Path.of("src/test/resources/fixtures/broken.jsonl"))) {
      LoadReport report = c.report;
      assertEquals(2, report.loaded());
      assertEquals(List.of(2L, 3L, 4L), report.rejected().stream().map(LoadReport.Rejected::line).toList());
      LoadReport.Rejected badArea = report.rejected().get(0);
      assertEquals("bad area", badArea.id());
      assertEquals(List.of("id", "technologyAreas[0]"), badArea.errors().stream().map(FieldError::field).toList());
      assertTrue(badArea.errors().get(1).reason()
          .contains("'Blockchain' is not allowed; allowed values are [Internet of Things (IoT)"));
      assertTrue(report.rejected().get(1).errors().get(0).reason().startsWith("not valid JSON"));
      assertEquals(
          List.of("colour", "listings[0].lot"),
          report.rejected().get(2).errors().stream().map(FieldError::field).toList());
      assertEquals(2, c.index.size());
    }
  }

  @Test
  void aBadFileLosesNothingAlreadyIndexed() throws Exception {
    try (TestCatalogue c = TestCatalogue.load(TestCatalogue.TINY)) {
      new CatalogueLoader(TestCatalogue.reader(), c.writer).load(Path.of("src/test/resources/fixtures/broken.jsonl"),
          n -> {});
      assertEquals(8, c.index.size());
    }
  }

  @Test
  void invalidUtf8LineIsRejectedAndLaterLinesLoad() throws Exception {
    byte[] good = "{\"id\":\"ok\",\"name\":\"Ok\",\"summary\":\"Fine.\",\"technologyAreas\":[\"Data\"],\"listings\":[{\"framework\":\"Spark DPS\",\"status\":\"active\",\"since\":\"2024-01-01\"}]}\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', (byte) 0xff, (byte) 0xfe, '"', '}', '\n'};
    var out = new java.io.ByteArrayOutputStream();
    out.write(bad);
    out.write(good);
    List<CatalogueLine> lines = new java.util.ArrayList<>();
    TestCatalogue.reader().read(new java.io.ByteArrayInputStream(out.toByteArray()), lines::add);
    assertEquals(2, lines.size());
    assertEquals("line is not valid UTF-8", lines.get(0).validation().errors().get(0).reason());
    assertTrue(lines.get(1).validation().isValid());
  }
}
