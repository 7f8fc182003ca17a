package org.supplierdiscovery.records;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shortlist: each supplier of a project's frozen list shortlisted or excluded with its reason, and
 * shortlisted suppliers compared side by side from their frozen records. Only a frozen supplier can be
 * decided on, and only while the project is open.
 */
public final class Decisions {
  /** At most this many suppliers are compared side by side. */
  public static final int MAX_COMPARED = 6;
  private final RecordStore store;
  private final Clock clock;

  public Decisions(RecordStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** A frozen supplier and what was decided about it, if anything yet. */
  public record Row(FrozenSupplier supplier, Decision decision) {}

  /** Records a decision, replacing any earlier one; empty when the organisation has no such project. */
  public Optional<Decision> decide(Actor actor, String projectId, String supplierId, Verdict verdict, String reason) {
    Decision d = new Decision(supplierId, verdict, reason, clock.instant().truncatedTo(ChronoUnit.MICROS),
        actor.person());
    return store.inTransaction(c -> {
      Optional<FrozenSearch> frozen = frozenOpen(c, actor.organisation(), projectId);
      if (frozen.isEmpty()) {
        return Optional.empty();
      }
      if (!frozen.get().holds(supplierId)) {
        throw new RecordConflictException("supplierId", "Supplier '" + supplierId
            + "' is not in the project's frozen list; only frozen suppliers are shortlisted or excluded.");
      }
      write(c, projectId, d);
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("supplierId", supplierId);
      detail.put("decision", verdict.label());
      detail.put("reason", reason);
      Events.append(c, projectId, actor, EventType.DECIDE, detail, d.decidedAt());
      return Optional.of(d);
    });
  }

  /** Every frozen supplier in rank order with its decision (null if none yet); empty when not found. */
  public Optional<List<Row>> list(Organisation org, String projectId) {
    return store.inTransaction(c -> {
      if (Projects.find(c, org, projectId).isEmpty()) {
        return Optional.empty();
      }
      Optional<FrozenSearch> frozen = Freezes.find(c, projectId);
      if (frozen.isEmpty()) {
        return Optional.of(List.of());
      }
      Map<String, Decision> decided = read(c, projectId);
      return Optional.of(frozen.get().suppliers().stream().map(s -> new Row(s, decided.get(s.id()))).toList());
    });
  }

  /**
   * The shortlisted suppliers named, side by side from their frozen records; a conflict names any that
   * is not shortlisted. Empty when not found.
   */
  public Optional<Comparison> compare(Organisation org, String projectId, List<String> supplierIds) {
    return list(org, projectId).map(rows -> {
      Map<String, Row> byId = new HashMap<>();
      rows.forEach(r -> byId.put(r.supplier().id(), r));
      List<FrozenSupplier> compared = new ArrayList<>();
      for (String id : supplierIds) {
        Row row = byId.get(id);
        if (row == null || row.decision() == null || row.decision().verdict() != Verdict.SHORTLISTED) {
          throw new RecordConflictException("suppliers", "Supplier '" + id + "' is not shortlisted in this project;"
              + " only shortlisted suppliers are compared.");
        }
        compared.add(row.supplier());
      }
      return Comparison.of(compared);
    });
  }

  /** The project's frozen search if the project is open; a conflict when it is not frozen. */
  static Optional<FrozenSearch> frozenOpen(Connection c, Organisation org, String projectId) throws SQLException {
    if (Projects.open(c, org, projectId).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Freezes.find(c, projectId).orElseThrow(() -> new RecordConflictException("project",
        "The project's search is not frozen yet; freeze it first.")));
  }

  private static void write(Connection c, String projectId, Decision d) throws SQLException {
    String update = "UPDATE decision SET verdict = ?, reason = ?, decided_at = ?, decided_by = ?"
        + " WHERE project_id = ? AND supplier_id = ?";
    String insert = "INSERT INTO decision (verdict, reason, decided_at, decided_by, project_id, supplier_id)"
        + " VALUES (?, ?, ?, ?, ?, ?)";
    try (var s = c.prepareStatement(update)) {
      if (bind(s, projectId, d).executeUpdate() == 1) {
        return;
      }
    }
    try (var s = c.prepareStatement(insert)) {
      bind(s, projectId, d).executeUpdate();
    }
  }

  private static java.sql.PreparedStatement bind(java.sql.PreparedStatement s, String projectId, Decision d)
      throws SQLException {
    s.setString(1, d.verdict().label());
    s.setString(2, d.reason());
    s.setObject(3, Organisations.timestamp(d.decidedAt()));
    s.setString(4, d.decidedBy());
    s.setString(5, projectId);
    s.setString(6, d.supplierId());
    return s;
  }

  private static Map<String, Decision> read(Connection c, String projectId) throws SQLException {
    Map<String, Decision> all = new HashMap<>();
    try (var s = c.prepareStatement(
        "SELECT supplier_id, verdict, reason, decided_at, decided_by FROM decision WHERE project_id = ?")) {
      s.setString(1, projectId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Verdict v = Verdict.of(r.getString(2)).orElseThrow(() -> new IllegalStateException("unknown verdict"));
          all.put(r.getString(1), new Decision(r.getString(1), v, r.getString(3),
              r.getObject(4, OffsetDateTime.class).toInstant(), r.getString(5)));
        }
      }
    }
    return all;
  }
}
