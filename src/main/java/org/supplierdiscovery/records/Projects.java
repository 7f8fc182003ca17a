package org.supplierdiscovery.records;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  public Project create(Actor actor, String name) {
    Organisation org = actor.organisation();
    Project p = new Project(UUID.randomUUID().toString(), name, null, clock.instant(), null);
    store.inTransaction(c -> {
      try (var s = c.prepareStatement(
          "INSERT INTO project (id, organisation_id, name, created_at) VALUES (?, ?, ?, ?)")) {
        s.setString(1, p.id());
        s.setString(2, org.id());
        s.setString(3, name);
        s.setObject(4, Organisations.timestamp(p.createdAt()));
        s.executeUpdate();
      }
      Events.append(c, p.id(), actor, EventType.CREATE, Map.of("name", name), now());
      return null;
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

  public Optional<Project> rename(Actor actor, String id, String name) {
    Organisation org = actor.organisation();
    return store.inTransaction(c -> {
      if (open(c, org, id).isEmpty()) {
        return Optional.empty();
      }
      try (var s = c.prepareStatement("UPDATE project SET name = ? WHERE id = ? AND organisation_id = ?")) {
        s.setString(1, name);
        s.setString(2, id);
        s.setString(3, org.id());
        s.executeUpdate();
      }
      Events.append(c, id, actor, EventType.RENAME, Map.of("name", name), now());
      return find(c, org, id);
    });
  }

  /** Saves a search into the project and makes it the active one, in one transaction. */
  public Optional<SavedSearch> save(Actor actor, String projectId, SearchSummary.Ran ran, String request) {
    return store.inTransaction(c -> {
      if (open(c, actor.organisation(), projectId).isEmpty()) {
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
      Events.append(c, projectId, actor, EventType.SAVE_SEARCH, Map.of("searchId", saved.id(), "summary",
          saved.summary(), "total", saved.total(), "generation", saved.generation()), now());
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
  public Optional<Project> choose(Actor actor, String projectId, String searchId) {
    Organisation org = actor.organisation();
    return store.inTransaction(c -> {
      Optional<Project> project = open(c, org, projectId);
      if (project.isEmpty() || searches(c, project.get()).stream().noneMatch(s -> s.id().equals(searchId))) {
        return Optional.empty();
      }
      activate(c, projectId, searchId);
      Events.append(c, projectId, actor, EventType.ACTIVATE, Map.of("searchId", searchId), now());
      return find(c, org, projectId);
    });
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
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

  /** The organisation's project if it may still change; a conflict once it is closed. */
  static Optional<Project> open(Connection c, Organisation org, String id) throws SQLException {
    Optional<Project> p = find(c, org, id);
    if (p.isPresent() && p.get().closed()) {
      throw new RecordConflictException("project", "The project is closed; it takes no more changes.");
    }
    return p;
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
