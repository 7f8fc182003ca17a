package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.supplierdiscovery.records.RecordStore;

/** A records database that fails (here: its store closed under the server) is a 503 on every records route. */
@Timeout(60)
class RecordsUnavailableApiTest {
  @Test
  void everyRecordsRouteAnswers503ProblemJsonOnceTheStoreIsClosedAndSearchesStillAnswer() throws Exception {
    RecordStore records = RecordStore.inMemory();
    try (ApiTestServer api = ApiTestServer.withToken(records)) {
      String key = RecordsUnavailable.organisationKey(api, "Leeds ICB");
      var project = api.call("POST", "/api/projects", "{\"name\":\"Virtual wards\"}", key);
      assertEquals(201, project.statusCode(), project.body());
      records.close();
      RecordsUnavailable.assertRefused(api, key, ApiTestServer.json(project).get("id").asText());
    }
  }
}
