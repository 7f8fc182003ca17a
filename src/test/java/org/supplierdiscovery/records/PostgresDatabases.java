package org.supplierdiscovery.records;

import java.sql.SQLException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh databases on one throwaway PostgreSQL server shared by every test class of the run: the server
 * starts when the first test asks for a database, and is stopped and deleted when the run ends. A class
 * registers it as {@code @RegisterExtension static final PostgresDatabases POSTGRES = new
 * PostgresDatabases();}; where PostgreSQL cannot run, each test that asks for a database is skipped
 * with the reason (failed under CI=true).
 */
public final class PostgresDatabases implements BeforeAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
      .create(PostgresDatabases.class);
  private ExtensionContext.Store runStore;

  @Override
  public void beforeAll(ExtensionContext context) {
    // an AutoCloseable in the root store is closed when the whole run ends
    runStore = context.getRoot().getStore(NAMESPACE);
  }

  /** The JDBC URL of a new, empty database. */
  public String freshUrl() {
    return runStore.computeIfAbsent(PostgresServer.class, k -> PostgresServer.startOrSkip(), PostgresServer.class)
        .createDatabase();
  }

  /** A record store on a new database, migrated to the current schema. */
  public RecordStore freshStore() {
    try {
      return RecordStore.open(freshUrl());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open a record store on the test server", e);
    }
  }
}
