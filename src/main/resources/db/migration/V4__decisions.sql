-- Plain SQL that H2 (in its PostgreSQL mode) and PostgreSQL both run unchanged.
-- Each frozen supplier shortlisted or excluded, with the written reason (required for an exclusion), when and by whom.
CREATE TABLE decision (
  project_id VARCHAR(36) NOT NULL REFERENCES frozen_search (project_id),
  supplier_id VARCHAR(64) NOT NULL,
  verdict VARCHAR(20) NOT NULL,
  reason VARCHAR(2000),
  decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_by VARCHAR(200),
  PRIMARY KEY (project_id, supplier_id)
);
