package org.supplierdiscovery.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record store on a database of each kind: every migration runs on it, and a transaction applies
 * whole or not at all. Here on an embedded H2 file, as {@code serve} keeps by default;
 * {@link RecordDatabasePostgresIT} runs every case again on PostgreSQL.
 */
class RecordDatabaseTest {
  @TempDir
  Path dir;

  /** The JDBC URL of a new, empty database. */
  String freshUrl() {
    return RecordStore.fileUrl(dir);
  }

  @Test
  void everyMigrationRunsAndIsRecordedAsApplied() throws Exception {
    try (RecordStore store = RecordStore.open(freshUrl())) {
      List<String> applied = store.inTransaction(c -> {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery("SELECT script, success FROM flyway_schema_history"
                + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
          while (r.next()) {
            rows.add(r.getString(1) + (r.getBoolean(2) ? "" : " FAILED"));
          }
        }
        return rows;
      });
      assertEquals(migrationFiles(), new TreeSet<>(applied));
      assertEquals(migrationFiles().size(), applied.size());
    }
  }

  @Test
  void reopeningAMigratedDatabaseKeepsItsRowsAndRunsNoMigrationAgain() throws Exception {
    String url = freshUrl();
    try (RecordStore store = RecordStore.open(url)) {
      store.inTransaction(c -> insert(c, "o1"));
    }
    try (RecordStore store = RecordStore.open(url)) {
      assertEquals(1, count(store, "organisation"));
      assertEquals(migrationFiles().size(), count(store, "flyway_schema_history WHERE version IS NOT NULL"));
    }
  }

  @Test
  void aTransactionThatFailsLeavesNothing() throws Exception {
    try (RecordStore store = RecordStore.open(freshUrl())) {
      assertThrows(IllegalStateException.class, () -> store.inTransaction(c -> {
        insert(c, "o1");
        throw new IllegalStateException("fails after the first write");
      }));
      assertEquals(0, count(store, "organisation"));
      // a constraint broken by the second write rolls back the first
      assertThrows(RecordStoreException.class, () -> store.inTransaction(c -> {
        insert(c, "o2");
        return insert(c, "o2");
      }));
      assertEquals(0, count(store, "organisation"));
      // and the store goes on working
      store.inTransaction(c -> insert(c, "o3"));
      assertEquals(1, count(store, "organisation"));
    }
  }

  @Test
  void aClosedStoreRefusesWorkWithRecordStoreException() throws Exception {
    RecordStore store = RecordStore.open(freshUrl());
    store.close();
    RecordStoreException e = assertThrows(RecordStoreException.class, () -> count(store, "organisation"));
    assertTrue(e.getMessage().startsWith("the record database failed: "), e.getMessage());
  }

  /** The migration scripts on the class path, as Flyway finds them. */
  static Set<String> migrationFiles() throws IOException, URISyntaxException {
    Path folder = Path.of(Objects.requireNonNull(RecordStore.class.getResource("/db/migration")).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+.*__.+\\.sql"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  static int insert(Connection c, String id) throws SQLException {
    try (var s = c.prepareStatement("INSERT INTO organisation (id, name, key_hash, created_at) VALUES (?, ?, ?, ?)")) {
      s.setString(1, id);
      s.setString(2, "Org " + id);
      s.setString(3, "0".repeat(62) + id);
      s.setObject(4, OffsetDateTime.of(2026, 12, 4, 0, 0, 0, 0, ZoneOffset.UTC));
      return s.executeUpdate();
    }
  }

  static int count(RecordStore store, String table) {
    return store.inTransaction(c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
        r.next();
        return r.getInt(1);
      }
    });
  }
}
