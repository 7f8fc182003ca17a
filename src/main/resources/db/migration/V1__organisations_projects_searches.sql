-- Plain SQL that H2 (in its PostgreSQL mode) and PostgreSQL both run unchanged.
CREATE TABLE organisation (
  id VARCHAR(36) PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  key_hash CHAR(64) NOT NULL UNIQUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE project (
  id VARCHAR(36) PRIMARY KEY,
  organisation_id VARCHAR(36) NOT NULL REFERENCES organisation (id),
  name VARCHAR(200) NOT NULL,
  active_search_id VARCHAR(36),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX project_by_organisation ON project (organisation_id, created_at);

CREATE TABLE saved_search (
  id VARCHAR(36) PRIMARY KEY,
  project_id VARCHAR(36) NOT NULL REFERENCES project (id),
  request_json VARCHAR(65536) NOT NULL,
  summary VARCHAR(2000) NOT NULL,
  total BIGINT NOT NULL,
  generation BIGINT NOT NULL,
  saved_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX saved_search_by_project ON saved_search (project_id, saved_at);
