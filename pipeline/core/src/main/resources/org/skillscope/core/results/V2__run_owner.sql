-- SkillScope results schema, version 2: which process runs a run, so that a later run can prove a
-- 'running' run's process gone (a killed job cannot mark its own run) and mark it 'abandoned'.
-- runs.status: running | published | failed | abandoned
ALTER TABLE runs ADD COLUMN IF NOT EXISTS owner VARCHAR(300);            -- pid@host of the job's driver
ALTER TABLE runs ADD COLUMN IF NOT EXISTS owner_start_ms BIGINT;         -- that process's start (epoch ms): tells a reused pid
