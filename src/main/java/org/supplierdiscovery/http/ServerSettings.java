package org.supplierdiscovery.http;

import java.util.List;

/** How the HTTP server is exposed: CORS origins (none by default) and the concurrent search cap. */
public record ServerSettings(List<String> corsOrigins, int maxConcurrentSearches) {
  public ServerSettings {
    corsOrigins = List.copyOf(corsOrigins);
    if (maxConcurrentSearches < 1) {
      throw new IllegalArgumentException("maxConcurrentSearches must be 1 or more");
    }
  }

  public static ServerSettings defaults() {
    return new ServerSettings(List.of(), 2 * Runtime.getRuntime().availableProcessors());
  }
}
