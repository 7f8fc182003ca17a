package org.supplierdiscovery.records;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A project's outcome, recorded (and replaced) only while the project is open; each is an event. */
public final class Outcomes {
  private final RecordStore store;

  public Outcomes(RecordStore store) {
    this.store = store;
  }

  /**
   * Records the outcome; empty when the organisation has no such project. An award needs the project
   * frozen and names a supplier of its frozen list that was not excluded.
   */
  public Optional<Outcome> record(Actor actor, String projectId, Outcome outcome) {
    return store.inTransaction(c -> {
      Optional<Project> project = Projects.open(c, actor.organisation(), projectId);
      if (project.isEmpty()) {
        return Optional.empty();
      }
      if (outcome.kind() == Outcome.Kind.AWARDED) {
        checkAward(c, actor.organisation(), projectId, outcome.supplierId());
      }
      delete(c, projectId);
      insert(c, projectId, outcome);
      Events.append(c, projectId, actor, EventType.OUTCOME, detail(outcome), outcome.recordedAt());
      return Optional.of(outcome);
    });
  }

  /** The project's outcome; empty when there is no such project or no outcome yet. */
  public Optional<Outcome> get(Organisation org, String projectId) {
    return store.inTransaction(c -> Projects.find(c, org, projectId).isEmpty() ? Optional.empty() : read(c, projectId));
  }

  private static void checkAward(Connection c, Organisation org, String projectId, String supplierId)
      throws SQLException {
    FrozenSearch frozen = Decisions.frozenOpen(c, org, projectId).orElseThrow();
    if (!frozen.holds(supplierId)) {
      throw new RecordConflictException("supplierId", "Supplier '" + supplierId
          + "' is not in the project's frozen list; only a frozen supplier can be awarded.");
    }
    try (var s = c.prepareStatement("SELECT verdict FROM decision WHERE project_id = ? AND supplier_id = ?")) {
      s.setString(1, projectId);
      s.setString(2, supplierId);
      try (ResultSet r = s.executeQuery()) {
        if (r.next() && Verdict.EXCLUDED.label().equals(r.getString(1))) {
          throw new RecordConflictException("supplierId", "Supplier '" + supplierId
              + "' was excluded; shortlist it first to award it.");
        }
      }
    }
  }

  private static Map<String, Object> detail(Outcome o) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("outcome", o.kind().label());
    if (o.kind() == Outcome.Kind.AWARDED) {
      detail.put("supplierId", o.supplierId());
      detail.put("value", o.value().toPlainString());
      detail.put("currency", o.currency());
      detail.put("start", o.start().toString());
      detail.put("end", o.end().toString());
    }
    detail.put("reason", o.reason());
    return detail;
  }

  private static void delete(Connection c, String projectId) throws SQLException {
    try (var s = c.prepareStatement("DELETE FROM outcome WHERE project_id = ?")) {
      s.setString(1, projectId);
      s.executeUpdate();
    }
  }

  private static void insert(Connection c, String projectId, Outcome o) throws SQLException {
    try (var s = c.prepareStatement("INSERT INTO outcome (project_id, kind, supplier_id, contract_value, currency,"
        + " starts_on, ends_on, reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, projectId);
      s.setString(2, o.kind().label());
      s.setString(3, o.supplierId());
      s.setBigDecimal(4, o.value());
      s.setString(5, o.currency());
      s.setObject(6, o.start());
      s.setObject(7, o.end());
      s.setString(8, o.reason());
      s.setObject(9, Organisations.timestamp(o.recordedAt()));
      s.setString(10, o.recordedBy());
      s.executeUpdate();
    }
  }

  private static Optional<Outcome> read(Connection c, String projectId) throws SQLException {
    try (var s = c.prepareStatement("SELECT kind, supplier_id, contract_value, currency, starts_on, ends_on, reason,"
        + " recorded_at, recorded_by FROM outcome WHERE project_id = ?")) {
      s.setString(1, projectId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        Outcome.Kind kind = Outcome.Kind.of(r.getString(1)).orElseThrow(() -> new IllegalStateException("kind"));
        return Optional.of(new Outcome(kind, r.getString(2), r.getBigDecimal(3), r.getString(4),
            r.getObject(5, LocalDate.class), r.getObject(6, LocalDate.class), r.getString(7),
            r.getObject(8, OffsetDateTime.class).toInstant(), r.getString(9)));
      }
    }
  }
}
