package org.supplierdiscovery.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** A frozen project's record downloaded as CSV and PDF over HTTP, each download in the audit trail. */
@Timeout(60)
class ExportApiTest {
  private static final String ADMIN = "Bearer " + ApiTestServer.TOKEN;
  private static final String SEARCH = "{\"q\":\"remote monitoring\"}";
  private final ApiTestServer api;
  private final HttpClient http = HttpClient.newHttpClient();

  ExportApiTest() throws Exception {
    api = ApiTestServer.withToken();
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  private HttpResponse<byte[]> download(String path, String key) throws Exception {
    return http.send(HttpRequest.newBuilder(api.uri(path)).header("Authorization", key).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private String frozenProject(String key) throws Exception {
    ObjectNode kappa = (ObjectNode) Json.MAPPER.readTree(ApiTestServer.supplier("kappa-rpm", "Kappa, Remote",
        List.of("active", "suspended")));
    kappa.putObject("contact").put("name", "Bids").put("email", "bids@kappa.example");
    assertEquals(201, api.put("/api/suppliers/kappa-rpm", kappa.toString(), ADMIN).statusCode());
    String id = api.project(key, "Remote monitoring 2027", SEARCH);
    HttpResponse<String> frozen = api.call("POST", "/api/projects/" + id + "/freeze", null, key);
    assertEquals(201, frozen.statusCode(), frozen.body());
    return id;
  }

  private List<String> frozenIds(String id, String key) throws Exception {
    List<String> ids = new ArrayList<>();
    ApiTestServer.json(api.call("GET", "/api/projects/" + id + "/freeze", null, key)).get("suppliers")
        .forEach(s -> ids.add(s.path("id").asText()));
    return ids;
  }

  private JsonNode lastEvent(String id, String key) throws Exception {
    JsonNode events = ApiTestServer.json(api.call("GET", "/api/projects/" + id + "/events", null, key)).get("events");
    return events.get(events.size() - 1);
  }

  @Test
  void theCsvHoldsTheHeaderBlockEveryFrozenSupplierInRankOrderAndItsDownloadIsAnAuditEvent() throws Exception {
    String key = api.organisationKey("Leeds ICB");
    String id = frozenProject(key);
    List<String> frozen = frozenIds(id, key);
    assertTrue(frozen.contains("kappa-rpm"), frozen.toString());

    String other = frozen.get(frozen.indexOf("kappa-rpm") == 0 ? 1 : 0);
    assertEquals(200, api.put("/api/projects/" + id + "/decisions/kappa-rpm", "{\"decision\":\"shortlisted\"}", key)
        .statusCode());
    assertEquals(200, api.put("/api/projects/" + id + "/decisions/" + other,
        "{\"decision\":\"excluded\",\"reason\":\"=No FHIR, no alerts\"}", key).statusCode());
    assertEquals(200, api.put("/api/projects/" + id + "/outcome", "{\"outcome\":\"awarded\",\"supplierId\":"
        + "\"kappa-rpm\",\"value\":120000,\"start\":\"2027-01-01\",\"end\":\"2027-12-31\"}", key).statusCode());

    HttpResponse<byte[]> r = download("/api/projects/" + id + "/export.csv", key);
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    assertEquals("text/csv; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
    String date = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    assertEquals("attachment; filename=\"procurement-record-remote-monitoring-2027-" + date + ".csv\"",
        r.headers().firstValue("Content-Disposition").orElseThrow());
    String sha = sha256(r.body());
    assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)) + ":",
        r.headers().firstValue("Repr-Digest").orElseThrow());

    List<CSVRecord> lines = CSVFormat.RFC4180.parse(new StringReader(new String(r.body(), StandardCharsets.UTF_8)))
        .getRecords();
    assertEquals(List.of("Organisation", "Leeds ICB"), lines.get(0).toList());
    assertEquals(List.of("Project", "Remote monitoring 2027"), lines.get(1).toList());
    assertEquals(List.of("Framework", "All frameworks"), lines.get(2).toList());
    assertEquals("Search", lines.get(3).get(0));
    assertEquals(List.of("Rank", "Supplier id", "Supplier", "Decision", "Reason", "Contact", "Listings"),
        lines.get(8).toList());
    List<String> exported = lines.subList(9, 9 + frozen.size()).stream().map(l -> l.get(1)).toList();
    assertEquals(frozen, exported);
    CSVRecord kappa = lines.get(9 + frozen.indexOf("kappa-rpm"));
    assertEquals("Kappa, Remote", kappa.get(2));
    assertEquals("Bids <bids@kappa.example>", kappa.get(5));
    assertEquals("Spark DPS (active); Digital Care Services Catalogue (suspended: Performance)", kappa.get(6));
    assertEquals(List.of("shortlisted", ""), List.of(kappa.get(3), kappa.get(4)));
    CSVRecord excluded = lines.get(9 + frozen.indexOf(other));
    assertEquals(List.of("excluded", "'=No FHIR, no alerts"), List.of(excluded.get(3), excluded.get(4)));
    for (String undecided : frozen) {
      if (!undecided.equals(other) && !undecided.equals("kappa-rpm")) {
        assertEquals("not decided", lines.get(9 + frozen.indexOf(undecided)).get(3));
      }
    }
    CSVRecord outcome = lines.get(lines.size() - 1);
    assertEquals("Outcome", outcome.get(0));
    assertTrue(outcome.get(1).startsWith("Awarded to kappa-rpm, GBP 120000.00, 2027-01-01 to 2027-12-31 (recorded "),
        outcome.get(1));

    JsonNode event = lastEvent(id, key);
    assertEquals("download", event.get("type").asText());
    assertEquals(sha, event.at("/detail/sha256").asText());
    assertEquals("csv", event.at("/detail/format").asText());
    assertEquals(frozen.size(), event.at("/detail/suppliers").asInt());
    assertEquals(r.body().length, event.at("/detail/bytes").asInt());
    JsonNode verified = ApiTestServer.json(api.call("GET", "/api/projects/" + id + "/events/verify", null, key));
    assertTrue(verified.get("intact").asBoolean(), verified.toString());
  }

  @Test
  void thePdfShowsTheSameRecordAndIsRecordedWithItsOwnDigest() throws Exception {
    String key = api.organisationKey("York ICB");
    String id = frozenProject(key);
    HttpResponse<byte[]> r = download("/api/projects/" + id + "/export.pdf", key);
    assertEquals(200, r.statusCode());
    assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
    try (PdfReader reader = new PdfReader(r.body())) {
      String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
      assertTrue(text.contains("Procurement record: Remote monitoring 2027"), text);
      assertTrue(text.contains("York ICB"), text);
      assertTrue(text.contains("Kappa, Remote"), text);
      assertTrue(text.contains("bids@kappa.example"), text);
    }
    JsonNode event = lastEvent(id, key);
    assertEquals("download", event.get("type").asText());
    assertEquals("pdf", event.at("/detail/format").asText());
    assertEquals(sha256(r.body()), event.at("/detail/sha256").asText());
  }

  @Test
  void refusesWhatIsNotTheBuyersOrNotFrozenYet() throws Exception {
    String key = api.organisationKey("Leeds ICB");
    String other = api.organisationKey("Hull ICB");
    String id = frozenProject(key);
    String open = api.project(key, "Not frozen", SEARCH);
    assertEquals(404, download("/api/projects/" + id + "/export.csv", other).statusCode());
    assertEquals(404, download("/api/projects/nope/export.pdf", key).statusCode());
    HttpResponse<String> notFrozen = api.call("GET", "/api/projects/" + open + "/export.csv", null, key);
    assertEquals(409, notFrozen.statusCode());
    assertEquals("the project's search is not frozen yet; freeze it to export its record",
        ApiTestServer.json(notFrozen).get("detail").asText());
    assertEquals(401, api.call("GET", "/api/projects/" + id + "/export.csv", null, null).statusCode());
    assertEquals(400, api.call("GET", "/api/projects/" + id + "/export.csv?x=1", null, key).statusCode());
    long downloads = 0;
    for (JsonNode e : ApiTestServer.json(api.call("GET", "/api/projects/" + id + "/events", null, key))
        .get("events")) {
      downloads += e.get("type").asText().equals("download") ? 1 : 0;
    }
    assertEquals(0, downloads, "a refused download is not recorded");
  }
}
