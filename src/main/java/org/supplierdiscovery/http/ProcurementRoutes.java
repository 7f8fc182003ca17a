package org.supplierdiscovery.http;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import org.supplierdiscovery.export.ProjectExports;
import org.supplierdiscovery.index.CatalogueIndex;
import org.supplierdiscovery.index.CommitPins;
import org.supplierdiscovery.records.Allocating;
import org.supplierdiscovery.records.Decisions;
import org.supplierdiscovery.records.Events;
import org.supplierdiscovery.records.Freezing;
import org.supplierdiscovery.records.FrozenListChanges;
import org.supplierdiscovery.records.Outcomes;
import org.supplierdiscovery.records.Projects;
import org.supplierdiscovery.records.RecordStore;
import org.supplierdiscovery.search.SearchService;

/**
 * A buyer's projects and their procurement record: saved searches, freezing, the audit trail, the shortlist and
 * the outcome, the record's exports and random allocation within a lot. Built once per server; pins past the retention period are released as it is built.
 */
final class ProcurementRoutes {
  private final ProjectController projects;
  private final FreezeController freezes;
  private final EventController events;
  private final DecisionController decisions;
  private final OutcomeController outcomes;
  private final ExportController exports;
  private final AllocationController allocations;

  ProcurementRoutes(
      RecordStore records, CatalogueIndex index, SearchService search, CommitPins pins, SearchGate gate,
      BuyerGuard buyers, Clock clock) throws IOException {
    Freezing freezing = new Freezing(records, search, index, pins, search.config().procurement(),
        SavedRequests::read, clock);
    freezing.releaseExpired();
    FrozenListChanges changes = new FrozenListChanges(freezing, index, search.config().taxonomy().listingReasons());
    Projects projectRecords = new Projects(records, clock);
    Events trail = new Events(records, clock);
    this.projects = new ProjectController(projectRecords, changes, search, gate, buyers);
    this.freezes = new FreezeController(freezing, changes, gate, buyers);
    this.allocations = new AllocationController(new Allocating(records, index, search.config().taxonomy(),
        SavedRequests::read, new SecureRandom(), clock), gate, buyers);
    this.events = new EventController(trail, buyers);
    Decisions decided = new Decisions(records, clock);
    Outcomes ended = new Outcomes(records);
    this.decisions = new DecisionController(decided, buyers);
    this.outcomes = new OutcomeController(ended, buyers, clock);
    this.exports = new ExportController(new ProjectExports(projectRecords, freezing, decided, ended, trail,
        search.config().taxonomy().listingReasons(), clock), buyers);
  }

  void register(RoutesConfig routes) {
    routes.post("/api/projects", projects::create);
    routes.get("/api/projects", projects::list);
    routes.get("/api/projects/{id}", projects::get);
    routes.patch("/api/projects/{id}", projects::rename);
    routes.post("/api/projects/{id}/searches", projects::saveSearch);
    routes.get("/api/projects/{id}/searches", projects::searches);
    routes.post("/api/projects/{id}/searches/{searchId}/activate", projects::choose);
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
    routes.post("/api/projects/{id}/allocation", allocations::allocate);
    routes.get("/api/projects/{id}/allocation", allocations::get);
    routes.get("/api/projects/{id}/allocation/verify", allocations::verify);
  }
}
