-- SkillScope results schema, version 6: a credential the run could not read (no learning outcome, or outcomes in a
-- language the matcher does not cover and no declared ESCO skill) is not scored: its relevance, percentile and green
-- and digital alignment are NULL, not 0 (docs/scoring.md). Every statement may run again.
ALTER TABLE credentials ALTER COLUMN relevance DROP NOT NULL;
ALTER TABLE credentials ALTER COLUMN relevance_percentile DROP NOT NULL;
ALTER TABLE credentials ALTER COLUMN green DROP NOT NULL;
ALTER TABLE credentials ALTER COLUMN green_skill_share DROP NOT NULL;
ALTER TABLE credentials ALTER COLUMN digital DROP NOT NULL;
ALTER TABLE credentials ALTER COLUMN digital_skill_share DROP NOT NULL;
