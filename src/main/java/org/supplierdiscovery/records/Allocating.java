package org.supplierdiscovery.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.supplierdiscovery.catalogue.Dimension;
import org.supplierdiscovery.config.Framework;
import org.supplierdiscovery.config.Taxonomy;
import org.supplierdiscovery.index.CatalogueIndex;
import org.supplierdiscovery.search.EligibleSuppliers;
import org.supplierdiscovery.search.FilterKind;
import org.supplierdiscovery.search.InvalidRequestException;
import org.supplierdiscovery.search.SearchRequest;

/**
 * A random allocation within a lot that {@code taxonomy.json} marks as allocated at random: the suppliers
 * active on the lot in the current catalogue, narrowed by the supplier filters of the project's active
 * saved search, are drawn from with {@link RandomDraw} and a seed from a secure random source, and
 * everything needed to re-run the draw is stored in one transaction. A project has one allocation: a
 * second is refused (409), so the record never holds a draw that was repeated until it suited someone.
 */
public final class Allocating {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final RecordStore store;
  private final CatalogueIndex index;
  private final EligibleSuppliers eligible;
  private final Taxonomy taxonomy;
  private final Function<String, SearchRequest> requests;
  private final SecureRandom random;
  private final Clock clock;

  /** {@code requests} reads a saved search's stored request, as the search API reads a body. */
  public Allocating(
      RecordStore store, CatalogueIndex index, Taxonomy taxonomy, Function<String, SearchRequest> requests,
      SecureRandom random, Clock clock) {
    this.store = store;
    this.index = index;
    this.eligible = new EligibleSuppliers(taxonomy);
    this.taxonomy = taxonomy;
    this.requests = requests;
    this.random = random;
    this.clock = clock;
  }

  /** A recorded draw re-run from its seed and eligible list: whether it gives the recorded supplier. */
  public record Verification(
      boolean same, String chosen, String rerun, String seed, String algorithm, List<String> eligible,
      boolean eligibleInStatedOrder) {
    public Verification {
      eligible = List.copyOf(eligible);
    }
  }

  /** What the draw starts from: the project's active saved search, if it has one. */
  private record Start(Optional<SavedSearch> search) {}

  /** Draws a supplier within the lot for the project; empty when the organisation has no such project. */
  public Optional<Allocation> allocate(Actor actor, String projectId, String framework, String lot)
      throws IOException {
    Optional<Start> start = store.inTransaction(c -> start(c, actor.organisation(), projectId));
    if (start.isEmpty()) {
      return Optional.empty();
    }
    checkLot(framework, lot);
    Optional<SavedSearch> search = start.get().search();
    SearchRequest narrowing = EligibleSuppliers.supplierFilters(search.map(s -> requests.apply(s.request()))
        .orElse(SearchRequest.of("")));
    Found found = find(framework, lot, narrowing);
    if (found.ids().isEmpty()) {
      throw new RecordConflictException("lot", "No supplier is active on " + lot + " of " + framework
          + (narrowing.filtered() ? " within the filters of the project's active saved search" : "")
          + "; nothing was drawn or recorded.");
    }
    RandomDraw.Result drawn = RandomDraw.draw(RandomDraw.seed(random), found.ids());
    Allocation allocation = new Allocation(projectId, framework, lot, drawn.seed(), RandomDraw.ALGORITHM,
        RandomDraw.DESCRIPTION, found.generation(), search.map(SavedSearch::id).orElse(null), filtersJson(narrowing),
        drawn.eligible(), drawn.chosen(), now(), actor.person());
    store.inTransaction(c -> {
      // checked again in the transaction that stores it: the project may have changed since the draw began
      if (!start(c, actor.organisation(), projectId).equals(start)) {
        throw new RecordConflictException("project", "The project changed while its supplier was being drawn;"
            + " allocate again.");
      }
      Allocations.insert(c, allocation);
      Events.append(c, projectId, actor, EventType.ALLOCATE, eventDetail(allocation), allocation.allocatedAt());
      return null;
    });
    return Optional.of(allocation);
  }

  /** The project's allocation; empty when there is no such project of the organisation's or none was made. */
  public Optional<Allocation> allocation(Organisation org, String projectId) {
    return store.inTransaction(c -> Projects.find(c, org, projectId).isEmpty()
        ? Optional.empty()
        : Allocations.find(c, projectId));
  }

  /** Re-runs the recorded draw from its seed and eligible list; empty when there is no allocation to verify. */
  public Optional<Verification> verify(Organisation org, String projectId) {
    return allocation(org, projectId).map(a -> {
      if (!a.algorithm().equals(RandomDraw.ALGORITHM)) {
        throw new RecordConflictException("algorithm", "The draw was recorded with algorithm " + a.algorithm()
            + ", which this version cannot re-run.");
      }
      RandomDraw.Result rerun = RandomDraw.draw(a.seed(), a.eligible());
      boolean ordered = rerun.eligible().equals(a.eligible());
      return new Verification(ordered && rerun.chosen().equals(a.chosen()), a.chosen(), rerun.chosen(), a.seed(),
          a.algorithm(), a.eligible(), ordered);
    });
  }

  private void checkLot(String framework, String lot) {
    Framework fw = taxonomy.framework(framework)
        .orElseThrow(() -> new InvalidRequestException("framework", "unknown framework"));
    if (!fw.lots().contains(lot)) {
      throw new InvalidRequestException("lot", fw.hasLots()
          ? "not a lot of " + framework + "; its lots are " + fw.lots()
          : framework + " has no lots");
    }
    if (!taxonomy.allocatedAtRandom(framework, lot)) {
      throw new InvalidRequestException("lot", "suppliers on " + lot + " of " + framework
          + " are not allocated at random; these are: " + randomLots());
    }
  }

  private String randomLots() {
    return String.join("; ", taxonomy.allocatedAtRandom().entrySet().stream()
        .map(e -> String.join(", ", e.getValue()) + " of " + e.getKey()).toList());
  }

  /** The project's active search if it may be allocated; a conflict if it may not; empty if not found. */
  private static Optional<Start> start(Connection c, Organisation org, String projectId) throws SQLException {
    Optional<Project> project = Projects.open(c, org, projectId);
    if (project.isEmpty()) {
      return Optional.empty();
    }
    if (Allocations.find(c, projectId).isPresent()) {
      throw new RecordConflictException("project", "The project's supplier has already been allocated; a"
          + " project has one allocation, so that no draw is repeated until it gives another supplier.");
    }
    return Optional.of(new Start(Projects.searches(c, project.get()).stream().filter(SavedSearch::active)
        .findFirst()));
  }

  /** The eligible ids and the generation of the catalogue they were found in. */
  private record Found(long generation, List<String> ids) {}

  private Found find(String framework, String lot, SearchRequest narrowing) throws IOException {
    try {
      return index.withSearcher(view -> new Found(view.generation(), eligible.on(view, framework, lot, narrowing)));
    } catch (EligibleSuppliers.TooManyException e) {
      throw new RecordConflictException("lot", e.getMessage() + " Narrow the project's search by its filters.");
    }
  }

  /** What the audit trail keeps of a draw: all that is needed to re-run it, and its result. */
  private static Map<String, Object> eventDetail(Allocation a) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("framework", a.framework());
    detail.put("lot", a.lot());
    detail.put("seed", a.seed());
    detail.put("algorithm", a.algorithm());
    detail.put("generation", a.generation());
    detail.put("searchId", a.searchId());
    try {
      detail.put("filters", JSON.readTree(a.filters()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("filters are the JSON filtersJson wrote", e);
    }
    detail.put("eligible", a.eligible());
    detail.put("chosen", a.chosen());
    return detail;
  }

  /** The supplier filters that narrowed the draw, as a search body has them. */
  static String filtersJson(SearchRequest narrowing) {
    Map<String, Map<String, List<String>>> body = new LinkedHashMap<>();
    body.put("filters", byParam(narrowing.of(FilterKind.ANY)));
    body.put("all", byParam(narrowing.of(FilterKind.ALL)));
    body.put("not", byParam(narrowing.of(FilterKind.NOT)));
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("filters always serialise", e);
    }
  }

  private static Map<String, List<String>> byParam(Map<Dimension, List<String>> values) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    values.forEach((d, v) -> out.put(d.param(), v));
    return out;
  }

  private Instant now() {
    // stored to the microsecond, so what is read back is what was written
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
