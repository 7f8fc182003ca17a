package org.supplierdiscovery.records;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Projects and their saved searches, always read and written on behalf of one organisation: every
 * statement names the organisation, so another organisation's project is simply not found.
 */
public final class Projects {
  private static final String COLUMNS = "id, name, active_search_id, created_at, closed_at";
  private final RecordStore store;
  private final Clock clock;

  public Projects(RecordStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Project create(Organisation org, String name) {
    Project p = new Project(UUID.randomUUID().toString(), name, null, clock.instant(), null);
    store.inTransaction(c -> {
      try (var s = c.prepareStatement(
          "INSERT INTO project (id, organisation_id, name, created_at) VALUES (?, ?, ?, ?)")) {
        s.setString(1, p.id());
        s.setString(2, org.id());
        s.setString(3, name);
        s.setObject(4, Organisations.timestamp(p.createdAt()));
        return s.executeUpdate();
      }
    });
    return p;
  }

  public List<Project> list(Organisation org) {
    return store.inTransaction(c -> {
      List<Project> all = new ArrayList<>();
      try (var s = c.prepareStatement(
          "SELECT " + COLUMNS + " FROM project WHERE organisation_id = ? ORDER BY created_at, id")) {
        s.setString(1, org.id());
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            all.add(read(r));
          }
        }
      }
      return all;
    });
  }

  public Optional<Project> get(Organisation org, String id) {
    return store.inTransaction(c -> find(c, org, id));
  }

  public Optional<Project> rename(Organisation org, String id, String name) {
    return store.inTransaction(c -> {
      try (var s = c.prepareStatement("UPDATE project SET name = ? WHERE id = ? AND organisation_id = ?")) {
        s.setString(1, name);
        s.setString(2, id);
        s.setString(3, org.id());
        s.executeUpdate();
      }
      return find(c, org, id);
    });
  }

  /** Saves a search into the project and makes it the active one, in one transaction. */
  public Optional<SavedSearch> save(Organisation org, String projectId, SearchSummary.Ran ran, String request) {
    return store.inTransaction(c -> {
      if (find(c, org, projectId).isEmpty()) {
        return Optional.empty();
      }
      SavedSearch saved = new SavedSearch(UUID.randomUUID().toString(), request, ran.summary(), ran.total(),
          ran.generation(), clock.instant(), true);
      try (var s = c.prepareStatement("INSERT INTO saved_search (id, project_id, request_json, summary, total,"
          + " generation, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        s.setString(1, saved.id());
        s.setString(2, projectId);
        s.setString(3, request);
        s.setString(4, saved.summary());
        s.setLong(5, saved.total());
        s.setLong(6, saved.generation());
        s.setObject(7, Organisations.timestamp(saved.savedAt()));
        s.executeUpdate();
      }
      activate(c, projectId, saved.id());
      return Optional.of(saved);
    });
  }

  /** The project's saved searches, oldest first; empty if the organisation has no such project. */
  public Optional<List<SavedSearch>> searches(Organisation org, String projectId) {
    return store.inTransaction(c -> {
      Optional<Project> project = find(c, org, projectId);
      if (project.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(searches(c, project.get()));
    });
  }

  /** Makes a saved search of the project the active one; empty if either is not the organisation's. */
  public Optional<Project> choose(Organisation org, String projectId, String searchId) {
    return store.inTransaction(c -> {
      Optional<Project> project = find(c, org, projectId);
      if (project.isEmpty() || searches(c, project.get()).stream().noneMatch(s -> s.id().equals(searchId))) {
        return Optional.empty();
      }
      activate(c, projectId, searchId);
      return find(c, org, projectId);
    });
  }

  private static void activate(Connection c, String projectId, String searchId) throws SQLException {
    try (var s = c.prepareStatement("UPDATE project SET active_search_id = ? WHERE id = ?")) {
      s.setString(1, searchId);
      s.setString(2, projectId);
      s.executeUpdate();
    }
  }

  static List<SavedSearch> searches(Connection c, Project project) throws SQLException {
    List<SavedSearch> all = new ArrayList<>();
    try (var s = c.prepareStatement("SELECT id, request_json, summary, total, generation, saved_at"
        + " FROM saved_search WHERE project_id = ? ORDER BY seq")) {
      s.setString(1, project.id());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String id = r.getString(1);
          all.add(new SavedSearch(id, r.getString(2), r.getString(3), r.getLong(4), r.getLong(5),
              r.getObject(6, OffsetDateTime.class).toInstant(), id.equals(project.activeSearchId())));
        }
      }
    }
    return all;
  }

  static Optional<Project> find(Connection c, Organisation org, String id) throws SQLException {
    try (var s = c.prepareStatement("SELECT " + COLUMNS + " FROM project WHERE id = ? AND organisation_id = ?")) {
      s.setString(1, id);
      s.setString(2, org.id());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(read(r)) : Optional.empty();
      }
    }
  }

  private static Project read(ResultSet r) throws SQLException {
    OffsetDateTime closed = r.getObject(5, OffsetDateTime.class);
    return new Project(r.getString(1), r.getString(2), r.getString(3),
        r.getObject(4, OffsetDateTime.class).toInstant(), closed == null ? null : closed.toInstant());
  }
}
