package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Shortlisting with reasons and comparing over HTTP on loopback. */
@Timeout(60)
class DecisionApiTest {
  private final ApiTestServer api;
  private final String key;
  private final String id;

  DecisionApiTest() throws Exception {
    api = ApiTestServer.withToken();
    key = api.organisationKey("Leeds ICB");
    id = api.frozenProject(key, "Everything", "{\"q\":\"\"}");
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  private HttpResponse<String> decide(String supplier, String body) throws Exception {
    return api.call("PUT", "/api/projects/" + id + "/decisions/" + supplier, body, key);
  }

  private String problem(HttpResponse<String> r) throws Exception {
    return r.statusCode() + " " + ApiTestServer.json(r).at("/errors/0/name").asText() + ": "
        + ApiTestServer.json(r).at("/errors/0/reason").asText();
  }

  @Test
  void suppliersAreShortlistedOrExcludedWithAReasonAndListedInFrozenOrder() throws Exception {
    HttpResponse<String> r = decide("gamma-triage", "{\"decision\":\"shortlisted\"}");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("shortlisted", ApiTestServer.json(r).get("decision").asText());
    assertEquals(200, decide("delta-wear", "{\"decision\":\"excluded\",\"reason\":\"No clinical alerts.\"}")
        .statusCode());
    var frozen = ApiTestServer.json(api.call("GET", "/api/projects/" + id + "/freeze", null, key)).get("suppliers");
    var suppliers = ApiTestServer.json(api.call("GET", "/api/projects/" + id + "/decisions", null, key))
        .get("suppliers");
    StringBuilder expected = new StringBuilder();
    frozen.forEach(s -> expected.append(s.get("place")).append(' ').append(s.get("id").asText()).append('=')
        .append(s.get("id").asText().equals("gamma-triage")
            ? "shortlisted"
            : s.get("id").asText()
                .equals("delta-wear") ? "excluded: No clinical alerts." : "-")
        .append('\n'));
    StringBuilder seen = new StringBuilder();
    suppliers.forEach(s -> seen.append(s.get("place")).append(' ').append(s.get("id").asText()).append('=')
        .append(s.get("decision").isNull()
            ? "-"
            : s.at("/decision/decision").asText()
                + (s.at("/decision/reason").isNull() ? "" : ": " + s.at("/decision/reason").asText()))
        .append('\n'));
    assertEquals(5, frozen.size());
    assertEquals(expected.toString(), seen.toString());
  }

  @Test
  void badDecisionsAre400AndNamedByField() throws Exception {
    assertEquals("400 reason: is required", problem(decide("delta-wear", "{\"decision\":\"excluded\"}")));
    assertEquals("400 reason: must not be blank",
        problem(decide("delta-wear", "{\"decision\":\"excluded\",\"reason\":\"  \"}")));
    assertEquals("400 reason: must be at most 2000 characters",
        problem(decide("delta-wear", "{\"decision\":\"excluded\",\"reason\":\"" + "x".repeat(2001) + "\"}")));
    assertEquals("400 decision: must be shortlisted or excluded",
        problem(decide("delta-wear", "{\"decision\":\"maybe\"}")));
    assertEquals("400 decision: is required: shortlisted or excluded", problem(decide("delta-wear", "{}")));
    assertEquals(400, decide("delta-wear", "{\"decision\":\"excluded\",\"why\":\"x\"}").statusCode());
    assertEquals(400, decide("delta-wear", "[").statusCode());
    assertEquals(415, api.call("PUT", "/api/projects/" + id + "/decisions/delta-wear", null, key).statusCode());
  }

  @Test
  void aSupplierOutsideTheFrozenListIs409AndAnotherOrganisationGets404() throws Exception {
    assertEquals("409 supplierId: Supplier 'epsilon-suspended' is not in the project's frozen list; only frozen"
        + " suppliers are shortlisted or excluded.",
        problem(decide("epsilon-suspended",
            "{\"decision\":\"shortlisted\"}")));
    String kent = api.organisationKey("Kent ICB");
    for (String[] c : new String[][]{{"PUT", "/decisions/alpha-rpm", "{\"decision\":\"shortlisted\"}"},
        {"GET", "/decisions", null}, {"GET", "/compare?suppliers=alpha-rpm", null}}) {
      HttpResponse<String> r = api.call(c[0], "/api/projects/" + id + c[1], c[2], kent);
      assertEquals(404, r.statusCode(), c[1]);
      assertFalse(r.body().contains("Alpha Remote Care"), r.body());
    }
    String unfrozen = api.project(key, "Not frozen", "{\"q\":\"triage\"}");
    assertEquals(409, api.call("PUT", "/api/projects/" + unfrozen + "/decisions/gamma-triage",
        "{\"decision\":\"shortlisted\"}", key).statusCode());
  }

  @Test
  void upToSixShortlistedSuppliersAreComparedSideBySide() throws Exception {
    decide("alpha-rpm", "{\"decision\":\"shortlisted\"}");
    decide("delta-wear", "{\"decision\":\"shortlisted\",\"reason\":\"Cheap wearables.\"}");
    HttpResponse<String> r = api.call("GET", "/api/projects/" + id + "/compare?suppliers=alpha-rpm,delta-wear", null,
        key);
    assertEquals(200, r.statusCode(), r.body());
    var c = ApiTestServer.json(r);
    assertEquals("[\"Wearables\"]", c.at("/dimensions/0/shared").toString());
    assertEquals("[[\"AlphaBand\"],[]]", c.at("/dimensions/6/values").toString());
    assertEquals("409 suppliers: Supplier 'beta-video' is not shortlisted in this project; only shortlisted"
        + " suppliers are compared.",
        problem(api.call("GET", "/api/projects/" + id
            + "/compare?suppliers=alpha-rpm,beta-video", null, key)));
    assertEquals("400 suppliers: at most 6 suppliers are compared", problem(api.call("GET", "/api/projects/" + id
        + "/compare?suppliers=a,b,c,d,e,f,g", null, key)));
    assertEquals(400, api.call("GET", "/api/projects/" + id + "/compare", null, key).statusCode());
    assertEquals(400, api.call("GET", "/api/projects/" + id + "/compare?suppliers=a,,b", null, key).statusCode());
  }
}
