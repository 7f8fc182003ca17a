package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

/** What every records route must answer while the records database fails: 503 problem+json, no cause. */
final class RecordsUnavailable {
  static final String ADMIN = "Bearer " + ApiTestServer.TOKEN;

  private RecordsUnavailable() {}

  /** An organisation's key, as its bearer token. */
  static String organisationKey(ApiTestServer api, String name) throws Exception {
    HttpResponse<String> r = api.call("POST", "/api/organisations", "{\"name\":\"" + name + "\"}", ADMIN);
    assertEquals(201, r.statusCode(), r.body());
    return "Bearer " + ApiTestServer.json(r).get("key").asText();
  }

  /** Each records route, as organisation and admin, answers 503 problem+json; searches still answer. */
  static void assertRefused(ApiTestServer api, String key, String projectId) throws Exception {
    List<String[]> calls = List.of(new String[]{"GET", "/api/projects", null, key},
        new String[]{"POST", "/api/projects", "{\"name\":\"Lost\"}", key},
        new String[]{"GET", "/api/projects/" + projectId + "/searches", null, key},
        new String[]{"POST", "/api/projects/" + projectId + "/searches", "{\"q\":\"remote monitoring\"}", key},
        new String[]{"GET", "/api/organisations", null, ADMIN},
        new String[]{"POST", "/api/organisations", "{\"name\":\"Lost ICB\"}", ADMIN});
    for (String[] c : calls) {
      HttpResponse<String> r = api.call(c[0], c[1], c[2], c[3]);
      String what = c[0] + " " + c[1] + ": " + r.body();
      assertEquals(503, r.statusCode(), what);
      assertEquals("application/problem+json; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow(),
          what);
      assertEquals("5", r.headers().firstValue("Retry-After").orElseThrow(), what);
      assertEquals("{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,\"detail\":\"The"
          + " procurement records cannot be reached now; nothing of this request was kept. Try again shortly.\",\"errors\":[]}",
          r.body(), what);
      assertFalse(r.body().toLowerCase(Locale.ROOT).contains("jdbc"), what);
    }
    assertEquals(200, api.get("/api/search?q=remote+monitoring").statusCode());
  }
}
