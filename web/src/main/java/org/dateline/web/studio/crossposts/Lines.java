package org.dateline.web.studio.crossposts;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A lazy table's rows, a page at a time from a boundary: one call counts, one reads the page. Rows
 * are found again by their key among the page shown (for row selection).
 */
final class Lines<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Counts the rows. */
    interface Count extends Serializable {
        long rows();
    }

    /** Reads one page of rows. */
    interface Page<T> extends Serializable {
        List<T> read(int first, int max);
    }

    /** A row's key. */
    interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;
    private List<T> shown = List.of();
    /** Every row a page has shown, by key: a row ticked on one page stays ticked on the next. */
    private final Map<String, T> seen = new java.util.LinkedHashMap<>();

    Lines(Count count, Page<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.rows());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        shown = page.read(first, pageSize);
        shown.forEach(row -> seen.put(key.apply(row), row));
        return shown;
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return seen.get(rowKey);
    }
}
