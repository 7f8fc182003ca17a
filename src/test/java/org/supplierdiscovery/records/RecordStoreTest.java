package org.supplierdiscovery.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordStoreTest {
  /** Every table the migration files create, and Flyway's own history, in name order. */
  static List<String> createdByMigrations() {
    java.util.TreeSet<String> names = new java.util.TreeSet<>(List.of("flyway_schema_history"));
    java.util.regex.Pattern create = java.util.regex.Pattern.compile("CREATE TABLE (\\w+)");
    try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
      for (Path f : files.toList()) {
        java.util.regex.Matcher m = create.matcher(java.nio.file.Files.readString(f));
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return List.copyOf(names);
  }

  @TempDir
  Path dir;

  @Test
  void migratesAnEmptyDatabaseFileBesideTheIndexToTheCurrentSchema() {
    try (RecordStore store = RecordStore.open(RecordStore.fileUrl(dir))) {
      List<String> tables = store.inTransaction(c -> {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name")) {
          while (r.next()) {
            names.add(r.getString(1));
          }
        }
        return names;
      });
      assertEquals(createdByMigrations(), tables);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    assertEquals(true, dir.resolve("records.mv.db").toFile().isFile());
  }
}
