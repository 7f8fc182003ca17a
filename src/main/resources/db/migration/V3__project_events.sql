-- Plain SQL that H2 (in its PostgreSQL mode) and PostgreSQL both run unchanged.
-- Each project's audit trail: every change with its time, organisation, actor, type and detail (JSON). Each event
-- holds the SHA-256 of the event before it (64 zeros for the first) and its own, over its canonical form, so an
-- altered, removed or reordered event breaks the chain.
CREATE TABLE project_event (
  project_id VARCHAR(36) NOT NULL REFERENCES project (id),
  seq INTEGER NOT NULL,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  organisation_id VARCHAR(36) NOT NULL,
  actor VARCHAR(200),
  event_type VARCHAR(40) NOT NULL,
  detail_json VARCHAR(65536) NOT NULL,
  previous_hash CHAR(64) NOT NULL,
  hash CHAR(64) NOT NULL,
  PRIMARY KEY (project_id, seq)
);
