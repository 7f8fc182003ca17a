package org.supplierdiscovery.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which requests a replica sends to its primary, with its own records or with the primary's database. */
class ReplicaRoleTest {
  private static final String[][] ROUTES = {
      {"GET", "/api/search"}, {"POST", "/api/search"}, {"GET", "/api/suppliers/a"}, {"GET", "/api/suppliers/a/history"},
      {"PUT", "/api/suppliers/a"}, {"DELETE", "/api/suppliers/a"}, {"POST", "/api/suppliers/_bulk"},
      {"POST", "/api/organisations"}, {"GET", "/api/projects"}, {"POST", "/api/projects"},
      {"POST", "/api/projects/p/searches"}, {"PUT", "/api/projects/p/decisions/a"}, {"PUT", "/api/projects/p/outcome"},
      {"GET", "/api/projects/p/freeze"}, {"POST", "/api/projects/p/freeze"}, {"GET", "/api/projects/p/freeze/verify"},
      {"POST", "/api/projects/p/close"}, {"POST", "/api/projects/p/allocation"},
      {"GET", "/api/projects/p/allocation/verify"}, {"GET", "/api/projects/p/export.csv"},
      {"OPTIONS", "/api/projects"}};

  private static List<String> sent(boolean shared) {
    List<String> sent = new ArrayList<>();
    for (String[] r : ROUTES) {
      if (ReplicaRole.sentToPrimary(r[0], r[1], shared)) {
        sent.add(r[0] + " " + r[1]);
      }
    }
    return sent;
  }

  @Test
  void withRecordsOfItsOwnEveryChangeAndEveryRecordGoesToThePrimary() {
    assertEquals(List.of("GET /api/suppliers/a/history", "PUT /api/suppliers/a", "DELETE /api/suppliers/a",
        "POST /api/suppliers/_bulk", "POST /api/organisations", "GET /api/projects", "POST /api/projects",
        "POST /api/projects/p/searches", "PUT /api/projects/p/decisions/a", "PUT /api/projects/p/outcome",
        "GET /api/projects/p/freeze", "POST /api/projects/p/freeze", "GET /api/projects/p/freeze/verify",
        "POST /api/projects/p/close", "POST /api/projects/p/allocation", "GET /api/projects/p/allocation/verify",
        "GET /api/projects/p/export.csv"), sent(false));
  }

  @Test
  void sharingThePrimarysRecordsOnlyWhatPinsOrDrawsFromThePrimarysCatalogueGoesThere() {
    assertEquals(List.of("GET /api/suppliers/a/history", "PUT /api/suppliers/a", "DELETE /api/suppliers/a",
        "POST /api/suppliers/_bulk", "POST /api/projects/p/freeze", "GET /api/projects/p/freeze/verify",
        "POST /api/projects/p/close", "POST /api/projects/p/allocation"), sent(true));
  }
}
