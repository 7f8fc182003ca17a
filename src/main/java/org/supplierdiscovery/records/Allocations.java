package org.supplierdiscovery.records;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of random allocations and their eligible lists; callers run it inside their own transaction. */
final class Allocations {
  private Allocations() {}

  static void insert(Connection c, Allocation a) throws SQLException {
    try (var s = c.prepareStatement("INSERT INTO allocation (project_id, framework, lot, seed, algorithm,"
        + " algorithm_description, catalogue_generation, search_id, filters_json, chosen_supplier_id, allocated_at,"
        + " allocated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, a.projectId());
      s.setString(2, a.framework());
      s.setString(3, a.lot());
      s.setString(4, a.seed());
      s.setString(5, a.algorithm());
      s.setString(6, a.description());
      s.setLong(7, a.generation());
      s.setString(8, a.searchId());
      s.setString(9, a.filters());
      s.setString(10, a.chosen());
      s.setObject(11, Organisations.timestamp(a.allocatedAt()));
      s.setString(12, a.allocatedBy());
      s.executeUpdate();
    }
    try (var s = c.prepareStatement(
        "INSERT INTO allocation_supplier (project_id, place, supplier_id) VALUES (?, ?, ?)")) {
      for (int place = 0; place < a.eligible().size(); place++) {
        s.setString(1, a.projectId());
        s.setInt(2, place);
        s.setString(3, a.eligible().get(place));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** The project's allocation; the caller has checked the project is the organisation's. */
  static Optional<Allocation> find(Connection c, String projectId) throws SQLException {
    try (var s = c.prepareStatement("SELECT framework, lot, seed, algorithm, algorithm_description,"
        + " catalogue_generation, search_id, filters_json, chosen_supplier_id, allocated_at, allocated_by"
        + " FROM allocation WHERE project_id = ?")) {
      s.setString(1, projectId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(new Allocation(projectId, r.getString(1), r.getString(2), r.getString(3),
            r.getString(4), r.getString(5), r.getLong(6), r.getString(7), r.getString(8), eligible(c, projectId),
            r.getString(9), r.getObject(10, OffsetDateTime.class).toInstant(), r.getString(11)));
      }
    }
  }

  private static List<String> eligible(Connection c, String projectId) throws SQLException {
    List<String> all = new ArrayList<>();
    try (var s = c.prepareStatement(
        "SELECT supplier_id FROM allocation_supplier WHERE project_id = ? ORDER BY place")) {
      s.setString(1, projectId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          all.add(r.getString(1));
        }
      }
    }
    return all;
  }
}
