-- SkillScope results schema, version 3: each vacancy evidence sentence is stored once per run and named
-- by id in vacancy_skills, instead of being repeated on every skill of every vacancy that contains it
-- (at 100k ads the sentence was over half the bytes of 1.9 million vacancy skills).
CREATE TABLE IF NOT EXISTS evidence_sentences (
  run_id VARCHAR(64) NOT NULL, sentence_id BIGINT NOT NULL, sentence VARCHAR(4000) NOT NULL,
  PRIMARY KEY (run_id, sentence_id)
);
ALTER TABLE vacancy_skills ADD COLUMN IF NOT EXISTS sentence_id BIGINT;
-- runs written before version 3 keep their sentences, numbered per run in sentence order
INSERT INTO evidence_sentences (run_id, sentence_id, sentence)
  SELECT run_id, ROW_NUMBER() OVER (PARTITION BY run_id ORDER BY evidence_sentence), evidence_sentence
  FROM (SELECT DISTINCT run_id, evidence_sentence FROM vacancy_skills WHERE evidence_sentence IS NOT NULL) d;
CREATE INDEX evidence_sentences_v3_text ON evidence_sentences (run_id, sentence);
UPDATE vacancy_skills v SET sentence_id = (SELECT e.sentence_id FROM evidence_sentences e
  WHERE e.run_id = v.run_id AND e.sentence = v.evidence_sentence) WHERE evidence_sentence IS NOT NULL;
DROP INDEX evidence_sentences_v3_text;
ALTER TABLE vacancy_skills DROP COLUMN evidence_sentence;
