package org.supplierdiscovery.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;

/**
 * What a server is besides a search server: alone (the default), a primary that publishes its
 * commits to replicas, or a read replica that follows a primary. A role adds routes, may refuse a
 * request before it is routed, and adds to {@code /health}.
 */
public interface ServerRole {
  /** A server on its own: nothing added. */
  ServerRole ALONE = new ServerRole() {};

  /** Routes of the role's own, e.g. the primary's replication protocol. */
  default void routes(RoutesConfig routes) {}

  /**
   * Runs before every request; throws {@link ProblemException} for a request this server must not
   * answer itself (a replica sends changes to its primary with 307).
   */
  default void before(Context ctx) {}

  /** Adds the role's fields to the {@code /health} answer; false when searches must not be answered. */
  default boolean health(Map<String, Object> body) {
    return true;
  }

  /** How long a read that names {@code minGeneration} may wait for it. */
  default Duration generationWait() {
    return Duration.ofSeconds(5);
  }
}
