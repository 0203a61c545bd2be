-- SkillScope results schema, version 4: growth carries what it rests on. Wherever a growth rate is stored,
-- so are its two windows of dated vacancies, the scope's dated ads in each and how many asked for the skill,
-- and whether the change is statistically clear (docs/scoring.md). Every statement may run again.
ALTER TABLE skill_demand ADD COLUMN IF NOT EXISTS growth_clear BOOLEAN;
ALTER TABLE skill_demand ADD COLUMN IF NOT EXISTS growth_earlier_period VARCHAR(15);
ALTER TABLE skill_demand ADD COLUMN IF NOT EXISTS growth_later_period VARCHAR(15);
ALTER TABLE skill_demand ADD COLUMN IF NOT EXISTS growth_earlier_vacancies BIGINT;
ALTER TABLE skill_demand ADD COLUMN IF NOT EXISTS growth_later_vacancies BIGINT;
ALTER TABLE skill_demand ADD COLUMN IF NOT EXISTS growth_earlier_count BIGINT;
ALTER TABLE skill_demand ADD COLUMN IF NOT EXISTS growth_later_count BIGINT;
ALTER TABLE credential_skills ADD COLUMN IF NOT EXISTS growth_clear BOOLEAN;
ALTER TABLE credential_skills ADD COLUMN IF NOT EXISTS growth_earlier_period VARCHAR(15);
ALTER TABLE credential_skills ADD COLUMN IF NOT EXISTS growth_later_period VARCHAR(15);
ALTER TABLE credential_skills ADD COLUMN IF NOT EXISTS growth_earlier_vacancies BIGINT;
ALTER TABLE credential_skills ADD COLUMN IF NOT EXISTS growth_later_vacancies BIGINT;
ALTER TABLE credential_skills ADD COLUMN IF NOT EXISTS growth_earlier_count BIGINT;
ALTER TABLE credential_skills ADD COLUMN IF NOT EXISTS growth_later_count BIGINT;
ALTER TABLE gaps ADD COLUMN IF NOT EXISTS growth_clear BOOLEAN;
ALTER TABLE gaps ADD COLUMN IF NOT EXISTS growth_earlier_period VARCHAR(15);
ALTER TABLE gaps ADD COLUMN IF NOT EXISTS growth_later_period VARCHAR(15);
ALTER TABLE gaps ADD COLUMN IF NOT EXISTS growth_earlier_vacancies BIGINT;
ALTER TABLE gaps ADD COLUMN IF NOT EXISTS growth_later_vacancies BIGINT;
ALTER TABLE gaps ADD COLUMN IF NOT EXISTS growth_earlier_count BIGINT;
ALTER TABLE gaps ADD COLUMN IF NOT EXISTS growth_later_count BIGINT;
-- the reason of a gap now names its counts ("growing demand: 12 of 227 dated ads in ...")
ALTER TABLE gaps ALTER COLUMN reason SET DATA TYPE VARCHAR(1000);
