package org.supplierdiscovery.records;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of frozen searches and their supplier lists; callers run it inside their own transaction. */
final class Freezes {
  private Freezes() {}

  /** A frozen search whose commit is still pinned: which project, which commit, since when. */
  record Pin(String projectId, String organisationId, long commitGeneration, Instant frozenAt) {}

  static void insert(Connection c, FrozenSearch f) throws SQLException {
    try (var s = c.prepareStatement("INSERT INTO frozen_search (project_id, search_id, request_json, summary, total,"
        + " catalogue_generation, commit_generation, frozen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, f.projectId());
      s.setString(2, f.searchId());
      s.setString(3, f.request());
      s.setString(4, f.summary());
      s.setLong(5, f.total());
      s.setLong(6, f.generation());
      s.setLong(7, f.commitGeneration());
      s.setObject(8, Organisations.timestamp(f.frozenAt()));
      s.executeUpdate();
    }
    try (var s = c.prepareStatement(
        "INSERT INTO frozen_supplier (project_id, place, supplier_id, record_json) VALUES (?, ?, ?, ?)")) {
      for (FrozenSupplier supplier : f.suppliers()) {
        s.setString(1, f.projectId());
        s.setInt(2, supplier.place());
        s.setString(3, supplier.id());
        s.setString(4, supplier.record());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** The project's frozen search; the caller has checked the project is the organisation's. */
  static Optional<FrozenSearch> find(Connection c, String projectId) throws SQLException {
    try (var s = c.prepareStatement("SELECT search_id, request_json, summary, total, catalogue_generation,"
        + " commit_generation, frozen_at, unpinned_at FROM frozen_search WHERE project_id = ?")) {
      s.setString(1, projectId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        OffsetDateTime unpinned = r.getObject(8, OffsetDateTime.class);
        return Optional.of(new FrozenSearch(projectId, r.getString(1), r.getString(2), r.getString(3), r.getLong(4),
            r.getLong(5), r.getLong(6), r.getObject(7, OffsetDateTime.class).toInstant(),
            unpinned == null ? null : unpinned.toInstant(), suppliers(c, projectId)));
      }
    }
  }

  private static List<FrozenSupplier> suppliers(Connection c, String projectId) throws SQLException {
    List<FrozenSupplier> all = new ArrayList<>();
    try (var s = c.prepareStatement(
        "SELECT place, supplier_id, record_json FROM frozen_supplier WHERE project_id = ? ORDER BY place")) {
      s.setString(1, projectId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          all.add(new FrozenSupplier(r.getInt(1), r.getString(2), r.getString(3)));
        }
      }
    }
    return all;
  }

  /** Frozen searches still pinned that were frozen before {@code before}, oldest first. */
  static List<Pin> pinnedBefore(Connection c, Instant before) throws SQLException {
    List<Pin> all = new ArrayList<>();
    try (var s = c.prepareStatement("SELECT f.project_id, p.organisation_id, f.commit_generation, f.frozen_at"
        + " FROM frozen_search f JOIN project p ON p.id = f.project_id"
        + " WHERE f.unpinned_at IS NULL AND f.frozen_at < ? ORDER BY f.frozen_at, f.project_id")) {
      s.setObject(1, Organisations.timestamp(before));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          all.add(new Pin(r.getString(1), r.getString(2), r.getLong(3), r.getObject(4, OffsetDateTime.class)
              .toInstant()));
        }
      }
    }
    return all;
  }

  /** Marks the project's frozen search unpinned; true if it was pinned until now. */
  static boolean markUnpinned(Connection c, String projectId, Instant at) throws SQLException {
    try (var s = c.prepareStatement(
        "UPDATE frozen_search SET unpinned_at = ? WHERE project_id = ? AND unpinned_at IS NULL")) {
      s.setObject(1, Organisations.timestamp(at));
      s.setString(2, projectId);
      return s.executeUpdate() == 1;
    }
  }

  static void close(Connection c, String projectId, Instant at) throws SQLException {
    try (var s = c.prepareStatement("UPDATE project SET closed_at = ? WHERE id = ? AND closed_at IS NULL")) {
      s.setObject(1, Organisations.timestamp(at));
      s.setString(2, projectId);
      s.executeUpdate();
    }
  }
}
