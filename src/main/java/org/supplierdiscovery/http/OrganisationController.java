package org.supplierdiscovery.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.records.IssuedKey;
import org.supplierdiscovery.records.Organisation;
import org.supplierdiscovery.records.Organisations;

/** The admin's buyer organisations: create one (its key is shown once) and list them. */
final class OrganisationController {
  private final Organisations organisations;
  private final AdminGuard guard;

  OrganisationController(Organisations organisations, AdminGuard guard) {
    this.organisations = organisations;
    this.guard = guard;
  }

  void create(Context ctx) {
    guard.check(ctx);
    Requests.requireJson(ctx);
    IssuedKey issued = organisations.create(Names.read(Requests.body(ctx)));
    Organisation o = issued.organisation();
    Json.send(ctx, 201, new Created(o.id(), o.name(), o.createdAt().toString(), issued.key()));
  }

  void list(Context ctx) {
    guard.check(ctx);
    Requests.onlyParams(ctx, List.of());
    List<View> all = organisations.list().stream().map(o -> new View(o.id(), o.name(), o.createdAt().toString()))
        .toList();
    Json.send(ctx, 200, Map.of("organisations", all));
  }

  /** The answer to a create: the key is in it this once and never again. */
  record Created(String id, String name, String createdAt, String key) {}

  record View(String id, String name, String createdAt) {}
}
