package org.supplierdiscovery.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.supplierdiscovery.catalogue.Listing;
import org.supplierdiscovery.catalogue.ListingStatus;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.catalogue.SupplierJson;
import org.supplierdiscovery.config.ListingReasons;
import org.supplierdiscovery.records.Actor;
import org.supplierdiscovery.records.Decision;
import org.supplierdiscovery.records.Decisions;
import org.supplierdiscovery.records.EventType;
import org.supplierdiscovery.records.Events;
import org.supplierdiscovery.records.Freezing;
import org.supplierdiscovery.records.FrozenSearch;
import org.supplierdiscovery.records.FrozenSupplier;
import org.supplierdiscovery.records.Outcome;
import org.supplierdiscovery.records.Outcomes;
import org.supplierdiscovery.records.Project;
import org.supplierdiscovery.records.Projects;
import org.supplierdiscovery.records.RecordConflictException;

/**
 * A project's record as a file to download: read from the frozen list (each supplier as it was when
 * frozen), laid out as CSV or PDF, and entered in the project's audit trail with the file's SHA-256
 * before a byte is sent, so every copy that left the service can be matched to its event.
 */
public final class ProjectExports {
  /** The formats a record downloads in. */
  public enum Format {
    CSV("csv", "text/csv; charset=utf-8"), PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
      this.extension = extension;
      this.contentType = contentType;
    }

    public String contentType() {
      return contentType;
    }
  }

  /** A file ready to send; its bytes are written to the response once and never compared. */
  @SuppressWarnings("ArrayRecordComponent")
  public record File(String name, String contentType, byte[] bytes, String sha256) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Projects projects;
  private final Freezing freezing;
  private final Decisions decisions;
  private final Outcomes outcomes;
  private final Events events;
  private final ListingReasons reasons;
  private final Clock clock;
  private final SupplierJson suppliers = new SupplierJson();

  public ProjectExports(
      Projects projects, Freezing freezing, Decisions decisions, Outcomes outcomes, Events events,
      ListingReasons reasons, Clock clock) {
    this.projects = projects;
    this.freezing = freezing;
    this.decisions = decisions;
    this.outcomes = outcomes;
    this.events = events;
    this.reasons = reasons;
    this.clock = clock;
  }

  /**
   * The project's record in {@code format}, its download recorded; empty when the organisation has no
   * such project. A project whose search is not frozen has no record to export yet (409).
   */
  public Optional<File> export(Actor actor, String projectId, Format format) {
    Optional<Project> project = projects.get(actor.organisation(), projectId);
    if (project.isEmpty()) {
      return Optional.empty();
    }
    FrozenSearch frozen = freezing.frozen(actor.organisation(), projectId)
        .orElseThrow(() -> new RecordConflictException("freeze",
            "the project's search is not frozen yet; freeze it to export its record"));
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Map<String, Decision> decided = new HashMap<>();
    decisions.list(actor.organisation(), projectId).orElse(List.of()).stream()
        .filter(r -> r.decision() != null)
        .forEach(r -> decided.put(r.supplier().id(), r.decision()));
    List<ProjectExport.Row> rows = rows(frozen, decided);
    String outcome = outcomes.get(actor.organisation(), projectId).map(o -> outcome(o, rows)).orElse(null);
    ProjectExport record = new ProjectExport(actor.organisation().name(), project.get().name(),
        frameworks(frozen.request()), frozen.summary(), frozen.frozenAt(), frozen.generation(), rows, outcome, now);
    byte[] bytes = format == Format.CSV
        ? CsvExport.write(record).getBytes(StandardCharsets.UTF_8)
        : PdfExport.write(record);
    String sha256 = Events.sha256(bytes);
    String name = "procurement-record-" + slug(project.get().name()) + "-" + now.toString().substring(0, 10) + "."
        + format.extension;
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("format", format.extension);
    detail.put("file", name);
    detail.put("bytes", bytes.length);
    detail.put("sha256", sha256);
    detail.put("suppliers", record.rows().size());
    if (!events.record(actor, projectId, EventType.DOWNLOAD, detail)) {
      return Optional.empty();
    }
    return Optional.of(new File(name, format.contentType, bytes, sha256));
  }

  private List<ProjectExport.Row> rows(FrozenSearch frozen, Map<String, Decision> decided) {
    List<ProjectExport.Row> rows = new ArrayList<>();
    for (FrozenSupplier f : frozen.suppliers()) {
      Supplier s = suppliers.fromJsonString(f.record());
      String contact = s.contact() != null ? s.contact().line() : s.website();
      Decision d = decided.get(s.id());
      rows.add(new ProjectExport.Row(f.place(), s.id(), s.name(), d == null ? "not decided" : d.verdict().label(),
          d == null ? null : d.reason(), contact, listings(s)));
    }
    return rows;
  }

  /** The outcome in one sentence, as the record's last line; an awarded supplier by name and id. */
  static String outcome(Outcome o, List<ProjectExport.Row> rows) {
    String when = " (recorded " + o.recordedAt() + (o.recordedBy() == null ? "" : " by " + o.recordedBy()) + ")";
    String supplier = rows.stream().filter(r -> r.supplierId().equals(o.supplierId())).findFirst()
        .map(r -> r.name() + " (" + r.supplierId() + ")").orElse(o.supplierId());
    return switch (o.kind()) {
      case AWARDED -> "Awarded to " + supplier + ", " + o.currency() + " " + o.value().toPlainString() + ", "
          + o.start() + " to " + o.end() + when;
      case CANCELLED -> "Cancelled: " + o.reason() + when;
      case NONE_SUITABLE -> "None suitable: " + o.reason() + when;
    };
  }

  /** Each listing as "Framework / Lot (status: reason)", the reason by its label. */
  String listings(Supplier s) {
    List<String> parts = new ArrayList<>();
    for (Listing l : s.listings()) {
      StringBuilder b = new StringBuilder(l.framework());
      if (l.lot() != null) {
        b.append(" / ").append(l.lot());
      }
      b.append(" (").append(l.status().label());
      String code = l.reason() == null && l.status() == ListingStatus.EXPIRED ? Listing.FRAMEWORK_EXPIRED : l.reason();
      if (code != null) {
        b.append(": ").append(reasons.find(code).map(r -> r.label()).orElse(code));
      }
      parts.add(b.append(")").toString());
    }
    return String.join("; ", parts);
  }

  /** The frameworks the frozen search was narrowed to, or that it covered all of them. */
  private static String frameworks(String request) {
    try {
      JsonNode frameworks = JSON.readTree(request).path("filters").path("framework");
      List<String> names = new ArrayList<>();
      frameworks.forEach(n -> names.add(n.asText()));
      return names.isEmpty() ? "All frameworks" : String.join(", ", names);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a frozen request is the JSON the service wrote", e);
    }
  }

  private static String slug(String name) {
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    slug = slug.length() > 60 ? slug.substring(0, 60) : slug;
    return slug.isEmpty() ? "project" : slug;
  }

}
