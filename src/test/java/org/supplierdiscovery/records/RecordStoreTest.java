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
      assertEquals(List.of("flyway_schema_history", "frozen_search", "frozen_supplier", "organisation", "project",
          "saved_search"), tables);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    assertEquals(true, dir.resolve("records.mv.db").toFile().isFile());
  }
}
