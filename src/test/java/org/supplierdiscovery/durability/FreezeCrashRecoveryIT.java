package org.supplierdiscovery.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;

/**
 * An acknowledged freeze survives kill -9, and so does the catalogue commit it pinned: after the
 * catalogue changed, the server was killed, restarted and changed the catalogue again, the frozen
 * search re-run on that commit still gives the frozen list.
 */
class FreezeCrashRecoveryIT {
  private static final String TOKEN = "crash-test-token";
  private static final String ADMIN = "Bearer " + TOKEN;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEARCH = "{\"q\":\"remote monitoring\",\"filters\":{\"technologyArea\":[\"Wearables\"]}}";

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void anAcknowledgedFreezeAndItsPinnedCommitSurviveKillNine() throws Exception {
    Path index = dir.resolve("index");
    Path log = dir.resolve("server.log");
    String key;
    String project;
    String frozen;
    try (ServerProcess server = ServerProcess.start(index, TestCatalogue.TINY, TOKEN, log)) {
      key = "Bearer " + JSON.readTree(ok(201, send(server, "POST", "/api/organisations", "{\"name\":\"Crash ICB\"}",
          ADMIN))).get("key").asText();
      project = JSON.readTree(ok(201, send(server, "POST", "/api/projects", "{\"name\":\"Frozen\"}", key))).get("id")
          .asText();
      ok(201, send(server, "POST", "/api/projects/" + project + "/searches", SEARCH, key));
      frozen = ok(201, send(server, "POST", "/api/projects/" + project + "/freeze", null, key));
      changeCatalogue(server, "after-freeze", "alpha-rpm");
      server.kill9();
    }
    for (String added : new String[]{"after-restart", "after-second-restart"}) {
      try (ServerProcess server = ServerProcess.start(index, TestCatalogue.TINY, TOKEN, log)) {
        // the same list; it now also says the supplier removed after the freeze has left the catalogue
        ObjectNode now = (ObjectNode) JSON.readTree(ok(200, send(server, "GET", "/api/projects/" + project
            + "/freeze", null, key)));
        assertEquals("alpha-rpm deleted", now.at("/notices/0/supplierId").asText() + " "
            + now.at("/notices/0/change").asText());
        now.remove("notices");
        ObjectNode then = (ObjectNode) JSON.readTree(frozen);
        then.remove("notices");
        assertEquals(then, now);
        JsonNode verify = JSON.readTree(ok(200, send(server, "GET", "/api/projects/" + project + "/freeze/verify",
            null, key)));
        assertEquals("{\"same\":true,\"frozen\":[\"alpha-rpm\"],\"rerun\":[\"alpha-rpm\"],\"generation\":"
            + JSON.readTree(frozen).get("generation") + "}", verify.toString());
        changeCatalogue(server, added, null);
        server.kill9();
      }
    }
  }

  /** Adds a supplier the frozen search would find now and removes one it found, each acknowledged. */
  private static void changeCatalogue(ServerProcess server, String add, String remove) throws Exception {
    String record = "{\"id\":\"" + add + "\",\"name\":\"Wearable " + add + "\",\"summary\":\"Remote monitoring with"
        + " wearables.\",\"technologyAreas\":[\"Wearables\"],\"capabilities\":[\"Remote monitoring\"],"
        + "\"listings\":[{\"framework\":\"Spark DPS\",\"status\":\"active\",\"since\":\"2025-01-01\"}]}";
    ok(201, send(server, "PUT", "/api/suppliers/" + add, record, ADMIN));
    if (remove != null) {
      ok(200, send(server, "DELETE", "/api/suppliers/" + remove, null, ADMIN));
    }
  }

  private static HttpResponse<String> send(ServerProcess server, String method, String path, String body,
      String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).header("Authorization", authorization)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return server.send(b);
  }

  private static String ok(int status, HttpResponse<String> r) {
    assertEquals(status, r.statusCode(), r.body());
    return r.body();
  }
}
