package org.supplierdiscovery.records;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Buyer organisations and their keys. */
public final class Organisations {
  private final RecordStore store;
  private final OrganisationKey keys;
  private final Clock clock;

  public Organisations(RecordStore store, OrganisationKey keys, Clock clock) {
    this.store = store;
    this.keys = keys;
    this.clock = clock;
  }

  /** Creates an organisation and issues its key, returned here once and never again. */
  public IssuedKey create(String name) {
    Organisation org = new Organisation(UUID.randomUUID().toString(), name, clock.instant());
    String key = keys.generate();
    store.inTransaction(c -> {
      try (
          var s = c.prepareStatement("INSERT INTO organisation (id, name, key_hash, created_at) VALUES (?, ?, ?, ?)")) {
        s.setString(1, org.id());
        s.setString(2, org.name());
        s.setString(3, OrganisationKey.hash(key));
        s.setObject(4, timestamp(org.createdAt()));
        return s.executeUpdate();
      }
    });
    return new IssuedKey(org, key);
  }

  /** The organisation a presented key belongs to, if any. */
  public Optional<Organisation> byKey(String presented) {
    String hash = OrganisationKey.hash(presented);
    return store.inTransaction(c -> {
      try (var s = c.prepareStatement("SELECT id, name, created_at, key_hash FROM organisation WHERE key_hash = ?")) {
        s.setString(1, hash);
        try (ResultSet r = s.executeQuery()) {
          return r.next() && OrganisationKey.sameHash(hash, r.getString(4)) ? Optional.of(read(r)) : Optional.empty();
        }
      }
    });
  }

  public List<Organisation> list() {
    return store.inTransaction(Organisations::all);
  }

  private static List<Organisation> all(Connection c) throws SQLException {
    List<Organisation> all = new ArrayList<>();
    try (var s = c.prepareStatement("SELECT id, name, created_at FROM organisation ORDER BY created_at, id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        all.add(read(r));
      }
    }
    return all;
  }

  private static Organisation read(ResultSet r) throws SQLException {
    return new Organisation(r.getString(1), r.getString(2), r.getObject(3, OffsetDateTime.class).toInstant());
  }

  static OffsetDateTime timestamp(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
