package org.supplierdiscovery.replication;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supplierdiscovery.http.Problem;
import org.supplierdiscovery.http.ProblemException;
import org.supplierdiscovery.http.ServerRole;
import org.supplierdiscovery.index.CatalogueIndex;

/**
 * A read replica: it answers every read of the catalogue itself and sends the rest to its primary
 * with 307 (same method, same body, same URL on the primary): catalogue changes and their audit
 * trail, organisations and projects. While the primary cannot be reached those answer 503; while the
 * replica refuses to follow (another index-config) it answers nothing but health, metrics and the
 * API description.
 */
public final class ReplicaRole implements ServerRole {
  private static final Set<String> ALWAYS = Set.of("/health", "/metrics", "/openapi.json");
  private final Follower follower;
  private final CatalogueIndex index;
  private final Duration generationWait;

  public ReplicaRole(Follower follower, CatalogueIndex index, Duration generationWait) {
    this.follower = follower;
    this.index = index;
    this.generationWait = generationWait;
  }

  @Override
  public void before(Context ctx) {
    Follower.Status s = follower.status();
    if (s.refusal().isPresent() && !ALWAYS.contains(ctx.path())) {
      throw new ProblemException(503, "Service unavailable", "This replica does not serve: " + s.refusal().get(),
          List.of(), Map.of("Retry-After", "60"));
    }
    if (!sentToPrimary(ctx.method().name(), ctx.path())) {
      return;
    }
    if (!s.reachable() && s.unreachableSince().isPresent()) {
      throw new ProblemException(503, "Service unavailable", "This is a read replica and its primary cannot be"
          + " reached now, so changes cannot be made; searches still answer from generation " + index.generation()
          + ".", List.of(new Problem.ParameterError("primary", s.problem().orElse("unreachable"))),
          Map.of("Retry-After", "5"));
    }
    String query = ctx.queryString();
    String location = follower.primary().primary().resolve(ctx.path()) + (query == null ? "" : "?" + query);
    throw new ProblemException(307, "Temporary redirect", "This is a read replica; send this request to the"
        + " primary at " + location + ".", List.of(), Map.of("Location", location));
  }

  /** Catalogue changes, the audit trail and every procurement record live on the primary. */
  static boolean sentToPrimary(String method, String path) {
    if (method.equals("OPTIONS")) {
      return false;
    }
    if (path.startsWith("/api/organisations") || path.startsWith("/api/projects")) {
      return true;
    }
    boolean read = method.equals("GET") || method.equals("HEAD");
    return path.startsWith("/api/suppliers/") && (!read || path.endsWith("/history"));
  }

  @Override
  public boolean health(Map<String, Object> body) {
    Follower.Status s = follower.status();
    long generation = index.generation();
    body.put("writes", s.reachable() ? "sent to the primary (307)" : "failing: the primary is unreachable");
    body.put("role", "replica");
    body.put("primary", follower.primary().primary().toString());
    body.put("primaryReachable", s.reachable());
    if (s.primaryGeneration() >= 0) {
      body.put("primaryGeneration", s.primaryGeneration());
      body.put("lag", Math.max(0, s.primaryGeneration() - generation));
    }
    s.lastContact().ifPresent(t -> body.put("lastContact", t.toString()));
    body.put("replication", replication(s, generation));
    return s.refusal().isEmpty();
  }

  private static String replication(Follower.Status s, long generation) {
    if (s.refusal().isPresent()) {
      return "refusing: " + s.refusal().get();
    }
    if (!s.reachable()) {
      return "stale: " + s.problem().orElse("the primary has not answered yet")
          + s.unreachableSince().map(t -> " (since " + t + ")").orElse("");
    }
    if (s.problem().isPresent()) {
      return "failing: " + s.problem().get();
    }
    return s.primaryGeneration() > generation ? "catching up" : "current";
  }

  @Override
  public Duration generationWait() {
    return generationWait;
  }
}
