package org.supplierdiscovery.records;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.Closeable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * The one owner of the procurement-record database (embedded H2, or PostgreSQL when the JDBC URL names
 * it): it migrates the schema at start, holds a single pooled connection and runs every unit of work in
 * one transaction, so a write applies whole or not at all. Work is serialised by taking that connection
 * in turn; record writes are few and short beside searches. The pool replaces a connection the database
 * dropped (a restart, a network fault), and a unit of work waits for it at most
 * {@link #CONNECTION_WAIT_MS}, then fails with {@link RecordStoreException}.
 */
public final class RecordStore implements Closeable {
  public static final String ENV = "SUPPLIER_DISCOVERY_RECORDS_URL";

  /**
   * H2 speaks PostgreSQL's dialect here, and writes each commit to the file at once (WRITE_DELAY=0), so
   * an acknowledged write survives the process being killed.
   */
  private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
      + ";WRITE_DELAY=0";

  /** How long a unit of work waits for the connection (its turn, or a database coming back). */
  static final long CONNECTION_WAIT_MS = 2_000;

  private final HikariDataSource pool;
  private final String jdbcUrl;

  /** A unit of work inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private RecordStore(HikariDataSource pool, String jdbcUrl) {
    this.pool = pool;
    this.jdbcUrl = jdbcUrl;
  }

  /** Opens the database at {@code jdbcUrl} and brings its schema to the current version. */
  public static RecordStore open(String jdbcUrl) throws SQLException {
    Flyway.configure().dataSource(jdbcUrl, "", "").locations("classpath:db/migration").load().migrate();
    HikariConfig config = new HikariConfig();
    config.setPoolName("records");
    config.setJdbcUrl(jdbcUrl);
    config.setAutoCommit(false);
    config.setMaximumPoolSize(1);
    config.setConnectionTimeout(CONNECTION_WAIT_MS);
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      // nothing between here and an embedded database drops a connection, and retiring the only one
      // (by default every 30 minutes) would close the database file and open it again
      config.setMaxLifetime(0);
    }
    try {
      return new RecordStore(new HikariDataSource(config), jdbcUrl);
    } catch (HikariPool.PoolInitializationException e) {
      throw new SQLException(e.getMessage(), e);
    }
  }

  /** The embedded database file beside the index: {@code <data dir>/records.mv.db}. */
  public static String fileUrl(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("records") + H2_OPTIONS;
  }

  /** A private database in memory, gone when closed: for tests and servers that keep no records. */
  public static RecordStore inMemory() {
    try {
      return open("jdbc:h2:mem:records-" + java.util.UUID.randomUUID() + H2_OPTIONS + ";DB_CLOSE_DELAY=-1");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open an in-memory record store", e);
    }
  }

  /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
  public <T> T inTransaction(Work<T> work) {
    try (Connection connection = pool.getConnection()) {
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new RecordStoreException(e);
    }
  }

  private static void rollback(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Closes the connection; later units of work fail with {@link RecordStoreException}. */
  @Override
  public void close() {
    pool.close();
    if (jdbcUrl.startsWith("jdbc:h2:mem:")) {
      // kept open between connections while in use (DB_CLOSE_DELAY=-1); freed here
      try (Connection c = DriverManager.getConnection(jdbcUrl); var s = c.createStatement()) {
        s.execute("SHUTDOWN");
      } catch (SQLException ignored) {
        // already gone
      }
    }
  }
}
