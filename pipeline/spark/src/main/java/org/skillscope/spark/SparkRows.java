package org.skillscope.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Function;

import static org.apache.spark.sql.functions.col;

/**
 * A results table's rows left in Spark: sorted, counted, and streamed to the driver one range
 * partition at a time whenever they are read (the database insert and, at the same time, the files,
 * whose lines the executors encode). A list that can be iterated and sized, not indexed.
 */
final class SparkRows extends AbstractList<Object[]> {
    /** Rows per range partition, i.e. the most the driver holds at once. */
    static final long ROWS_PER_PARTITION = 20_000;

    private final Dataset<Row> sorted;
    private final long count;
    private final Cells cells;

    /** A row's cells in the table's column order; serializable, as executors encode the exports with it. */
    interface Cells extends Function<Row, Object[]>, Serializable {}

    private SparkRows(Dataset<Row> sorted, long count, Cells cells) {
        this.sorted = sorted;
        this.count = count;
        this.cells = cells;
    }

    static SparkRows sorted(Dataset<Row> rows, Cells cells, String... orderBy) {
        Column[] keys = Arrays.stream(orderBy).map(c -> col(c)).toArray(Column[]::new);
        long n = rows.count();
        int partitions = (int) Math.max(1, Math.min(100_000, n / ROWS_PER_PARTITION + 1));
        // an explicit range partitioning: adaptive execution keeps the count, so partitions stay bounded
        Dataset<Row> sorted = rows.repartitionByRange(partitions, keys).sortWithinPartitions(keys).persist(StorageLevel.MEMORY_AND_DISK());
        return new SparkRows(sorted, sorted.count(), cells);
    }

    @Override
    public Iterator<Object[]> iterator() {
        Iterator<Row> it = sorted.toLocalIterator();
        return new Iterator<>() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public Object[] next() {
                return cells.apply(it.next());
            }
        };
    }

    /** The rows as export lines ({@link Exports.Lines#of}), encoded on the executors and streamed in order. */
    Iterator<String[]> lines(Exports.Lines lines) {
        Iterator<Row> it = sorted.mapPartitions(encode(cells, lines), Encoders.row(LINES)).toLocalIterator();
        return new Iterator<>() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public String[] next() {
                Row r = it.next();
                return new String[] {r.getString(0), r.getString(1)};
            }
        };
    }

    /** Static, so the task holds the line maker and the cells only (an inner class would drag this list along). */
    private static MapPartitionsFunction<Row, Row> encode(Cells cells, Exports.Lines lines) {
        return rows -> new Iterator<>() {
            public boolean hasNext() {
                return rows.hasNext();
            }

            public Row next() {
                return RowFactory.create((Object[]) lines.of(cells.apply(rows.next())));
            }
        };
    }

    private static final StructType LINES = new StructType().add("csv", DataTypes.StringType, false).add("json", DataTypes.StringType, false);

    @Override
    public int size() {
        return Math.toIntExact(count);
    }

    @Override
    public Object[] get(int index) {
        throw new UnsupportedOperationException("rows streamed from Spark are read in order, not by index");
    }

    void release() {
        sorted.unpersist();
    }
}
