package org.supplierdiscovery.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's audit trail as a hash chain. An event is written in the transaction of the change it
 * records, so there is never one without the other; its hash covers its canonical form, which holds
 * the hash of the event before, so changing, removing or reordering any stored event is found by
 * {@link #verify}.
 */
public final class Events {
  static final String GENESIS = "0".repeat(64);
  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
  private final RecordStore store;
  private final Clock clock;

  public Events(RecordStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Records an event that changes nothing else (a download, say) in a transaction of its own; false
   * when the organisation has no such project. A change to the project appends its event inside the
   * change's own transaction instead, with {@link #append(Connection, String, Actor, EventType, Map, Instant)}.
   */
  public boolean record(Actor actor, String projectId, EventType type, Map<String, ?> detail) {
    return store.inTransaction(c -> {
      if (Projects.find(c, actor.organisation(), projectId).isEmpty()) {
        return false;
      }
      append(c, projectId, actor, type, detail, clock.instant().truncatedTo(ChronoUnit.MICROS));
      return true;
    });
  }

  /** Whether the chain is intact, or the first event that breaks it and how. */
  public record Verification(boolean intact, int events, Integer brokenAt, String reason) {}

  /**
   * Appends an event to the project's chain on {@code c}, inside the caller's transaction. {@code
   * organisationId} is the project's organisation; {@code person} may be null.
   */
  static void append(
      Connection c, String projectId, String organisationId, String person, EventType type,
      Map<String, ?> detail, Instant at) throws SQLException {
    int seq = 1;
    String previous = GENESIS;
    try (var s = c.prepareStatement(
        "SELECT seq, hash FROM project_event WHERE project_id = ? ORDER BY seq DESC LIMIT 1")) {
      s.setString(1, projectId);
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          seq = r.getInt(1) + 1;
          previous = r.getString(2);
        }
      }
    }
    String json = canonical(detail);
    // the database keeps microseconds; the hash must cover the time exactly as it is stored
    ProjectEvent e = new ProjectEvent(projectId, seq, at.truncatedTo(ChronoUnit.MICROS), organisationId, person,
        type.label(), json, previous, null);
    insert(c, e, hash(e));
  }

  /** Appends an event for {@code actor}, who acts for the project's organisation. */
  static void append(
      Connection c, String projectId, Actor actor, EventType type, Map<String, ?> detail, Instant at)
      throws SQLException {
    append(c, projectId, actor.organisation().id(), actor.person(), type, detail, at);
  }

  private static void insert(Connection c, ProjectEvent e, String hash) throws SQLException {
    try (var s = c.prepareStatement("INSERT INTO project_event (project_id, seq, occurred_at, organisation_id, actor,"
        + " event_type, detail_json, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, e.projectId());
      s.setInt(2, e.seq());
      s.setObject(3, Organisations.timestamp(e.at()));
      s.setString(4, e.organisationId());
      s.setString(5, e.actor());
      s.setString(6, e.type());
      s.setString(7, e.detail());
      s.setString(8, e.previousHash());
      s.setString(9, hash);
      s.executeUpdate();
    }
  }

  /** The project's events, oldest first; empty when the organisation has no such project. */
  public Optional<List<ProjectEvent>> list(Organisation org, String projectId) {
    return store.inTransaction(c -> Projects.find(c, org, projectId).isEmpty()
        ? Optional.empty()
        : Optional.of(read(c, projectId)));
  }

  /** Recomputes the project's chain; empty when the organisation has no such project. */
  public Optional<Verification> verify(Organisation org, String projectId) {
    return list(org, projectId).map(Events::verify);
  }

  static Verification verify(List<ProjectEvent> events) {
    String previous = GENESIS;
    for (int i = 0; i < events.size(); i++) {
      ProjectEvent e = events.get(i);
      String reason = e.seq() != i + 1
          ? "event " + (i + 1) + " is missing"
          : !e.previousHash().equals(previous)
              ? "its previousHash is not the hash of the event before"
              : !e.hash().equals(hash(e)) ? "its hash does not match its content" : null;
      if (reason != null) {
        return new Verification(false, events.size(), i + 1, reason);
      }
      previous = e.hash();
    }
    return new Verification(true, events.size(), null, null);
  }

  private static List<ProjectEvent> read(Connection c, String projectId) throws SQLException {
    List<ProjectEvent> all = new ArrayList<>();
    try (var s = c.prepareStatement("SELECT seq, occurred_at, organisation_id, actor, event_type, detail_json,"
        + " previous_hash, hash FROM project_event WHERE project_id = ? ORDER BY seq")) {
      s.setString(1, projectId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          all.add(new ProjectEvent(projectId, r.getInt(1), r.getObject(2, OffsetDateTime.class).toInstant(),
              r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8)));
        }
      }
    }
    return all;
  }

  /**
   * The SHA-256, in lower-case hex, of the event's canonical form: a JSON object of its fields (the hash
   * itself left out) with its keys in a fixed order and the detail as the exact text stored.
   */
  static String hash(ProjectEvent e) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("project", e.projectId());
    form.put("seq", e.seq());
    form.put("at", e.at().toString());
    form.put("organisation", e.organisationId());
    form.put("actor", e.actor());
    form.put("type", e.type());
    form.put("detail", e.detail());
    form.put("previousHash", e.previousHash());
    try {
      return sha256(CANONICAL.writeValueAsString(form).getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e1) {
      throw new IllegalStateException("an event always has a canonical form", e1);
    }
  }

  /** The SHA-256 of {@code bytes} in lower-case hex, as events hold hashes (their own, and a download's). */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String canonical(Map<String, ?> detail) {
    try {
      return CANONICAL.writeValueAsString(detail);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("an event's detail must be JSON", e);
    }
  }
}
