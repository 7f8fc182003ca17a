package org.supplierdiscovery.http;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.supplierdiscovery.records.PostgresDatabases;
import org.supplierdiscovery.records.RecordStore;

/** Every case of {@link AllocationApiTest}, the server keeping its records on a real PostgreSQL server. */
class AllocationApiPostgresIT extends AllocationApiTest {
  @RegisterExtension
  static final PostgresDatabases POSTGRES = new PostgresDatabases();

  AllocationApiPostgresIT() throws Exception {
    super();
  }

  @Override
  RecordStore openRecords() {
    return POSTGRES.freshStore();
  }
}
