package org.supplierdiscovery.records;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Every case of {@link ProjectsTest} on a real PostgreSQL server. */
class ProjectsPostgresIT extends ProjectsTest {
  @RegisterExtension
  static final PostgresDatabases POSTGRES = new PostgresDatabases();

  @Override
  RecordStore openStore() {
    return POSTGRES.freshStore();
  }
}
