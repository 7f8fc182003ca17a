package org.supplierdiscovery.records;

import java.io.Closeable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;

/**
 * The one owner of the procurement-record database: it migrates the schema at start, holds a single
 * connection and runs every unit of work in one transaction, so a write applies whole or not at all.
 * Work is serialised; record writes are few and short beside searches.
 */
public final class RecordStore implements Closeable {
  public static final String ENV = "SUPPLIER_DISCOVERY_RECORDS_URL";

  /**
   * H2 speaks PostgreSQL's dialect here, and writes each commit to the file at once (WRITE_DELAY=0), so
   * an acknowledged write survives the process being killed.
   */
  private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
      + ";WRITE_DELAY=0";

  private final Connection connection;
  private final boolean inMemory;
  private final ReentrantLock lock = new ReentrantLock();

  /** A unit of work inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private RecordStore(Connection connection, boolean inMemory) {
    this.connection = connection;
    this.inMemory = inMemory;
  }

  /** Opens the database at {@code jdbcUrl} and brings its schema to the current version. */
  public static RecordStore open(String jdbcUrl) throws SQLException {
    Flyway.configure().dataSource(jdbcUrl, "", "").locations("classpath:db/migration").load().migrate();
    Connection c = DriverManager.getConnection(jdbcUrl);
    c.setAutoCommit(false);
    return new RecordStore(c, jdbcUrl.startsWith("jdbc:h2:mem:"));
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
    lock.lock();
    try {
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(e);
        throw e instanceof RuntimeException r ? r : new RecordStoreException((SQLException) e);
      }
    } finally {
      lock.unlock();
    }
  }

  private void rollback(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (inMemory) {
        // kept open between connections while in use (DB_CLOSE_DELAY=-1); freed here
        try (var s = connection.createStatement()) {
          s.execute("SHUTDOWN");
        }
      }
      connection.close();
    } catch (SQLException ignored) {
      // closing after the last commit; nothing acknowledged depends on it
    } finally {
      lock.unlock();
    }
  }
}
