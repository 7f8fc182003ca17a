package org.supplierdiscovery.http;

import java.util.List;

/**
 * How the HTTP server is exposed: CORS origins (none by default), how many searches run at once, and
 * how many more may wait (up to {@code queueWaitMillis}) before the server answers 503.
 */
public record ServerSettings(
    List<String> corsOrigins, int maxConcurrentSearches, int maxQueuedSearches, long queueWaitMillis) {
  public ServerSettings {
    corsOrigins = List.copyOf(corsOrigins);
    if (maxConcurrentSearches < 1) {
      throw new IllegalArgumentException("maxConcurrentSearches must be 1 or more");
    }
    if (maxQueuedSearches < 0) {
      throw new IllegalArgumentException("maxQueuedSearches must be 0 or more");
    }
    if (queueWaitMillis < 0) {
      throw new IllegalArgumentException("queueWaitMillis must be 0 or more");
    }
  }

  public static ServerSettings defaults() {
    int running = 2 * Runtime.getRuntime().availableProcessors();
    return new ServerSettings(List.of(), running, 16 * running, 1_000);
  }
}
