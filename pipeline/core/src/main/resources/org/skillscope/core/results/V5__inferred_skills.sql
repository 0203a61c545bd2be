-- SkillScope results schema, version 5: vacancies in every EU language. An ad in a language without ESCO
-- skill labels gets its occupation's essential skills as skills it implies, not states: vacancy_skills.source
-- says which ('stated' or 'inferred'); demand and gaps count how many of their vacancies ask for a skill only
-- by inference (inferred_vacancies), and their shares weigh those at a half (docs/languages.md).
-- Every statement may run again.
ALTER TABLE vacancy_skills ADD COLUMN IF NOT EXISTS source VARCHAR(8) DEFAULT 'stated' NOT NULL;
ALTER TABLE skill_demand ADD COLUMN IF NOT EXISTS inferred_vacancies BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE gaps ADD COLUMN IF NOT EXISTS inferred_vacancies BIGINT DEFAULT 0 NOT NULL;
