package org.supplierdiscovery.http;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.time.Clock;
import org.supplierdiscovery.export.ProjectExports;
import org.supplierdiscovery.index.CatalogueIndex;
import org.supplierdiscovery.index.CommitPins;
import org.supplierdiscovery.records.Decisions;
import org.supplierdiscovery.records.Events;
import org.supplierdiscovery.records.Freezing;
import org.supplierdiscovery.records.Outcomes;
import org.supplierdiscovery.records.Projects;
import org.supplierdiscovery.records.RecordStore;
import org.supplierdiscovery.search.SearchService;

/**
 * A project's procurement record past its saved searches: freezing, the audit trail, the shortlist and
 * the outcome, and the record's exports. Built once per server; pins past the retention period are released as it is built.
 */
final class ProcurementRoutes {
  private final FreezeController freezes;
  private final EventController events;
  private final DecisionController decisions;
  private final OutcomeController outcomes;
  private final ExportController exports;

  ProcurementRoutes(
      RecordStore records, CatalogueIndex index, SearchService search, CommitPins pins, SearchGate gate,
      BuyerGuard buyers, Clock clock) throws IOException {
    Freezing freezing = new Freezing(records, search, index, pins, search.config().procurement(),
        SavedRequests::read, clock);
    freezing.releaseExpired();
    this.freezes = new FreezeController(freezing, gate, buyers);
    this.events = new EventController(new Events(records), buyers);
    Decisions decided = new Decisions(records, clock);
    Outcomes ended = new Outcomes(records);
    this.decisions = new DecisionController(decided, buyers);
    this.outcomes = new OutcomeController(ended, buyers, clock);
    this.exports = new ExportController(new ProjectExports(new Projects(records, clock), freezing, decided, ended,
        new Events(records), search.config().taxonomy().listingReasons(), clock), buyers);
  }

  void register(RoutesConfig routes) {
    routes.post("/api/projects/{id}/freeze", freezes::freeze);
    routes.get("/api/projects/{id}/freeze", freezes::get);
    routes.get("/api/projects/{id}/freeze/verify", freezes::verify);
    routes.post("/api/projects/{id}/close", freezes::close);
    routes.get("/api/projects/{id}/events", events::list);
    routes.get("/api/projects/{id}/events/verify", events::verify);
    routes.put("/api/projects/{id}/decisions/{supplierId}", decisions::decide);
    routes.get("/api/projects/{id}/decisions", decisions::list);
    routes.get("/api/projects/{id}/compare", decisions::compare);
    routes.put("/api/projects/{id}/outcome", outcomes::record);
    routes.get("/api/projects/{id}/outcome", outcomes::get);
    routes.get("/api/projects/{id}/export.csv", exports::csv);
    routes.get("/api/projects/{id}/export.pdf", exports::pdf);
  }
}
