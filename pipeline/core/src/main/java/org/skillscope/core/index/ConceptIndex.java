package org.skillscope.core.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.hnsw.HnswGraphProvider;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopKnnCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.skillscope.core.CoreException;
import org.skillscope.core.embed.Encoder;

/**
 * Lexical (Lucene BM25, English analysis with Porter stemming) and dense (sentence vectors) access
 * to a list of concepts. Lucene holds one document per label (so length normalisation is per label
 * and we know which label matched) and, in a second index, one per concept (description text). Vectors: one per label
 * and one per concept for "preferred label. description", kept in memory for exact scoring and in
 * Lucene HNSW graphs for fast candidate search. Persisted in a folder keyed by the content, so a
 * rebuild happens only when the taxonomy, the model or this code's format changes.
 */
public final class ConceptIndex implements AutoCloseable {
    /** Bump when the on-disk layout or what goes into it changes: old caches are then ignored. */
    public static final String FORMAT_VERSION = "3";
    static final String F_LABEL = "label";
    static final String F_DESC = "desc";
    static final String F_ORD = "ord";   // label ordinal (label index) or concept ordinal (concept index)
    static final String F_LABEL_VEC = "labelVec";
    static final String F_CONCEPT_VEC = "conceptVec";
    private static final String VECTORS = "vectors.bin";
    // labels and concepts in two Lucene indexes, so every document of each holds its fields: norms and vectors are then
    // dense (read by position, not looked up through a sparse map, which took 4 % of a unit's Java time in profiles)
    private static final String LUCENE_LABELS = "lucene-labels";
    private static final String LUCENE_CONCEPTS = "lucene-concepts";
    private static final String MARKER = "COMPLETE";
    private static final String TERMS = "label-terms.txt";

    private final List<Concept> concepts;
    private final String[] labelText;
    private final int[] labelConcept;
    private final Concept.LabelKind[] labelKind;
    private final int[] firstLabel;          // concept → its first label ordinal (labels are contiguous)
    private final int dim;
    private final float[] labelVecs;         // [labels][dim]
    private final float[] conceptVecs;       // [concepts][dim]
    private final Analyzer analyzer;
    private final Lucene labels;             // one document per label: its text and vector
    private final Lucene descriptions;       // one document per concept: its description and "label. description" vector
    private final String key;
    private final String[][] labelTerms;     // analysed terms of each label, for coverage
    private static final int[] NO_LABELS = {};
    private final int[] labelDoc;            // label ordinal -> its Lucene document
    private final Map<String, int[]> labelsByRarestTerm;  // each label under the word of it fewest labels hold
    // the same terms as numbers, all labels' in one array: "does the unit hold every word of this label?" is asked of
    // every label of every candidate (about 1,300 a unit), and string sets made it a chase through scattered objects
    private final Map<String, Integer> termId;
    private final int[] labelTermStart;      // label ordinal -> where its term ids start in labelTermIds (one past the end: next)
    private final int[] labelTermIds;

    /** An open Lucene index and its documents' ordinals (label or concept). */
    private record Lucene(Directory directory, DirectoryReader reader, IndexSearcher searcher, int[] docOrd) {
        /** @param vectorField every document holds a vector there, so a graph's vector ordinal is its document */
        static Lucene open(Directory directory, String vectorField) throws IOException {
            DirectoryReader reader = DirectoryReader.open(directory);
            int[] docOrd = new int[reader.maxDoc()];
            for (LeafReaderContext leaf : reader.leaves()) {
                if (leaf.reader().getFloatVectorValues(vectorField).size() != leaf.reader().maxDoc()) {
                    throw new CoreException("index " + directory + ": not every document holds a " + vectorField + "; delete the folder to rebuild");
                }
                NumericDocValues dv = leaf.reader().getNumericDocValues(F_ORD);
                for (int d = dv.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = dv.nextDoc()) {
                    docOrd[leaf.docBase + d] = (int) dv.longValue();
                }
            }
            return new Lucene(directory, reader, new IndexSearcher(reader), docOrd);
        }

        void close() throws IOException {
            reader.close();
            directory.close();
        }
    }

    private ConceptIndex(List<Concept> concepts, int dim, float[] labelVecs, float[] conceptVecs,
                         Directory labelDir, Directory conceptDir, String key, String[][] labelTerms) throws IOException {
        this.concepts = List.copyOf(concepts);
        List<String> texts = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        List<Concept.LabelKind> kinds = new ArrayList<>();
        this.firstLabel = new int[concepts.size() + 1];
        for (int c = 0; c < concepts.size(); c++) {
            firstLabel[c] = texts.size();
            for (Concept.LabelRef l : concepts.get(c).labels()) {
                texts.add(l.text());
                owners.add(c);
                kinds.add(l.kind());
            }
        }
        firstLabel[concepts.size()] = texts.size();
        this.labelText = texts.toArray(String[]::new);
        this.labelConcept = owners.stream().mapToInt(Integer::intValue).toArray();
        this.labelKind = kinds.toArray(Concept.LabelKind[]::new);
        this.dim = dim;
        this.labelVecs = labelVecs;
        this.conceptVecs = conceptVecs;
        this.analyzer = new EnglishAnalyzer();
        this.labels = Lucene.open(labelDir, F_LABEL_VEC);
        this.descriptions = Lucene.open(conceptDir, F_CONCEPT_VEC);
        this.key = key;
        this.labelTerms = labelTerms != null ? labelTerms : analyseLabels(labelText, analyzer);
        this.labelDoc = new int[labelText.length];
        for (int d = 0; d < labels.docOrd().length; d++) {
            labelDoc[labels.docOrd()[d]] = d;
        }
        this.labelsByRarestTerm = byRarestTerm(this.labelTerms);
        this.termId = new HashMap<>();
        this.labelTermStart = new int[this.labelTerms.length + 1];
        int held = 0;
        for (String[] ts : this.labelTerms) held += ts.length;
        this.labelTermIds = new int[held];
        int at = 0;
        for (int l = 0; l < this.labelTerms.length; l++) {
            labelTermStart[l] = at;
            for (String t : this.labelTerms[l]) labelTermIds[at++] = termId.computeIfAbsent(t, k -> termId.size());
        }
        labelTermStart[this.labelTerms.length] = at;
    }

    /**
     * A text's analysed terms as the index numbers them (terms no label holds left out), sorted and distinct: what
     * {@link #holdsAll} reads.
     */
    public int[] termIds(Collection<String> terms) {
        int[] ids = new int[terms.size()];
        int n = 0;
        for (String t : terms) {
            Integer id = termId.get(t);
            if (id != null) ids[n++] = id;
        }
        ids = Arrays.copyOf(ids, n);
        Arrays.sort(ids);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || ids[distinct - 1] != ids[i]) ids[distinct++] = ids[i];
        }
        return Arrays.copyOf(ids, distinct);
    }

    /** Whether a text whose {@link #termIds} are {@code ids} holds every analysed word of the label (false for a label with none). */
    public boolean holdsAll(int[] ids, int labelOrd) {
        int from = labelTermStart[labelOrd], to = labelTermStart[labelOrd + 1];
        if (from == to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Arrays.binarySearch(ids, labelTermIds[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, int[]> byRarestTerm(String[][] labelTerms) {
        Map<String, Integer> df = new HashMap<>();
        for (String[] ts : labelTerms) for (String t : ts) df.merge(t, 1, Integer::sum);
        Map<String, List<Integer>> by = new HashMap<>();
        for (int l = 0; l < labelTerms.length; l++) {
            String key = null;
            for (String t : labelTerms[l]) {
                if (key == null || df.get(t) < df.get(key) || (df.get(t).equals(df.get(key)) && t.compareTo(key) < 0)) key = t;
            }
            if (key != null) by.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
        }
        Map<String, int[]> out = new HashMap<>();
        by.forEach((t, ls) -> out.put(t, ls.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    private static String[][] analyseLabels(String[] labels, Analyzer analyzer) {
        String[][] out = new String[labels.length][];
        for (int l = 0; l < labels.length; l++) {
            out[l] = terms(analyzer, labels[l]).stream().distinct().toArray(String[]::new);
        }
        return out;
    }

    /**
     * Loads the index for these concepts from {@code cacheDir} if a complete one with the same key
     * is there, else builds it (embedding every label: minutes for all ESCO skills) and stores it.
     * {@code cacheDir == null} builds in memory and stores nothing.
     */
    public static ConceptIndex openOrBuild(String name, String escoVersion, List<Concept> concepts, Encoder encoder, Path cacheDir) {
        String key = key(name, escoVersion, concepts, encoder.modelId());
        try {
            if (cacheDir == null) {
                Directory labelDir = new ByteBuffersDirectory(), conceptDir = new ByteBuffersDirectory();
                Built built = build(concepts, encoder, labelDir, conceptDir);
                return new ConceptIndex(concepts, encoder.dim(), built.labelVecs, built.conceptVecs, labelDir, conceptDir, key, null);
            }
            Path folder = cacheDir.resolve(name + "-" + escoVersion + "-" + key.substring(0, 16));
            if (!Files.exists(folder.resolve(MARKER))) {
                buildInto(folder, concepts, encoder, key);
            }
            return load(folder, concepts, encoder.dim(), key);
        } catch (IOException e) {
            throw new CoreException("cannot build or open index " + name + " under " + cacheDir + ": " + e.getMessage(), e);
        }
    }

    /** Cache key: ESCO version, a fingerprint of exactly the content we index, the model and the format. */
    static String key(String name, String escoVersion, List<Concept> concepts, String modelId) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String head = name + "|" + escoVersion + "|" + modelId + "|" + FORMAT_VERSION + "\n";
            md.update(head.getBytes(StandardCharsets.UTF_8));
            for (Concept c : concepts) {
                StringBuilder sb = new StringBuilder(c.uri());
                for (Concept.LabelRef l : c.labels()) {
                    sb.append('\u0001').append(l.kind().ordinal()).append(l.text());
                }
                sb.append('\u0002').append(c.description()).append('\n');
                md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Built(float[] labelVecs, float[] conceptVecs) {}

    private static Built build(List<Concept> concepts, Encoder encoder, Directory labelDir, Directory conceptDir) throws IOException {
        List<String> labels = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        for (Concept concept : concepts) {
            concept.labels().forEach(l -> labels.add(l.text()));
            docs.add(docText(concept));
        }
        int dim = encoder.dim();
        float[] labelVecs = VectorMath.flatten(encoder.embed(labels), dim);
        float[] conceptVecs = VectorMath.flatten(encoder.embed(docs), dim);
        try (IndexWriter w = new IndexWriter(labelDir, writerConfig())) {
            int l = 0;
            for (Concept concept : concepts) {
                for (Concept.LabelRef ref : concept.labels()) {
                    Document d = new Document();
                    d.add(new TextField(F_LABEL, ref.text(), Field.Store.NO));
                    d.add(new KnnFloatVectorField(F_LABEL_VEC, Arrays.copyOfRange(labelVecs, l * dim, (l + 1) * dim),
                            VectorSimilarityFunction.DOT_PRODUCT));
                    d.add(new NumericDocValuesField(F_ORD, l));
                    w.addDocument(d);
                    l++;
                }
            }
            w.forceMerge(1);
        }
        try (IndexWriter w = new IndexWriter(conceptDir, writerConfig())) {
            for (int c = 0; c < concepts.size(); c++) {
                Document d = new Document();
                d.add(new TextField(F_DESC, concepts.get(c).description(), Field.Store.NO));
                d.add(new KnnFloatVectorField(F_CONCEPT_VEC, Arrays.copyOfRange(conceptVecs, c * dim, (c + 1) * dim),
                        VectorSimilarityFunction.DOT_PRODUCT));
                d.add(new NumericDocValuesField(F_ORD, c));
                w.addDocument(d);
            }
            w.forceMerge(1);
        }
        return new Built(labelVecs, conceptVecs);
    }

    private static IndexWriterConfig writerConfig() {
        return new IndexWriterConfig(new EnglishAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(512);
    }

    /** The text a concept's description vector embeds: "label. description" (the label alone without one). */
    public static String docText(Concept c) {
        return c.description().isBlank() ? c.preferredLabel() : c.preferredLabel() + ". " + c.description();
    }

    /** Builds into a temporary sibling folder and renames it, so a crash never leaves a half index that looks complete. */
    private static void buildInto(Path folder, List<Concept> concepts, Encoder encoder, String key) throws IOException {
        Files.createDirectories(folder.getParent());
        Path tmp = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".tmp");
        try (Directory labelDir = FSDirectory.open(tmp.resolve(LUCENE_LABELS)); Directory conceptDir = FSDirectory.open(tmp.resolve(LUCENE_CONCEPTS))) {
            Built built = build(concepts, encoder, labelDir, conceptDir);
            writeVectors(tmp.resolve(VECTORS), encoder.dim(), built);
        }
        try (Analyzer analyzer = new EnglishAnalyzer()) {
            String[] labels = concepts.stream().flatMap(c -> c.labels().stream()).map(Concept.LabelRef::text).toArray(String[]::new);
            StringBuilder sb = new StringBuilder();
            for (String[] t : analyseLabels(labels, analyzer)) {
                sb.append(String.join(" ", t)).append('\n');
            }
            Files.writeString(tmp.resolve(TERMS), sb.toString());
        }
        Files.writeString(tmp.resolve(MARKER), key + "\n");
        if (Files.exists(folder)) {
            deleteTree(folder);
        }
        Files.move(tmp, folder, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }

    private static void writeVectors(Path file, int dim, Built built) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            head.putInt(dim).putInt(built.labelVecs.length / dim).putInt(built.conceptVecs.length / dim).flip();
            ch.write(head);
            writeFloats(ch, built.labelVecs);
            writeFloats(ch, built.conceptVecs);
        }
    }

    private static void writeFloats(FileChannel ch, float[] data) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(data);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    private static ConceptIndex load(Path folder, List<Concept> concepts, int dim, String key) throws IOException {
        String stored = Files.readString(folder.resolve(MARKER)).strip();
        if (!stored.equals(key)) {
            throw new CoreException("index " + folder + " has key " + stored + " but " + key + " was expected; delete the folder to rebuild");
        }
        float[] labelVecs;
        float[] conceptVecs;
        try (FileChannel ch = FileChannel.open(folder.resolve(VECTORS), StandardOpenOption.READ)) {
            ByteBuffer all = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()).order(ByteOrder.LITTLE_ENDIAN);
            int storedDim = all.getInt();
            int nLabels = all.getInt();
            int nConcepts = all.getInt();
            if (storedDim != dim || nConcepts != concepts.size()) {
                throw new CoreException("vectors in " + folder + " do not fit: dim " + storedDim + " concepts " + nConcepts);
            }
            labelVecs = new float[nLabels * dim];
            conceptVecs = new float[nConcepts * dim];
            all.asFloatBuffer().get(labelVecs);
            all.position(12 + labelVecs.length * 4);
            all.asFloatBuffer().get(conceptVecs);
        }
        List<String> lines = Files.readAllLines(folder.resolve(TERMS), StandardCharsets.UTF_8);
        String[][] terms = new String[lines.size()][];
        for (int l = 0; l < terms.length; l++) {
            String line = lines.get(l);
            terms[l] = line.isEmpty() ? new String[0] : line.split(" ");
        }
        if (terms.length != labelVecs.length / dim) {
            throw new CoreException("label terms in " + folder + " do not fit the vectors: delete the folder to rebuild");
        }
        return new ConceptIndex(concepts, dim, labelVecs, conceptVecs, FSDirectory.open(folder.resolve(LUCENE_LABELS)),
                FSDirectory.open(folder.resolve(LUCENE_CONCEPTS)), key, terms);
    }

    // ---- access -------------------------------------------------------------------------------

    public int size() { return concepts.size(); }
    public Concept concept(int ord) { return concepts.get(ord); }
    public List<Concept> concepts() { return concepts; }
    public int labelCount() { return labelText.length; }
    public String label(int labelOrd) { return labelText[labelOrd]; }
    public int labelConcept(int labelOrd) { return labelConcept[labelOrd]; }
    public Concept.LabelKind labelKind(int labelOrd) { return labelKind[labelOrd]; }
    public int firstLabel(int conceptOrd) { return firstLabel[conceptOrd]; }
    public int endLabel(int conceptOrd) { return firstLabel[conceptOrd + 1]; }
    public int dim() { return dim; }
    public String key() { return key; }
    public Analyzer analyzer() { return analyzer; }

    /** The analysed (lower-cased, stop-worded, stemmed) terms of a text, in order, duplicates kept. */
    public List<String> terms(String text) {
        return terms(analyzer, text);
    }

    /** The analysed terms of a text with the given analyser (the index's own: {@link #terms(String)}). */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(F_LABEL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * BM25 per concept: {@code best[c]} = best score of one of its labels ({@code bestLabel[c]} which),
     * {@code desc[c]} = score of its description. Arrays are concept-sized; untouched entries stay 0.
     * Returns the concept ordinals that got any score: those of the best labels and descriptions, and those of every
     * label whose every word (as analysed) the text holds.
     */
    public int[] lexical(String text, int topLabels, int topDescs, float[] best, int[] bestLabel, float[] desc) {
        return lexicalTerms(terms(text), topLabels, topDescs, best, bestLabel, desc, null);
    }

    /**
     * {@link #lexical} for a text already analysed with {@link #terms}, as if the labels {@code skipLabel} accepts were
     * not indexed (null: none), for training on ESCO's own labels.
     */
    public int[] lexicalTerms(List<String> analysed, int topLabels, int topDescs, float[] best, int[] bestLabel, float[] desc,
                              java.util.function.IntPredicate skipLabel) {
        Set<String> terms = new LinkedHashSet<>(analysed);
        if (terms.isEmpty()) {
            return new int[0];
        }
        Touched touched = new Touched(concepts.size());
        int[] ids = termIds(terms);
        try {
            BooleanQuery labelQuery = query(F_LABEL, terms);
            ScoreDoc[] top = labels.searcher().search(labelQuery, topLabels).scoreDocs;
            int[] ranked = new int[top.length];
            for (int i = 0; i < top.length; i++) {
                int l = labels.docOrd()[top[i].doc];
                ranked[i] = l;
                if (skipLabel != null && skipLabel.test(l)) {
                    continue;
                }
                label(l, top[i].score, best, bestLabel, touched);
            }
            Arrays.sort(ranked);
            // a label whose every word the text holds is a candidate however far down BM25 puts it under longer labels
            // sharing its words: "communication" is 100th to 200th for "a passion for nursing and good communication skills"
            List<Integer> whole = new ArrayList<>();
            for (String t : terms) {
                for (int l : labelsByRarestTerm.getOrDefault(t, NO_LABELS)) {
                    if (Arrays.binarySearch(ranked, l) < 0 && (skipLabel == null || !skipLabel.test(l)) && holdsAll(ids, l)) {
                        whole.add(l);
                    }
                }
            }
            if (!whole.isEmpty()) {
                whole.sort(Comparator.comparingInt(l -> labelDoc[l]));
                IndexSearcher searcher = labels.searcher();
                List<LeafReaderContext> leaves = labels.reader().leaves();
                Weight weight = searcher.createWeight(searcher.rewrite(labelQuery),
                        ScoreMode.COMPLETE, 1f);
                int leafAt = -1;
                Scorer scorer = null;
                for (int l : whole) {
                    int doc = labelDoc[l];
                    int leaf = ReaderUtil.subIndex(doc, leaves);
                    LeafReaderContext ctx = leaves.get(leaf);
                    if (leaf != leafAt) {
                        leafAt = leaf;
                        scorer = weight.scorer(ctx);
                    }
                    // the same BM25 score the search gives it (the documents come in order, as a scorer must be advanced)
                    if (scorer != null && scorer.docID() <= doc - ctx.docBase && scorer.iterator().advance(doc - ctx.docBase) == doc - ctx.docBase) {
                        label(l, scorer.score(), best, bestLabel, touched);
                    }
                }
            }
            if (topDescs > 0) {
                for (ScoreDoc sd : descriptions.searcher().search(query(F_DESC, terms), topDescs).scoreDocs) {
                    int c = descriptions.docOrd()[sd.doc];
                    desc[c] = Math.max(desc[c], sd.score);
                    touched.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return touched.toArray();
    }

    /** The concepts a search touched, each once, in the order first touched. */
    private static final class Touched {
        private final java.util.BitSet seen;
        private int[] order = new int[256];
        private int n;

        Touched(int concepts) {
            seen = new java.util.BitSet(concepts);
        }

        void add(int c) {
            if (seen.get(c)) return;
            seen.set(c);
            if (n == order.length) order = Arrays.copyOf(order, 2 * n);
            order[n++] = c;
        }

        int[] toArray() {
            return Arrays.copyOf(order, n);
        }
    }

    private void label(int l, float score, float[] best, int[] bestLabel, Touched touched) {
        int c = labelConcept[l];
        if (score > best[c]) {
            best[c] = score;
            bestLabel[c] = l;
        }
        touched.add(c);
    }

    private static BooleanQuery query(String field, Set<String> terms) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int i = 0;
        for (String t : terms) {
            if (i++ >= IndexSearcher.getMaxClauseCount()) {
                break;
            }
            q.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
        }
        return q.build();
    }

    /** {@code out[q]} = cosine of label {@code labelOrd} with each query of a flattened block ({@link VectorMath#flatten}). */
    public void labelSims(int labelOrd, float[] queries, int nq, float[] out) {
        VectorMath.dots(labelVecs, labelOrd, dim, queries, nq, out);
    }

    /** {@code out[q]} = cosine of the concept's "label. description" vector with each query of a flattened block. */
    public void conceptSims(int conceptOrd, float[] queries, int nq, float[] out) {
        VectorMath.dots(conceptVecs, conceptOrd, dim, queries, nq, out);
    }

    /** Copies the concept's "label. description" vector into {@code dst} at {@code at}. */
    public void conceptVector(int conceptOrd, float[] dst, int at) {
        System.arraycopy(conceptVecs, conceptOrd * dim, dst, at, dim);
    }

    /** Analysed, de-duplicated terms of a label (for "is this label fully in the text"). */
    public String[] labelTerms(int labelOrd) {
        return labelTerms[labelOrd];
    }

    /** Approximate (HNSW) nearest labels of a normalised query: concept ordinals of the k best labels, best first. */
    public int[] nearestByLabel(float[] query, int k) {
        return knn(F_LABEL_VEC, query, k, true);
    }

    /** Approximate nearest concepts by their "label. description" vector, best first. */
    public int[] nearestByDescription(float[] query, int k) {
        return knn(F_CONCEPT_VEC, query, k, false);
    }

    private int[] knn(String field, float[] query, int k, boolean byLabel) {
        Lucene in = byLabel ? labels : descriptions;
        float[] vectors = byLabel ? labelVecs : conceptVecs;
        try {
            // Lucene's graph, scored on the vectors held here: its own search copies each visited vector out of the
            // mapped file and multiplies it without SIMD on Java 17 (a tenth of a unit's Java time in profiles)
            List<LeafReaderContext> leaves = in.reader().leaves();
            TopDocs[] perLeaf = new TopDocs[leaves.size()];
            for (int i = 0; i < perLeaf.length; i++) {
                LeafReaderContext leaf = leaves.get(i);
                TopDocs hits = searchGraph(leaf, field, query, k, vectors, in.docOrd());
                for (ScoreDoc sd : hits.scoreDocs) {
                    sd.doc += leaf.docBase;
                }
                perLeaf[i] = hits;
            }
            TopDocs td = TopDocs.merge(k, perLeaf);
            int[] out = new int[td.scoreDocs.length];
            for (int i = 0; i < out.length; i++) {
                int ord = in.docOrd()[td.scoreDocs[i].doc];
                out[i] = byLabel ? labelConcept[ord] : ord;
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A segment's nodes scored against the query on the vectors held here, as Lucene scores DOT_PRODUCT: max((1 + dot) / 2, 0). */
    private static final class NodeScores implements GraphSearch.Scores {
        private final float[] query;
        private final float[] vectors;
        private final int[] docOrd;
        private final int base;
        private final int dim;
        private int[] rows = new int[64];

        NodeScores(float[] query, float[] vectors, int[] docOrd, int base, int dim) {
            this.query = query;
            this.vectors = vectors;
            this.docOrd = docOrd;
            this.base = base;
            this.dim = dim;
        }

        @Override
        public void score(int[] nodes, int n, float[] out) {
            if (rows.length < n) rows = new int[n];
            for (int i = 0; i < n; i++) rows[i] = docOrd[base + nodes[i]];
            VectorMath.dotsAt(query, vectors, rows, n, out, dim);
            for (int i = 0; i < n; i++) out[i] = Math.max((1 + out[i]) / 2, 0);
        }
    }

    /** One segment's HNSW search, as Lucene runs it, with the similarity Lucene gives DOT_PRODUCT: max((1 + dot) / 2, 0). */
    private TopDocs searchGraph(LeafReaderContext leaf, String field, float[] query, int k, float[] vectors, int[] docOrd) throws IOException {
        KnnVectorsReader reader = ((CodecReader) leaf.reader()).getVectorReader();
        if (reader instanceof PerFieldKnnVectorsFormat.FieldsReader perField) {
            reader = perField.getFieldReader(field);
        }
        int maxOrd = leaf.reader().maxDoc();  // every document holds a vector (checked on opening): ord == doc
        int base = leaf.docBase;
        GraphSearch.Scores scores = new NodeScores(query, vectors, docOrd, base, dim);
        TopKnnCollector collector = new TopKnnCollector(k, Integer.MAX_VALUE);
        if (k < maxOrd) {
            GraphSearch.search(((HnswGraphProvider) reader).getGraph(field), scores, collector);
        } else {
            int[] all = new int[maxOrd];
            float[] sims = new float[maxOrd];
            for (int node = 0; node < maxOrd; node++) all[node] = node;
            scores.score(all, maxOrd, sims);
            collector.incVisitedCount(maxOrd);
            for (int node = 0; node < maxOrd; node++) {
                collector.collect(node, sims[node]);
            }
        }
        return collector.topDocs();
    }

    @Override
    public void close() {
        try {
            labels.close();
            descriptions.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
