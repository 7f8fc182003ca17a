-- Plain SQL that H2 (in its PostgreSQL mode) and PostgreSQL both run unchanged.
-- A project's random allocation within a lot: one per project. What anyone needs to re-run the draw is kept:
-- the seed, the algorithm (its name and description), the eligible ids in the order drawn from, the catalogue
-- generation they were found at and the filters that narrowed them (filters_json, from the saved search
-- search_id, null when the project had none), with the supplier drawn, the time and who drew it.
CREATE TABLE allocation (
  project_id VARCHAR(36) PRIMARY KEY REFERENCES project (id),
  framework VARCHAR(200) NOT NULL,
  lot VARCHAR(200) NOT NULL,
  seed CHAR(64) NOT NULL,
  algorithm VARCHAR(100) NOT NULL,
  algorithm_description VARCHAR(2000) NOT NULL,
  catalogue_generation BIGINT NOT NULL,
  search_id VARCHAR(36) REFERENCES saved_search (id),
  filters_json VARCHAR(65536) NOT NULL,
  chosen_supplier_id VARCHAR(64) NOT NULL,
  allocated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  allocated_by VARCHAR(200)
);

-- The eligible suppliers in the order the draw used (place 0 first, as the algorithm indexes them).
CREATE TABLE allocation_supplier (
  project_id VARCHAR(36) NOT NULL REFERENCES allocation (project_id),
  place INTEGER NOT NULL,
  supplier_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (project_id, place),
  UNIQUE (project_id, supplier_id)
);
