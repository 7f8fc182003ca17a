package org.supplierdiscovery.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** procurement.json: freeze limits per framework and the pin retention, each mistake named by file and field. */
class ProcurementSettingsTest {
  @TempDir
  Path dir;

  @Test
  void aSearchOnFrameworksTakesTheStrictestOfTheirLimitsAndOtherwiseTheDefault() {
    ProcurementSettings s = new ProcurementSettings(30, Map.of("G-Cloud 14", 20, "Spark DPS", 50), 365);
    assertEquals(30, s.freezeLimit(List.of()));
    assertEquals(20, s.freezeLimit(List.of("G-Cloud 14")));
    assertEquals(50, s.freezeLimit(List.of("Spark DPS")));
    assertEquals(20, s.freezeLimit(List.of("Spark DPS", "G-Cloud 14")));
    assertEquals(30, s.freezeLimit(List.of("Spark DPS", "GP IT Futures")));
  }

  @Test
  void theProjectFileHasTheDefaultOf30() {
    ProcurementSettings s = new ConfigLoader().load(Path.of("index-config")).procurement();
    assertEquals(30, s.freezeLimit());
    assertEquals(30, s.freezeLimit(List.of("G-Cloud 14")));
  }

  @Test
  void eachBadValueNamesTheFileAndField() throws IOException {
    String file = dir.resolve("procurement.json") + ": ";
    assertEquals(file + "freezeLimit: must be at least 1", failure("\"freezeLimit\": 30", "\"freezeLimit\": 0"));
    assertEquals(file + "frameworkFreezeLimits.G-Cloud 14: must be at least 1",
        failure("\"G-Cloud 14\": 30", "\"G-Cloud 14\": -2"));
    assertEquals(file + "frameworkFreezeLimits: unknown framework 'G-Cloud 99'",
        failure("\"G-Cloud 14\": 30", "\"G-Cloud 99\": 30"));
    assertEquals(file + "frameworkFreezeLimits.G-Cloud 14: must be at most 100 (limits.maxPageSize of ranking.json)",
        failure("\"G-Cloud 14\": 30", "\"G-Cloud 14\": 101"));
    assertEquals(file + "pinRetentionDays: must be at least 1",
        failure("\"pinRetentionDays\": 2557", "\"pinRetentionDays\": 0"));
  }

  private String failure(String from, String to) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("index-config"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path p = dir.resolve("procurement.json");
    Files.writeString(p, Files.readString(p).replace(from, to));
    return assertThrows(ConfigException.class, () -> new ConfigLoader().load(dir)).getMessage();
  }
}
