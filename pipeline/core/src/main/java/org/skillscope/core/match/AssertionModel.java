package org.skillscope.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.skillscope.core.CoreException;

/**
 * The calibrated assertion decision: the probability that a unit states a ranked skill. Two models: the unit model
 * (logistic over the unit's embedding and length) gives P(the unit states any skill); it is trained on SkillSpan's
 * training postings, sentences with and without a skill or knowledge span (with the synthetic and ESCO-derived
 * sentences as further positives), so it learns what boilerplate, pay, benefits, headings, bare titles and company
 * blurbs look like from data. The pair model reads a candidate's {@link AssertionFeatures} and the skill's stated rate,
 * a candidate being stated when a span of a SkillSpan training sentence ranked alone names it ({@code SpanSilver}).
 * Either the pair model is joint (boosted trees that also read the unit model's logit and give the probability
 * itself, trained on every training sentence's candidates; shipped since stop 34), or the probability is the product
 * <pre>P(states c) = P(the unit states any skill | its embedding) * P(c is one it states | it states some, c's features)</pre>
 * with the pair model trained on the sentences with spans alone. A unit's likeliest skill is asserted
 * from {@link #threshold()} (the out-of-fold F1 optimum), its further skills from {@link #furtherThreshold()} (where
 * out-of-fold precision reaches 0.50), both chosen on those training sets (see {@code docs/assertion.md}).
 * The weights come from {@code AssertionTrainingTool} (pipeline/eval, test scope).
 */
public final class AssertionModel implements Asserter {
    public static final String RESOURCE = "assertion-model.tsv";
    private final float[] unitWeights;   // one per embedding dimension
    private final float unitBias;
    private final float unitTermsWeight;
    private final float[] pairWeights;   // one per AssertionFeatures column
    private final float pairBias;
    private final float threshold;
    private final float furtherThreshold;  // for a unit's skills other than its likeliest
    private final float senseFloor;      // least coherence a one-word-label hit may have
    private final Map<String, Float> genericity;  // analysed term -> genericity in job ads (absent: 0)
    private final Map<String, Float> statedRate;  // skill URI -> log-odds of being stated when a candidate, vs all (absent: 0)
    private final float statedRateWeight;
    private final float[] rateByConcept;          // per ordinal of the index bound to (see #bind), or null
    private final TreeEnsemble pairTrees;         // when present, the pair model: boosted trees over the features and the stated rate
    private final boolean joint;                  // the trees also read the unit model's logit and give the probability itself

    /**
     * @param senseFloor a candidate that rests on a one-word label ("Chef", "R", "logging") is stated only when the
     *                   skill fits among the unit's other best candidates: its {@code coherence} at least this floor,
     *                   else its probability is 0 (another sense of the word)
     */
    public AssertionModel(float[] unitWeights, float unitBias, float unitTermsWeight, float[] pairWeights, float pairBias, float threshold,
                          float senseFloor, Map<String, Float> genericity, Map<String, Float> statedRate, float statedRateWeight) {
        this(unitWeights, unitBias, unitTermsWeight, pairWeights, pairBias, threshold, threshold, senseFloor, genericity, statedRate,
                statedRateWeight, null, null, false);
    }

    /**
     * The pair model as boosted trees (the logistic pair weights are then not used): their columns are the
     * {@link AssertionFeatures} in order, then the skill's stated rate.
     */
    public AssertionModel(float[] unitWeights, float unitBias, float unitTermsWeight, TreeEnsemble pairTrees, float threshold,
                          float senseFloor, Map<String, Float> genericity, Map<String, Float> statedRate) {
        this(unitWeights, unitBias, unitTermsWeight, pairTrees, false, threshold, senseFloor, genericity, statedRate);
    }

    /**
     * @param joint the trees' last column is the unit model's logit, and their output is the probability itself
     *              (no product with the unit probability): strong evidence for one skill can outweigh a unit that
     *              reads as stating little, and weak evidence needs a clearer unit
     */
    public AssertionModel(float[] unitWeights, float unitBias, float unitTermsWeight, TreeEnsemble pairTrees, boolean joint, float threshold,
                          float senseFloor, Map<String, Float> genericity, Map<String, Float> statedRate) {
        this(unitWeights, unitBias, unitTermsWeight, new float[AssertionFeatures.COUNT], 0f, threshold, threshold, senseFloor, genericity,
                statedRate, 0f, null, pairTrees, joint);
    }

    private AssertionModel(float[] unitWeights, float unitBias, float unitTermsWeight, float[] pairWeights, float pairBias, float threshold,
                           float furtherThreshold, float senseFloor, Map<String, Float> genericity, Map<String, Float> statedRate, float statedRateWeight,
                           float[] rateByConcept, TreeEnsemble pairTrees, boolean joint) {
        if (pairWeights.length != AssertionFeatures.COUNT) {
            throw new IllegalArgumentException(pairWeights.length + " pair weights, expected " + AssertionFeatures.COUNT);
        }
        this.unitWeights = unitWeights.clone();
        this.unitBias = unitBias;
        this.unitTermsWeight = unitTermsWeight;
        this.pairWeights = pairWeights.clone();
        this.pairBias = pairBias;
        if (furtherThreshold < threshold) {
            throw new IllegalArgumentException("further threshold " + furtherThreshold + " under the threshold " + threshold);
        }
        this.threshold = threshold;
        this.furtherThreshold = furtherThreshold;
        this.senseFloor = senseFloor;
        this.genericity = Map.copyOf(genericity);
        this.statedRate = Map.copyOf(statedRate);
        this.statedRateWeight = statedRateWeight;
        this.rateByConcept = rateByConcept;
        this.pairTrees = pairTrees;
        if (joint && pairTrees == null) throw new IllegalArgumentException("a joint model needs its trees");
        this.joint = joint;
    }

    /**
     * This model with its per-skill stated rates resolved to the ordinals of the index it serves (by URI); the
     * matcher binds the model it is given. A skill that is a candidate for many training sentences and stated by
     * few of them (*assess candidates* for every "The successful candidate will...") needs more evidence.
     */
    public AssertionModel bind(org.skillscope.core.index.ConceptIndex index) {
        float[] r = new float[index.size()];
        for (int c = 0; c < r.length; c++) r[c] = statedRate.getOrDefault(index.concept(c).uri(), 0f);
        return new AssertionModel(unitWeights, unitBias, unitTermsWeight, pairWeights, pairBias, threshold, furtherThreshold, senseFloor,
                genericity, statedRate, statedRateWeight, r, pairTrees, joint);
    }

    /** The skill's stated-rate feature (0 when the model is not bound or the skill was rarely a candidate in training). */
    public float statedRate(int concept) {
        float[] r = rateByConcept;
        return r == null || concept < 0 || concept >= r.length ? 0 : r[concept];
    }

    @Override
    public float genericity(String term) {
        return genericity.getOrDefault(term, 0f);
    }

    private static final int SHORT_LABEL = java.util.Arrays.asList(AssertionFeatures.names()).indexOf("shortLabel");
    private static final int COHERENCE = java.util.Arrays.asList(AssertionFeatures.names()).indexOf("coherence");

    /** The same model asserting every skill of a unit from one probability. */
    public AssertionModel withThreshold(float t) {
        return withThresholds(t, t);
    }

    /** The same model asserting a unit's likeliest skill from {@code t}, its further skills from {@code further}. */
    public AssertionModel withThresholds(float t, float further) {
        return new AssertionModel(unitWeights, unitBias, unitTermsWeight, pairWeights, pairBias, t, further, senseFloor, genericity,
                statedRate, statedRateWeight, rateByConcept, pairTrees, joint);
    }

    /** The probability from which a unit's likeliest skill is asserted. */
    public float threshold() {
        return threshold;
    }

    /**
     * The probability from which a unit's further skills (not its likeliest) are asserted, at least {@link #threshold()}.
     * Whether a unit states a skill at all is decided by its likeliest one; a second or third skill of the same unit is
     * more often a neighbour of the first than a skill the text names, so it needs more.
     */
    public float furtherThreshold() {
        return furtherThreshold;
    }

    /** The unit model's logit of P(the unit states some skill), from its embedding and length; NaN without a model vector. */
    private double unitLogit(float[] unitVector, float termsLog) {
        if (unitVector == null || unitVector.length != unitWeights.length) {
            return Double.NaN;
        }
        double z = unitBias + unitTermsWeight * termsLog;
        for (int j = 0; j < unitWeights.length; j++) {
            z += unitWeights[j] * unitVector[j];
        }
        return z;
    }

    /** Whether the trees read the unit model's logit and give the probability itself (see the joint constructor). */
    public boolean joint() {
        return joint;
    }

    /**
     * P(this candidate is one the unit states | it states some), from its {@link AssertionFeatures} and stated rate;
     * for a joint model, P(the unit states it) given the unit model's logit too.
     */
    public double pairProbability(float[] features, float statedRate, double unitLogit) {
        if (otherSense(features)) {
            return 0;
        }
        if (pairTrees != null) {
            return sigmoid(pairTrees.margin(treeRow(features, statedRate, unitLogit)));
        }
        double z = pairBias + statedRateWeight * statedRate;
        for (int j = 0; j < pairWeights.length; j++) {
            z += pairWeights[j] * features[j];
        }
        return sigmoid(z);
    }

    @Override
    public float[] confidence(String unit, float[] unitVector, int[] concepts, float[][] features) {
        float[] out = new float[features.length];
        if (features.length == 0) {
            return out;
        }
        double z = unitLogit(unitVector, features[0][AssertionFeatures.UNIT_TERMS]);
        if (Double.isNaN(z)) {
            return out;  // no model vector (lexical mode): nothing can be asserted
        }
        double pu = joint ? 1 : sigmoid(z);
        if (pairTrees != null) {
            // every candidate's row through the trees at once (TreeEnsemble#margins), then as pairProbability reads it
            float[][] rows = new float[out.length][];
            for (int i = 0; i < out.length; i++) rows[i] = treeRow(features[i], statedRate(concepts[i]), z);
            double[] margins = pairTrees.margins(rows);
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) (pu * (otherSense(features[i]) ? 0 : sigmoid(margins[i])));
            }
            return out;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (pu * pairProbability(features[i], statedRate(concepts[i]), z));
        }
        return out;
    }

    /** A one-word label whose skill stands apart from what the rest of the text is about: another sense. */
    private boolean otherSense(float[] features) {
        return features[SHORT_LABEL] > 0 && features[COHERENCE] != 0 && features[COHERENCE] < senseFloor;
    }

    /** The trees' columns: the pair features, the stated rate and, for the joint trees, the unit model's logit. */
    private float[] treeRow(float[] features, float statedRate, double unitLogit) {
        float[] row = java.util.Arrays.copyOf(features, AssertionFeatures.COUNT + (joint ? 2 : 1));
        row[AssertionFeatures.COUNT] = statedRate;
        if (joint) row[AssertionFeatures.COUNT + 1] = (float) unitLogit;
        return row;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The model shipped with the matcher. */
    public static AssertionModel bundled() {
        return parse(BundledResource.lines(RESOURCE));
    }

    /**
     * Lines "unit TAB bias|terms TAB w", "unit TAB vector TAB w1 w2 …", "pair TAB feature TAB w" (every
     * {@link AssertionFeatures} name, or "bias"), "threshold TAB t", "furtherThreshold TAB t" (absent: the threshold), "senseFloor TAB f", "term TAB analysed term TAB
     * genericity", "rate TAB skill URI TAB stated rate", or instead of the pair lines "pairfeature TAB name" (the trees'
     * columns in order) and "pairtrees TAB" followed by a {@link TreeEnsemble} line; blank and # lines skipped.
     */
    public static AssertionModel parse(List<String> lines) {
        float[] vector = null;
        Float unitBias = null, unitTerms = null, pairBias = null, threshold = null, further = null, senseFloor = null;
        List<String> names = List.of(AssertionFeatures.names());
        float[] pair = new float[names.size()];
        boolean[] seen = new boolean[names.size()];
        Map<String, Float> generic = new HashMap<>();
        Map<String, Float> rates = new HashMap<>();
        Float rateW = null;
        List<String> trees = new ArrayList<>();
        List<String> treeFeatures = new ArrayList<>();

        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("pairfeature\t")) {
                String name = line.substring("pairfeature\t".length()).strip();
                if (name.isEmpty()) throw new CoreException("assertion model: bad line '" + line + "' (a pairfeature without its name)");
                treeFeatures.add(name);
                continue;
            }
            if (line.startsWith("pairtrees\t")) {
                trees.add(line.substring("pairtrees\t".length()));
                continue;
            }
            String[] p = line.strip().split("\t");
            try {
                switch (p[0]) {
                    case "threshold" -> threshold = Float.parseFloat(p[1]);
                    case "furtherThreshold" -> further = Float.parseFloat(p[1]);
                    case "senseFloor" -> senseFloor = Float.parseFloat(p[1]);
                    case "term" -> generic.put(p[1], Float.parseFloat(p[2]));
                    case "rate" -> rates.put(p[1], Float.parseFloat(p[2]));
                    case "unit" -> {
                        switch (p[1]) {
                            case "bias" -> unitBias = Float.parseFloat(p[2]);
                            case "terms" -> unitTerms = Float.parseFloat(p[2]);
                            case "vector" -> {
                                String[] ws = p[2].trim().split(" ");
                                vector = new float[ws.length];
                                for (int j = 0; j < ws.length; j++) vector[j] = Float.parseFloat(ws[j]);
                            }
                            default -> throw new CoreException("assertion model: unknown unit entry " + p[1]);
                        }
                    }
                    case "pair" -> {
                        if (p[1].equals("bias")) {
                            pairBias = Float.parseFloat(p[2]);
                        } else if (p[1].equals("statedRate")) {
                            rateW = Float.parseFloat(p[2]);
                        } else {
                            int j = names.indexOf(p[1]);
                            if (j < 0) throw new CoreException("assertion model: unknown pair feature " + p[1]);
                            pair[j] = Float.parseFloat(p[2]);
                            seen[j] = true;
                        }
                    }
                    default -> throw new CoreException("assertion model: unknown entry " + p[0]);
                }
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new CoreException("assertion model: bad line '" + line + "'", e);
            }
        }
        if (further != null && threshold != null && further < threshold) {
            throw new CoreException("assertion model: furtherThreshold " + further + " is under the threshold " + threshold);
        }
        if (!trees.isEmpty()) {
            // the trees split on column numbers: a file trained on other features would be read silently wrong
            boolean joint = treeFeatures.equals(treeColumns(true));
            if (!joint && !treeFeatures.equals(treeColumns(false))) {
                throw new CoreException("assertion model: its trees were trained on the features " + treeFeatures + ", the matcher gives "
                        + treeColumns(false) + ": retrain it (AssertionTrainingTool)");
            }
            if (vector == null || unitBias == null || unitTerms == null || threshold == null || senseFloor == null) {
                throw new CoreException("assertion model: incomplete (threshold, senseFloor, unit bias, terms and vector are needed)");
            }
            return new AssertionModel(vector, unitBias, unitTerms, TreeEnsemble.parse(trees, treeFeatures.size()), joint, threshold, senseFloor,
                    generic, rates).withThresholds(threshold, further == null ? threshold : further);
        }
        List<String> missing = new ArrayList<>();
        for (int j = 0; j < seen.length; j++) if (!seen[j]) missing.add(names.get(j));
        if (vector == null || unitBias == null || unitTerms == null || pairBias == null || threshold == null || senseFloor == null
                || rateW == null || !missing.isEmpty()) {
            throw new CoreException("assertion model: incomplete (threshold, senseFloor, unit bias, terms and vector, pair bias, statedRate and every pair feature are needed; "
                    + "missing pair features " + missing + "; a file trained on other features must be retrained: AssertionTrainingTool)");
        }
        return new AssertionModel(vector, unitBias, unitTerms, pair, pairBias, threshold, senseFloor, generic, rates, rateW)
                .withThresholds(threshold, further == null ? threshold : further);
    }

    /** The pair trees' columns: every {@link AssertionFeatures} name, then the skill's stated rate (and for a joint model the unit's logit). */
    static List<String> treeColumns(boolean joint) {
        List<String> out = new ArrayList<>(List.of(AssertionFeatures.names()));
        out.add("statedRate");
        if (joint) out.add("unitLogit");
        return out;
    }

    /** The model in the format {@link #parse} reads. */
    public List<String> lines(String header) {
        List<String> out = new ArrayList<>();
        for (String h : header.split("\n")) out.add("# " + h);
        out.add("threshold\t" + threshold);
        out.add("furtherThreshold\t" + furtherThreshold);
        out.add("senseFloor\t" + senseFloor);
        out.add("unit\tbias\t" + unitBias);
        out.add("unit\tterms\t" + unitTermsWeight);
        StringBuilder v = new StringBuilder();
        for (int j = 0; j < unitWeights.length; j++) v.append(j == 0 ? "" : " ").append(unitWeights[j]);
        out.add("unit\tvector\t" + v);
        if (pairTrees != null) {
            treeColumns(joint).forEach(c -> out.add("pairfeature\t" + c));
            pairTrees.lines().forEach(l -> out.add("pairtrees\t" + l));
        } else {
            out.add("pair\tbias\t" + pairBias);
            String[] names = AssertionFeatures.names();
            for (int j = 0; j < names.length; j++) out.add("pair\t" + names[j] + "\t" + pairWeights[j]);
            out.add("pair\tstatedRate\t" + statedRateWeight);
        }
        new java.util.TreeMap<>(genericity).forEach((t, g) -> out.add("term\t" + t + "\t" + g));
        new java.util.TreeMap<>(statedRate).forEach((u, r) -> out.add("rate\t" + u + "\t" + r));
        return out;
    }
}
