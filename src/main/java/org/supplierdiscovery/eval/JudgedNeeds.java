package org.supplierdiscovery.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the judged needs file: one JSON object per line. */
public final class JudgedNeeds {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private JudgedNeeds() {}

  public static List<JudgedNeed> read(Path file) throws IOException {
    List<JudgedNeed> needs = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        needs.add(JSON.readValue(line, JudgedNeed.class));
      } catch (IOException e) {
        throw new IOException(file + ":" + n + ": " + e.getMessage(), e);
      }
    }
    return needs;
  }
}
