package org.supplierdiscovery.records;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.config.ProcurementSettings;
import org.supplierdiscovery.search.SearchRequest;

/** The six-supplier fixture in memory, a record database, an organisation and projects frozen on demand. */
final class FrozenProjectFixture implements AutoCloseable {
  final TestCatalogue catalogue = TestCatalogue.load(TestCatalogue.TINY);
  final RecordStore store = RecordStore.inMemory();
  final Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
  final Organisations organisations = new Organisations(store, new OrganisationKey(new SecureRandom()), clock);
  final Organisation leeds = organisations.create("Leeds ICB").organisation();
  final Actor ana = new Actor(leeds, "Ana Patel");
  final Projects projects = new Projects(store, clock);
  final Freezing freezing = new Freezing(store, catalogue.search, catalogue.index, catalogue.writer,
      new ProcurementSettings(30, Map.of(), 30), SearchRequest::of, clock);

  /** A project with {@code need} saved, frozen unless {@code freeze} is false; its id. */
  String project(String need, boolean freeze) throws IOException {
    Project p = projects.create(ana, "Project for " + need);
    if (projects.save(ana, p.id(), new SearchSummary.Ran("summary", 0, 0), need).isEmpty()
        || (freeze && freezing.freeze(ana, p.id()).isEmpty())) {
      throw new AssertionError("the project was not found");
    }
    return p.id();
  }

  @Override
  public void close() throws IOException {
    store.close();
    catalogue.close();
  }
}
