package org.supplierdiscovery.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.config.Taxonomy;

class JudgedNeedsTest {
  private static final Map<String, String> SUPPLIER_FIELD = Map.of(
      "technologyArea", "technologyAreas", "capability", "capabilities", "pathway", "pathways",
      "standard", "standards", "region", "regions");

  @Test
  void aNeedWithoutStyleIsInTheCatalogueStyleAndBuyersIsItsOwn(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("needs.jsonl");
    Files.writeString(file,
        """
            {"id":"n1","need":"remote monitoring","filters":{},"split":"tune","judgments":{"a":3}}
            {"id":"b1","need":"kit to keep an eye on people at home","filters":{},"split":"heldout","style":"buyers","judgments":{"a":2}}
            """);
    List<JudgedNeed> needs = JudgedNeeds.read(file);
    assertEquals(JudgedNeed.CATALOGUE, needs.get(0).style());
    assertFalse(needs.get(0).inBuyersWords());
    assertTrue(needs.get(1).inBuyersWords());
    assertTrue(needs.get(1).heldOut());
  }

  @Test
  void anUnknownStyleIsRefusedNamingItsLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("needs.jsonl");
    Files.writeString(file, "{\"id\":\"x\",\"need\":\"n\",\"split\":\"tune\",\"style\":\"lay\",\"judgments\":{}}\n");
    IOException e = assertThrows(IOException.class, () -> JudgedNeeds.read(file));
    assertTrue(e.getMessage().contains("needs.jsonl:1:") && e.getMessage().contains("style must be"), e.getMessage());
  }

  /** The committed needs: unique ids, both styles with about a quarter to a third held out, valid filters. */
  @Test
  void theJudgedNeedsHoldBothStylesWithHeldOutNeedsAndValidFilters() throws IOException {
    List<JudgedNeed> needs = JudgedNeeds.read(Path.of("eval/needs.jsonl"));
    assertEquals(needs.size(), needs.stream().map(JudgedNeed::id).distinct().count(), "needs ids are unique");
    List<JudgedNeed> buyers = needs.stream().filter(JudgedNeed::inBuyersWords).toList();
    assertEquals(140, needs.size() - buyers.size());
    assertTrue(buyers.size() >= 60, buyers.size() + " needs in buyers' words");
    double heldOut = buyers.stream().filter(JudgedNeed::heldOut).count() / (double) buyers.size();
    assertTrue(heldOut >= 0.3 && heldOut <= 0.4, "held out share " + heldOut);
    Taxonomy taxonomy = TestCatalogue.config().taxonomy();
    for (JudgedNeed n : needs) {
      n.filters().forEach((param, values) -> {
        Dimension d = Dimension.fromParam(param).orElseThrow(() -> new AssertionError(n.id() + ": " + param));
        values.forEach(v -> assertTrue(taxonomy.allows(d, v), n.id() + ": " + param + "=" + v));
      });
      assertTrue(n.judgments().values().stream().allMatch(g -> g >= 1 && g <= 3), n.id() + " grades are 1-3");
    }
  }

  /** A supplier the engine can never return for a need (no active listing, or failing a filter) is never judged. */
  @Test
  void everyJudgedSupplierExistsAndCouldBeReturned() throws IOException {
    Map<String, JsonNode> suppliers = new HashMap<>();
    JsonMapper json = new JsonMapper();
    for (String line : Files.readAllLines(TestCatalogue.SAMPLE)) {
      JsonNode s = json.readTree(line);
      suppliers.put(s.get("id").asText(), s);
    }
    List<String> wrong = new ArrayList<>();
    for (JudgedNeed n : JudgedNeeds.read(Path.of("eval/needs.jsonl"))) {
      for (String id : n.judgments().keySet()) {
        JsonNode s = suppliers.get(id);
        if (s == null || !returnable(s, n.filters())) {
          wrong.add(n.id() + ":" + id);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static boolean returnable(JsonNode s, Map<String, List<String>> filters) {
    List<String> framework = filters.get("framework");
    List<String> lot = filters.get("lot");
    boolean listed = false;
    for (JsonNode l : s.get("listings")) {
      listed |= "active".equals(l.path("status").asText())
          && (framework == null || framework.contains(l.path("framework").asText()))
          && (lot == null || lot.contains(l.path("lot").asText()));
    }
    for (Map.Entry<String, String> f : SUPPLIER_FIELD.entrySet()) {
      List<String> wanted = filters.get(f.getKey());
      if (wanted != null && values(s.get(f.getValue())).stream().noneMatch(wanted::contains)) {
        return false;
      }
    }
    List<String> sme = filters.get("sme");
    return listed && (sme == null || sme.contains(s.path("sme").asText()));
  }

  private static Set<String> values(JsonNode array) {
    Set<String> out = new HashSet<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
