package org.supplierdiscovery.replication;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.supplierdiscovery.admin.AdminToken;
import org.supplierdiscovery.http.Problem;
import org.supplierdiscovery.http.ProblemException;

/**
 * Lets replicas in with the replication token, or the admin token; with neither configured the
 * primary publishes nothing (403). The index's files are the whole catalogue, audit trail included.
 */
final class ReplicationGuard {
  static final String ENV = "SUPPLIER_DISCOVERY_REPLICATION_TOKEN";
  private final AdminToken replication;
  private final AdminToken admin;

  ReplicationGuard(AdminToken replication, AdminToken admin) {
    this.replication = replication;
    this.admin = admin;
  }

  void check(Context ctx) {
    if (!replication.enabled() && !admin.enabled()) {
      throw new ProblemException(403, "Forbidden", "Replication is switched off: no replication token ("
          + ENV + " or --replication-token-file) and no admin token is configured.", List.of(), Map.of());
    }
    String header = ctx.header("Authorization");
    String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        ? header.substring(7).strip()
        : null;
    if (!replication.accepts(presented) && !admin.accepts(presented)) {
      String detail = "Send 'Authorization: Bearer <replication token>' to replicate the catalogue.";
      throw new ProblemException(401, "Unauthorized", detail,
          List.of(new Problem.ParameterError("Authorization", detail)),
          Map.of("WWW-Authenticate", "Bearer realm=\"supplier-discovery\""));
    }
  }
}
