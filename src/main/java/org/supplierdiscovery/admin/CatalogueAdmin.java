package org.supplierdiscovery.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.supplierdiscovery.index.CatalogueIndex;
import org.supplierdiscovery.index.CatalogueWriter;
import org.supplierdiscovery.index.Change;
import org.supplierdiscovery.index.CommitPins;
import org.supplierdiscovery.index.WriteHealth;
import org.supplierdiscovery.ingest.FieldError;
import org.supplierdiscovery.ingest.StrictJson;
import org.supplierdiscovery.ingest.SupplierValidator;
import org.supplierdiscovery.ingest.Validation;
import org.supplierdiscovery.semantic.SupplierVectors;

/**
 * Catalogue changes as the catalogue team makes them: add or replace a supplier, remove one, or a
 * batch of either. Records are checked by the same validator as files; a rejected change changes
 * nothing; an accepted one returns only once it is durable and visible to searches.
 */
public final class CatalogueAdmin {
  private final ObjectMapper json = StrictJson.MAPPER;
  private final SupplierValidator validator;
  private final CatalogueWriter writer;
  private final CatalogueIndex index;

  public CatalogueAdmin(SupplierValidator validator, CatalogueWriter writer, CatalogueIndex index) {
    this.validator = validator;
    this.writer = writer;
    this.index = index;
  }

  /** Creates or replaces a supplier; the id in the path and in the record must agree. */
  public CatalogueWriter.Receipt put(String pathId, JsonNode record) throws IOException {
    Validation v = validator.validate(record);
    List<FieldError> errors = new ArrayList<>(v.errors());
    String bodyId = record != null && record.path("id").isTextual() ? record.path("id").textValue() : null;
    if (bodyId != null && !bodyId.equals(pathId)) {
      errors.add(new FieldError("id", "must equal the id in the path ('" + pathId + "'), was '" + bodyId + "'"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRecordException(errors);
    }
    return writer.write(List.of(new Change.Upsert(v.supplier())), "PUT /api/suppliers/" + pathId);
  }

  /** Removes a supplier; the receipt's outcome says whether there was one with that id. */
  public CatalogueWriter.Receipt delete(String id) throws IOException {
    return writer.write(List.of(new Change.Delete(id)), "DELETE /api/suppliers/" + id);
  }

  /** Pins and unpins catalogue commits for frozen searches. */
  public CommitPins pins() {
    return writer;
  }

  /** The suppliers' vectors this server's writes embedded, and those kept as their text was unchanged. */
  public SupplierVectors.Counts vectorCounts() {
    return writer.vectorCounts();
  }

  /** Whether changes are being taken now, or why not. */
  public WriteHealth writes() {
    return writer.health();
  }

  /** Applies every good line of a JSON Lines batch in one commit and reports on the rejected ones. */
  public BulkResult bulk(String body) throws IOException {
    List<BulkOutcome> outcomes = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      long number = i + 1L;
      JsonNode node;
      try {
        node = json.readTree(line);
      } catch (JsonProcessingException e) {
        outcomes.add(BulkOutcome.rejected(number, null,
            List.of(new FieldError("record", "not valid JSON: " + e.getOriginalMessage()))));
        continue;
      }
      if (node.isObject() && node.size() == 1 && node.has("delete")) {
        String id = node.path("delete").asText("");
        if (id.isBlank()) {
          outcomes.add(BulkOutcome.rejected(number, null, List.of(new FieldError("delete", "must be a supplier id"))));
        } else {
          changes.add(new Change.Delete(id));
          outcomes.add(BulkOutcome.accepted(number, id, "delete"));
        }
        continue;
      }
      Validation v = validator.validate(node);
      if (v.isValid()) {
        changes.add(new Change.Upsert(v.supplier()));
        outcomes.add(BulkOutcome.accepted(number, v.id(), "upsert"));
      } else {
        outcomes.add(BulkOutcome.rejected(number, v.id(), v.errors()));
      }
    }
    Long generation = changes.isEmpty() ? null : writer.write(changes, "POST /api/suppliers/_bulk").generation();
    return BulkResult.of(generation, outcomes);
  }

  public List<org.supplierdiscovery.index.AuditEntry> history(String id, int max) throws IOException {
    return index.history(id, max);
  }
}
