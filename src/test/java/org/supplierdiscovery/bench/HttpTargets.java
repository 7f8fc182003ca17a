package org.supplierdiscovery.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The same needs as HTTP requests to each system under test. */
final class HttpTargets {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private HttpTargets() {}

  /** {@code GET /api/search?q=...&technologyArea=...}, values of a dimension repeated. */
  static List<LoadGenerator.Call> engine(URI base, List<BenchQuery> needs) {
    List<LoadGenerator.Call> calls = new ArrayList<>();
    for (BenchQuery need : needs) {
      URI uri = base.resolve("/api/search?" + engineQuery(need));
      calls.add(new LoadGenerator.Call(need.shape(), HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build()));
    }
    return calls;
  }

  static String engineQuery(BenchQuery need) {
    StringBuilder q = new StringBuilder("q=").append(encode(need.text()));
    need.filters()
        .forEach((d, values) -> values.forEach(v -> q.append('&').append(d.param()).append('=').append(encode(v))));
    return q.toString();
  }

  /** {@code POST /{index}/_search} with the equivalent query body. */
  static List<LoadGenerator.Call> openSearch(URI base, String index, List<BenchQuery> needs,
      OpenSearchQueries queries) {
    List<LoadGenerator.Call> calls = new ArrayList<>();
    URI uri = base.resolve("/" + index + "/_search");
    for (BenchQuery need : needs) {
      HttpRequest r = HttpRequest.newBuilder(uri)
          .timeout(TIMEOUT)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(queries.body(need)))
          .build();
      calls.add(new LoadGenerator.Call(need.shape(), r));
    }
    return calls;
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
