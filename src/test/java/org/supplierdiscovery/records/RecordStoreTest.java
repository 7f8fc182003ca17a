package org.supplierdiscovery.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
      assertEquals(List.of("decision", "flyway_schema_history", "frozen_search", "frozen_supplier", "organisation",
          "outcome", "project", "project_event", "saved_search"), tables);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    assertEquals(true, dir.resolve("records.mv.db").toFile().isFile());
  }

  @Test
  void reopeningAMigratedDatabaseKeepsItsRows() throws Exception {
    try (RecordStore store = RecordStore.open(RecordStore.fileUrl(dir))) {
      insertOrganisation(store, "o1");
    }
    try (RecordStore store = RecordStore.open(RecordStore.fileUrl(dir))) {
      assertEquals(1, count(store));
    }
  }

  @Test
  void aTransactionThatFailsLeavesNothing() {
    try (RecordStore store = RecordStore.inMemory()) {
      assertThrows(IllegalStateException.class, () -> store.inTransaction(c -> {
        insert(c, "o1");
        throw new IllegalStateException("fails after the first write");
      }));
      assertEquals(0, count(store));
      // a constraint broken by the second write rolls back the first
      assertThrows(RecordStoreException.class, () -> store.inTransaction(c -> {
        insert(c, "o2");
        insert(c, "o2");
        return null;
      }));
      assertEquals(0, count(store));
    }
  }

  private static void insertOrganisation(RecordStore store, String id) {
    store.inTransaction(c -> {
      insert(c, id);
      return null;
    });
  }

  private static void insert(java.sql.Connection c, String id) throws java.sql.SQLException {
    try (var s = c.prepareStatement("INSERT INTO organisation (id, name, key_hash, created_at) VALUES (?, ?, ?, ?)")) {
      s.setString(1, id);
      s.setString(2, "Org " + id);
      s.setString(3, "0".repeat(63) + id.length());
      s.setObject(4, OffsetDateTime.of(2026, 12, 4, 0, 0, 0, 0, ZoneOffset.UTC));
      s.executeUpdate();
    }
  }

  private static int count(RecordStore store) {
    return store.inTransaction(c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM organisation")) {
        r.next();
        return r.getInt(1);
      }
    });
  }
}
