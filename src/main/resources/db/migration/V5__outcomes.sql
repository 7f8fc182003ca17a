-- Plain SQL that H2 (in its PostgreSQL mode) and PostgreSQL both run unchanged.
-- How a project ended: awarded (a frozen supplier, the contract value in GBP, its start and end), cancelled or none
-- suitable (each with its reason).
CREATE TABLE outcome (
  project_id VARCHAR(36) PRIMARY KEY REFERENCES project (id),
  kind VARCHAR(20) NOT NULL,
  supplier_id VARCHAR(64),
  contract_value DECIMAL(15, 2),
  currency CHAR(3),
  starts_on DATE,
  ends_on DATE,
  reason VARCHAR(2000),
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by VARCHAR(200)
);
