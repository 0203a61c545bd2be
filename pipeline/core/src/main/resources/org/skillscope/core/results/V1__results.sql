-- SkillScope results schema, version 1. One row set per run; readers see only runs whose
-- status is 'published' (set in the same transaction that wrote the rows).
-- Portable SQL, the same on H2 and PostgreSQL: TEXT (H2 reads it as CLOB) and DOUBLE PRECISION. Databases made before
-- Flyway also have a schema_version table here; ResultsStore baselines them at the version it records.

CREATE TABLE IF NOT EXISTS runs (
  run_id            VARCHAR(64) PRIMARY KEY,
  status            VARCHAR(16) NOT NULL,          -- running | published | failed
  started_at        TIMESTAMP NOT NULL,
  finished_at       TIMESTAMP,
  esco_version      VARCHAR(32) NOT NULL,
  esco_fingerprint  VARCHAR(80) NOT NULL,
  inputs_json       TEXT NOT NULL,                 -- input files with their SHA-256
  counts_json       TEXT,
  timings_json      TEXT,
  params_json       TEXT,
  scope_note        VARCHAR(1000)
);

CREATE TABLE IF NOT EXISTS credentials (
  run_id VARCHAR(64) NOT NULL, credential_id VARCHAR(300) NOT NULL,
  title VARCHAR(1000), awarding_body VARCHAR(1000), issuer_country VARCHAR(64), language VARCHAR(16),
  eqf_level INT, workload_ects DOUBLE PRECISION, participation_form VARCHAR(200), assessment_type VARCHAR(1000),
  source_format VARCHAR(32), source_file VARCHAR(1000), url VARCHAR(2000),
  outcomes_json TEXT, missing_elements VARCHAR(1000),
  skills INT NOT NULL, relevance DOUBLE PRECISION NOT NULL, relevance_percentile DOUBLE PRECISION NOT NULL,
  green DOUBLE PRECISION NOT NULL, green_skill_share DOUBLE PRECISION NOT NULL, green_occupation_share DOUBLE PRECISION,
  digital DOUBLE PRECISION NOT NULL, digital_skill_share DOUBLE PRECISION NOT NULL, digital_occupation_share DOUBLE PRECISION,
  PRIMARY KEY (run_id, credential_id)
);

CREATE TABLE IF NOT EXISTS credential_skills (
  run_id VARCHAR(64) NOT NULL, credential_id VARCHAR(300) NOT NULL, skill_uri VARCHAR(200) NOT NULL,
  label VARCHAR(500), confidence DOUBLE PRECISION NOT NULL, declared BOOLEAN NOT NULL,
  evidence_outcome VARCHAR(4000), evidence_label VARCHAR(500),
  vacancies BIGINT NOT NULL, share DOUBLE PRECISION NOT NULL, shrunk_share DOUBLE PRECISION NOT NULL, growth DOUBLE PRECISION,
  specificity DOUBLE PRECISION NOT NULL, contribution DOUBLE PRECISION NOT NULL, green BOOLEAN NOT NULL, digital BOOLEAN NOT NULL,
  PRIMARY KEY (run_id, credential_id, skill_uri)
);

CREATE TABLE IF NOT EXISTS credential_occupations (
  run_id VARCHAR(64) NOT NULL, credential_id VARCHAR(300) NOT NULL, occupation_uri VARCHAR(200) NOT NULL,
  label VARCHAR(500), coverage DOUBLE PRECISION NOT NULL, covered INT NOT NULL, essential INT NOT NULL, vacancies BIGINT NOT NULL,
  PRIMARY KEY (run_id, credential_id, occupation_uri)
);

CREATE TABLE IF NOT EXISTS vacancies (
  run_id VARCHAR(64) NOT NULL, vacancy_id VARCHAR(300) NOT NULL, title VARCHAR(1000),
  country VARCHAR(64), region VARCHAR(300), ym VARCHAR(7), sector VARCHAR(300), language VARCHAR(16),
  source VARCHAR(64), occupation_uri VARCHAR(200), occupation_label VARCHAR(500), occupation_score DOUBLE PRECISION,
  skills INT NOT NULL, mapped BOOLEAN NOT NULL,
  PRIMARY KEY (run_id, vacancy_id)
);

CREATE TABLE IF NOT EXISTS vacancy_skills (
  run_id VARCHAR(64) NOT NULL, vacancy_id VARCHAR(300) NOT NULL, skill_uri VARCHAR(200) NOT NULL,
  score DOUBLE PRECISION NOT NULL, evidence_sentence VARCHAR(4000), evidence_label VARCHAR(500),
  PRIMARY KEY (run_id, vacancy_id, skill_uri)
);

-- scope_type: all | country | region | sector; scope: '*' for all, else the country code, region or sector
CREATE TABLE IF NOT EXISTS skill_demand (
  run_id VARCHAR(64) NOT NULL, scope_type VARCHAR(16) NOT NULL, scope VARCHAR(300) NOT NULL, skill_uri VARCHAR(200) NOT NULL,
  label VARCHAR(500), vacancies BIGINT NOT NULL, scope_vacancies BIGINT NOT NULL, share DOUBLE PRECISION NOT NULL,
  shrunk_share DOUBLE PRECISION NOT NULL, growth DOUBLE PRECISION, specificity DOUBLE PRECISION NOT NULL, skill_group VARCHAR(500),
  green BOOLEAN NOT NULL, digital BOOLEAN NOT NULL, credentials_teaching INT NOT NULL,
  PRIMARY KEY (run_id, scope_type, scope, skill_uri)
);

CREATE TABLE IF NOT EXISTS skill_demand_monthly (
  run_id VARCHAR(64) NOT NULL, scope_type VARCHAR(16) NOT NULL, scope VARCHAR(300) NOT NULL, skill_uri VARCHAR(200) NOT NULL,
  ym VARCHAR(7) NOT NULL, vacancies BIGINT NOT NULL, ym_vacancies BIGINT NOT NULL,
  PRIMARY KEY (run_id, scope_type, scope, skill_uri, ym)
);

CREATE TABLE IF NOT EXISTS occupation_demand (
  run_id VARCHAR(64) NOT NULL, scope_type VARCHAR(16) NOT NULL, scope VARCHAR(300) NOT NULL, occupation_uri VARCHAR(200) NOT NULL,
  label VARCHAR(500), vacancies BIGINT NOT NULL, scope_vacancies BIGINT NOT NULL, share DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (run_id, scope_type, scope, occupation_uri)
);

-- supply vs demand per skill group (top level of the ESCO skills pillar)
CREATE TABLE IF NOT EXISTS skill_group_summary (
  run_id VARCHAR(64) NOT NULL, scope_type VARCHAR(16) NOT NULL, scope VARCHAR(300) NOT NULL, skill_group VARCHAR(500) NOT NULL,
  demand_vacancies BIGINT NOT NULL, demand_share DOUBLE PRECISION NOT NULL, supply_credentials INT NOT NULL, supply_share DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (run_id, scope_type, scope, skill_group)
);

CREATE TABLE IF NOT EXISTS gaps (
  run_id VARCHAR(64) NOT NULL, scope_type VARCHAR(16) NOT NULL, scope VARCHAR(300) NOT NULL, rank_no INT NOT NULL,
  skill_uri VARCHAR(200) NOT NULL, label VARCHAR(500), vacancies BIGINT NOT NULL, share DOUBLE PRECISION NOT NULL,
  shrunk_share DOUBLE PRECISION NOT NULL, growth DOUBLE PRECISION, specificity DOUBLE PRECISION NOT NULL, gap_score DOUBLE PRECISION NOT NULL,
  green BOOLEAN NOT NULL, digital BOOLEAN NOT NULL, reason VARCHAR(200),
  PRIMARY KEY (run_id, scope_type, scope, skill_uri)
);

CREATE TABLE IF NOT EXISTS gap_bundles (
  run_id VARCHAR(64) NOT NULL, scope_type VARCHAR(16) NOT NULL, scope VARCHAR(300) NOT NULL, rank_no INT NOT NULL,
  skills_json TEXT NOT NULL, labels_json TEXT NOT NULL, occupations_json TEXT NOT NULL,
  vacancies BIGINT NOT NULL, all_together BIGINT NOT NULL, score DOUBLE PRECISION NOT NULL, green BOOLEAN NOT NULL, digital BOOLEAN NOT NULL,
  PRIMARY KEY (run_id, scope_type, scope, rank_no)
);

-- green / digital shares of supply (credentials) and demand (vacancies), per scope
CREATE TABLE IF NOT EXISTS transition_summary (
  run_id VARCHAR(64) NOT NULL, side VARCHAR(8) NOT NULL, scope_type VARCHAR(16) NOT NULL, scope VARCHAR(300) NOT NULL,
  items BIGINT NOT NULL, green_items BIGINT NOT NULL, digital_items BIGINT NOT NULL,
  green_share DOUBLE PRECISION NOT NULL, digital_share DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (run_id, side, scope_type, scope)
);

CREATE TABLE IF NOT EXISTS quarantine (
  run_id VARCHAR(64) NOT NULL, seq INT NOT NULL, file VARCHAR(1000), line BIGINT, field VARCHAR(200), reason VARCHAR(2000),
  PRIMARY KEY (run_id, seq)
);
