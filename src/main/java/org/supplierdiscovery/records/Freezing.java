package org.supplierdiscovery.records;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.config.ProcurementSettings;
import org.supplierdiscovery.index.CatalogueIndex;
import org.supplierdiscovery.index.CatalogueSearcher;
import org.supplierdiscovery.index.CommitPins;
import org.supplierdiscovery.search.Hit;
import org.supplierdiscovery.search.SearchRequest;
import org.supplierdiscovery.search.SearchResponse;
import org.supplierdiscovery.search.SearchService;

/**
 * Freezing a project's active search: the catalogue's last commit is pinned, the search runs on that
 * very commit, and its list (each supplier's record as stored then) is kept with the generation and
 * the time, in one transaction. The pin lets anyone re-run the search later on the catalogue exactly
 * as it was; it is released when the project is closed or the retention period has passed.
 */
public final class Freezing {
  private static final Logger LOG = LoggerFactory.getLogger(Freezing.class);
  private final RecordStore store;
  private final SearchService search;
  private final CatalogueIndex index;
  private final CommitPins pins;
  private final ProcurementSettings settings;
  private final Function<String, SearchRequest> requests;
  private final Clock clock;

  /** {@code requests} reads a saved search's stored request, as the search API reads a body. */
  public Freezing(
      RecordStore store, SearchService search, CatalogueIndex index, CommitPins pins, ProcurementSettings settings,
      Function<String, SearchRequest> requests, Clock clock) {
    this.store = store;
    this.search = search;
    this.index = index;
    this.pins = pins;
    this.settings = settings;
    this.requests = requests;
    this.clock = clock;
  }

  /** A frozen search re-run on its pinned commit: whether it gives the frozen list, and both lists. */
  public record Verification(boolean same, List<String> frozen, List<String> rerun, long generation) {
    public Verification {
      frozen = List.copyOf(frozen);
      rerun = List.copyOf(rerun);
    }
  }

  /** Freezes the project's active search; empty when the organisation has no such project. */
  public Optional<FrozenSearch> freeze(Actor actor, String projectId) throws IOException {
    Optional<SavedSearch> active = store.inTransaction(c -> activeSearch(c, actor.organisation(), projectId));
    if (active.isEmpty()) {
      return Optional.empty();
    }
    SearchRequest saved = requests.apply(active.get().request());
    int limit = settings.freezeLimit(Stream.concat(saved.values(Dimension.FRAMEWORK).stream(),
        saved.required(Dimension.FRAMEWORK).stream()).distinct().toList());
    SearchRequest request = new SearchRequest(saved.text(), saved.filters(), saved.required(), saved.excluded(),
        saved.sort(), 1, limit, saved.asTyped());
    CommitPins.Pinned pin = pins.pin();
    boolean kept = false;
    try {
      FrozenSearch frozen = index.atCommit(pin.commitGeneration(), view -> listAt(view, request, limit))
          .map(list -> new FrozenSearch(projectId, active.get().id(), active.get().request(), active.get().summary(),
              list.size(), pin.generation(), pin.commitGeneration(), now(), null, list))
          .orElseThrow(() -> new IOException("the commit just pinned is not on disk"));
      store.inTransaction(c -> {
        // checked again inside the transaction that stores the list: the project may have changed meanwhile
        if (!activeSearch(c, actor.organisation(), projectId).map(SavedSearch::id)
            .equals(Optional.of(frozen.searchId()))) {
          throw new RecordConflictException("activeSearchId", "The project changed while it was being frozen; freeze"
              + " it again.");
        }
        Freezes.insert(c, frozen);
        Events.append(c, projectId, actor, EventType.FREEZE, Map.of("searchId", frozen.searchId(), "summary",
            frozen.summary(), "generation", frozen.generation(), "total", frozen.total(), "suppliers", frozen.ids()),
            frozen.frozenAt());
        return null;
      });
      kept = true;
      return Optional.of(frozen);
    } finally {
      if (!kept) {
        pins.unpin(pin.commitGeneration());
      }
    }
  }

  /** The suppliers the search finds on {@code view}, with their records; refused above {@code limit}. */
  private List<FrozenSupplier> listAt(CatalogueSearcher view, SearchRequest request, int limit) throws IOException {
    SearchResponse answer = search.search(view, request);
    if (answer.timedOut()) {
      throw new SearchIncompleteException("The search did not finish in time, so its list would be incomplete;"
          + " nothing was frozen. Try again in a moment.");
    }
    if (answer.total() > limit) {
      throw new RecordConflictException("search", "The active search finds " + answer.total()
          + " suppliers; at most " + limit + " can be frozen. Narrow the search (more words or filters), save it"
          + " and freeze again.");
    }
    List<FrozenSupplier> list = new ArrayList<>();
    for (Hit hit : answer.hits()) {
      String record = view.storedRecord(hit.id()).orElseThrow(() -> new IOException("no record for " + hit.id()));
      list.add(new FrozenSupplier(list.size() + 1, hit.id(), record));
    }
    return list;
  }

  /** The project's active saved search, if it may be frozen; a conflict if it may not. */
  private static Optional<SavedSearch> activeSearch(Connection c, Organisation org, String projectId)
      throws SQLException {
    Optional<Project> project = Projects.open(c, org, projectId);
    if (project.isEmpty()) {
      return Optional.empty();
    }
    if (Freezes.find(c, projectId).isPresent()) {
      throw new RecordConflictException("project", "The project's search is already frozen.");
    }
    return Optional.of(Projects.searches(c, project.get()).stream().filter(SavedSearch::active).findFirst()
        .orElseThrow(() -> new RecordConflictException("activeSearchId",
            "The project has no saved search to freeze; save one first.")));
  }

  /** The project's frozen search; empty when there is no such project of the organisation's or it is not frozen. */
  public Optional<FrozenSearch> frozen(Organisation org, String projectId) {
    return store.inTransaction(c -> Projects.find(c, org, projectId).isEmpty()
        ? Optional.empty()
        : Freezes.find(c, projectId));
  }

  /** Re-runs the frozen search on its pinned commit; empty when the project is not found or not frozen. */
  public Optional<Verification> verify(Organisation org, String projectId) throws IOException {
    Optional<FrozenSearch> found = frozen(org, projectId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    FrozenSearch f = found.get();
    if (!f.pinned()) {
      throw new RecordConflictException("project", "The catalogue this search was frozen on was released at "
          + f.unpinnedAt() + "; it can no longer be re-run.");
    }
    SearchRequest saved = requests.apply(f.request());
    SearchRequest request = new SearchRequest(saved.text(), saved.filters(), saved.required(), saved.excluded(),
        saved.sort(), 1, Math.max(1, f.suppliers().size()), saved.asTyped());
    SearchResponse answer = index.atCommit(f.commitGeneration(), view -> search.search(view, request))
        .orElseThrow(() -> new IOException("the pinned commit " + f.commitGeneration() + " is not on disk"));
    List<String> rerun = answer.hits().stream().map(Hit::id).toList();
    boolean same = answer.total() == f.suppliers().size() && rerun.equals(f.ids());
    return Optional.of(new Verification(same, f.ids(), rerun, f.generation()));
  }

  /** Closes the project and releases its frozen search's pin; empty when there is no such project. */
  public Optional<Project> close(Actor actor, String projectId) throws IOException {
    Instant at = now();
    Optional<FrozenSearch> released = store.inTransaction(c -> {
      Optional<Project> project = Projects.find(c, actor.organisation(), projectId);
      if (project.isEmpty() || project.get().closed()) {
        return Optional.empty();
      }
      Freezes.close(c, projectId, at);
      Optional<FrozenSearch> f = Freezes.find(c, projectId);
      boolean release = f.isPresent() && Freezes.markUnpinned(c, projectId, at);
      Events.append(c, projectId, actor, EventType.CLOSE, Map.of("catalogueReleased", release), at);
      return release ? f : Optional.empty();
    });
    if (released.isPresent()) {
      pins.unpin(released.get().commitGeneration());
    }
    return store.inTransaction(c -> Projects.find(c, actor.organisation(), projectId));
  }

  /** Releases the pins of searches frozen longer ago than the retention period; returns how many. */
  public int releaseExpired() throws IOException {
    Instant at = now();
    Instant before = at.minus(Duration.ofDays(settings.pinRetentionDays()));
    int released = 0;
    for (Freezes.Pin pin : store.inTransaction(c -> Freezes.pinnedBefore(c, before))) {
      if (store.inTransaction(c -> release(c, pin, at))) {
        pins.unpin(pin.commitGeneration());
        released++;
      }
    }
    if (released > 0) {
      LOG.info("released {} catalogue commits pinned more than {} days ago", released, settings.pinRetentionDays());
    }
    return released;
  }

  private boolean release(Connection c, Freezes.Pin pin, Instant at) throws SQLException {
    if (!Freezes.markUnpinned(c, pin.projectId(), at)) {
      return false;
    }
    Events.append(c, pin.projectId(), pin.organisationId(), null, EventType.RELEASE,
        Map.of("reason", "retention period of " + settings.pinRetentionDays() + " days passed"), at);
    return true;
  }

  private Instant now() {
    // stored to the microsecond, so what is read back is what was written
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
