package org.skillscope.eval;

/** Layouts of the public gold sets we evaluate on. */
public enum GoldFormat {
    /** Decorte et al. skill extraction CSV: {@code sentence,span,sub_span,label} or {@code sentence,label}. */
    DECORTE,
    /** SkillSkape/JobSkape synthetic CSV: {@code ,sentence,skills} with a Python-style list of labels. */
    SKILLSKAPE,
    /** JobBERT titles CSV: {@code text,label} with label = ESCO occupation preferred label. */
    JOBBERT,
    /** MELO benchmark folder: queries.tsv, corpus_elements.tsv, annotations.tsv (qrels), concept_mapping.tsv. */
    MELO,
    /** SkillSpan JSON Lines: {@code tokens}, {@code tags_skill}, {@code tags_knowledge} (BIO) per sentence. */
    SKILLSPAN
}
