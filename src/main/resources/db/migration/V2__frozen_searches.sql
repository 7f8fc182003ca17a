-- Plain SQL that H2 (in its PostgreSQL mode) and PostgreSQL both run unchanged.
-- A closed project takes no more changes and no longer pins a catalogue commit.
ALTER TABLE project ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;

-- A project's frozen search: its request as it ran, the catalogue generation and the pinned Lucene commit
-- (commit_generation) it ran on; unpinned_at is set once that commit is released.
CREATE TABLE frozen_search (
  project_id VARCHAR(36) PRIMARY KEY REFERENCES project (id),
  search_id VARCHAR(36) NOT NULL REFERENCES saved_search (id),
  request_json VARCHAR(65536) NOT NULL,
  summary VARCHAR(2000) NOT NULL,
  total BIGINT NOT NULL,
  catalogue_generation BIGINT NOT NULL,
  commit_generation BIGINT NOT NULL,
  frozen_at TIMESTAMP WITH TIME ZONE NOT NULL,
  unpinned_at TIMESTAMP WITH TIME ZONE
);

-- Each supplier of the frozen list in rank order (place 1 first), with its whole record as it was then.
CREATE TABLE frozen_supplier (
  project_id VARCHAR(36) NOT NULL REFERENCES frozen_search (project_id),
  place INTEGER NOT NULL,
  supplier_id VARCHAR(64) NOT NULL,
  record_json VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (project_id, place),
  UNIQUE (project_id, supplier_id)
);
