package org.supplierdiscovery.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;

/** Lines are cut at each line feed wherever the reads of the file happen to end. */
class CatalogueReaderTest {
  private static String record(String id, String description) {
    return "{\"id\":\"" + id + "\",\"name\":\"N " + id + "\",\"summary\":\"Remote monitoring.\",\"description\":\""
        + description + "\",\"technologyAreas\":[\"Data\"],"
        + "\"listings\":[{\"framework\":\"Spark DPS\",\"status\":\"active\",\"since\":\"2024-01-01\"}]}";
  }

  /** Hands out at most {@code step} bytes per read, so lines span many reads. */
  private static InputStream trickle(byte[] bytes, int step) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, step));
      }
    };
  }

  private static List<String> read(String text, int step) throws IOException {
    List<String> out = new ArrayList<>();
    TestCatalogue.reader().read(trickle(text.getBytes(StandardCharsets.UTF_8), step),
        line -> out.add(line.number() + ":" + line.validation().id() + ":" + line.validation().isValid()));
    return out;
  }

  @Test
  void numbersEveryLineCountingBlankOnesAndKeepsALastLineWithoutALineFeed() throws Exception {
    String text = record("a", "short") + "\n\n  \n" + record("b", "é ü") + "\n" + record("c", "last");
    for (int step : new int[]{1, 2, 7, 100, 1 << 20}) {
      assertEquals(List.of("1:a:true", "4:b:true", "5:c:true"), read(text, step), "reads of " + step);
    }
  }

  @Test
  void aLineLongerThanOneReadIsReadWhole() throws Exception {
    String longText = "word ".repeat(3_999) + "word";
    String text = record("a", longText) + "\n" + record("b", "after") + "\n";
    assertEquals(List.of("1:a:true", "2:b:true"), read(text, 1 << 16));
    assertEquals(List.of("1:a:true", "2:b:true"), read(text, 1_021));
  }
}
