package org.skillscope.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Function;

import static org.apache.spark.sql.functions.col;

/**
 * A results table's rows left in Spark: sorted, counted, and streamed to the driver one range
 * partition at a time whenever they are read (the database insert, then the files). A list that
 * can be iterated and sized, not indexed.
 */
final class SparkRows extends AbstractList<Object[]> {
    /** Rows per range partition, i.e. the most the driver holds at once. */
    static final long ROWS_PER_PARTITION = 20_000;

    private final Dataset<Row> sorted;
    private final long count;
    private final Function<Row, Object[]> cells;

    private SparkRows(Dataset<Row> sorted, long count, Function<Row, Object[]> cells) {
        this.sorted = sorted;
        this.count = count;
        this.cells = cells;
    }

    static SparkRows sorted(Dataset<Row> rows, Function<Row, Object[]> cells, String... orderBy) {
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
