package org.supplierdiscovery.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every case of {@link RecordDatabaseTest} on a real PostgreSQL server, and the schema the migrations
 * make there compared with the one they make on embedded H2, column by column.
 */
class RecordDatabasePostgresIT extends RecordDatabaseTest {
  @RegisterExtension
  static final PostgresDatabases POSTGRES = new PostgresDatabases();

  @Override
  String freshUrl() {
    return POSTGRES.freshUrl();
  }

  @Test
  void theMigrationsMakeTheSameTablesAndColumnsOnBothDatabases() throws Exception {
    List<String> onPostgres;
    try (RecordStore store = RecordStore.open(freshUrl())) {
      onPostgres = columns(store);
    }
    List<String> onH2;
    try (RecordStore store = RecordStore.open(super.freshUrl())) {
      onH2 = columns(store);
    }
    assertTrue(onPostgres.size() > 10, onPostgres.toString());
    assertEquals(onH2, onPostgres);
  }

  /** Each column of the application's tables: table, column, type, length, nullability. */
  private static List<String> columns(RecordStore store) {
    return store.inTransaction(c -> {
      List<String> columns = new ArrayList<>();
      try (var s = c.createStatement();
          var r = s.executeQuery("SELECT table_name, column_name, data_type, character_maximum_length, is_nullable"
              + " FROM information_schema.columns WHERE table_schema = 'public'"
              + " AND table_name <> 'flyway_schema_history' ORDER BY table_name, column_name")) {
        while (r.next()) {
          columns.add(String.join(" ", r.getString(1), r.getString(2), r.getString(3), r.getString(4),
              r.getString(5)).toLowerCase(Locale.ROOT));
        }
      }
      return columns;
    });
  }
}
