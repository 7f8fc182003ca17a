package org.supplierdiscovery.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a replica must share with its primary, and what a primary may list as a file. */
class ConfigFingerprintTest {
  @TempDir
  Path dir;

  @Test
  void identicalConfigurationsMatchAndAnyChangedByteOrLayoutDoesNot() throws IOException {
    Path a = config("a", "x=1", "y");
    Path b = config("b", "x=1", "y");
    assertEquals(ConfigFingerprint.of(a, "layout-1"), ConfigFingerprint.of(b, "layout-1"));
    assertNotEquals(ConfigFingerprint.of(a, "layout-1"), ConfigFingerprint.of(a, "layout-2"));
    Files.writeString(b.resolve("synonyms.txt"), "y ");
    assertNotEquals(ConfigFingerprint.of(a, "layout-1"), ConfigFingerprint.of(b, "layout-1"));
    Files.writeString(b.resolve("synonyms.txt"), "y");
    Files.move(b.resolve("ranking.json"), b.resolve("other.json"));
    assertNotEquals(ConfigFingerprint.of(a, "layout-1"), ConfigFingerprint.of(b, "layout-1"));
  }

  @Test
  void aRevisionNamesOnlyFilesInsideTheIndexDirectory() {
    for (String name : List.of("../segments_9", "sub/_0.cfs", "..\\x", ".hidden", "")) {
      assertThrows(IllegalArgumentException.class, () -> new RevisionFile(name, 1, 2), name);
    }
    assertEquals("_0.cfs", new RevisionFile("_0.cfs", 10, 3).name());
  }

  private Path config(String name, String ranking, String synonyms) throws IOException {
    Path d = Files.createDirectories(dir.resolve(name));
    Files.writeString(d.resolve("ranking.json"), ranking);
    Files.writeString(d.resolve("synonyms.txt"), synonyms);
    return d;
  }
}
