-- SkillScope results schema, version 3: each vacancy evidence sentence is stored once per run and named
-- by id in vacancy_skills, instead of being repeated on every skill of every vacancy that contains it
-- (at 100k ads the sentence was over half the bytes of 1.9 million vacancy skills).
-- H2 commits at every schema change, so a job killed here leaves part of this script applied and version 3
-- unrecorded: each statement may run again after any of the others, and the script then completes.
CREATE TABLE IF NOT EXISTS evidence_sentences (
  run_id VARCHAR(64) NOT NULL, sentence_id BIGINT NOT NULL, sentence VARCHAR(4000) NOT NULL,
  PRIMARY KEY (run_id, sentence_id)
);
ALTER TABLE vacancy_skills ADD COLUMN IF NOT EXISTS sentence_id BIGINT;
-- back, all null, if a killed attempt had dropped it already: the statements below read it
ALTER TABLE vacancy_skills ADD COLUMN IF NOT EXISTS evidence_sentence VARCHAR(4000);
CREATE INDEX IF NOT EXISTS evidence_sentences_v3_text ON evidence_sentences (run_id, sentence);
-- runs written before version 3 keep their sentences, numbered per run in sentence order (after any
-- a killed attempt had numbered)
INSERT INTO evidence_sentences (run_id, sentence_id, sentence)
  SELECT d.run_id, COALESCE(m.top, 0) + ROW_NUMBER() OVER (PARTITION BY d.run_id ORDER BY d.sentence), d.sentence
  FROM (SELECT DISTINCT run_id, evidence_sentence AS sentence FROM vacancy_skills v
        WHERE evidence_sentence IS NOT NULL AND NOT EXISTS (SELECT 1 FROM evidence_sentences e
          WHERE e.run_id = v.run_id AND e.sentence = v.evidence_sentence)) d
  LEFT JOIN (SELECT run_id, MAX(sentence_id) AS top FROM evidence_sentences GROUP BY run_id) m ON m.run_id = d.run_id;
UPDATE vacancy_skills v SET sentence_id = (SELECT e.sentence_id FROM evidence_sentences e
  WHERE e.run_id = v.run_id AND e.sentence = v.evidence_sentence) WHERE evidence_sentence IS NOT NULL;
DROP INDEX IF EXISTS evidence_sentences_v3_text;
ALTER TABLE vacancy_skills DROP COLUMN IF EXISTS evidence_sentence;
