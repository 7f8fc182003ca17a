package org.supplierdiscovery.http;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.supplierdiscovery.records.PostgresDatabases;
import org.supplierdiscovery.records.RecordStore;

/** Every case of {@link ProjectApiTest}, the server keeping its records on a real PostgreSQL server. */
class ProjectApiPostgresIT extends ProjectApiTest {
  @RegisterExtension
  static final PostgresDatabases POSTGRES = new PostgresDatabases();

  ProjectApiPostgresIT() throws Exception {
    super();
  }

  @Override
  RecordStore openRecords() {
    return POSTGRES.freshStore();
  }
}
