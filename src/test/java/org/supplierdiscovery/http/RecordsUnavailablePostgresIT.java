package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.supplierdiscovery.records.PostgresServer;
import org.supplierdiscovery.records.RecordStore;

/**
 * The PostgreSQL server under a running API server goes down and comes back: while it is down every
 * records route answers 503 problem+json within the connection wait, searches go on, and once it is
 * back the same API server serves the records again within seconds, with no restart, nothing lost.
 */
class RecordsUnavailablePostgresIT {
  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void whileThePostgresServerIsDownRecordsRoutesAnswer503AndOnceItIsBackTheyServeAgain() throws Exception {
    try (PostgresServer postgres = PostgresServer.startOrSkip();
        ApiTestServer api = ApiTestServer.withToken(RecordStore.open(postgres.createDatabase()))) {
      String key = RecordsUnavailable.organisationKey(api, "Leeds ICB");
      HttpResponse<String> project = api.call("POST", "/api/projects", "{\"name\":\"Virtual wards\"}", key);
      assertEquals(201, project.statusCode(), project.body());
      postgres.stop();
      RecordsUnavailable.assertRefused(api, key, ApiTestServer.json(project).get("id").asText());
      postgres.restart();
      // the pool retries the connection with a back-off of at most 5 s; each refusal waits 2 s for it
      HttpResponse<String> created;
      do {
        created = api.call("POST", "/api/projects", "{\"name\":\"Care homes\"}", key);
      } while (created.statusCode() == 503);
      assertEquals(201, created.statusCode(), created.body());
      HttpResponse<String> list = api.call("GET", "/api/projects", null, key);
      assertEquals(200, list.statusCode(), list.body());
      List<String> names = new ArrayList<>();
      for (JsonNode p : ApiTestServer.json(list).get("projects")) {
        names.add(p.get("name").asText());
      }
      assertEquals(List.of("Virtual wards", "Care homes"), names);
    }
  }
}
