package org.dateline.web.studio;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A studio list read a page at a time from a boundary (no cap, however long it grows): the table
 * asks for the page it shows, and for the count once per page view.
 */
public class LazyRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows there are in all. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long get();
    }

    /** The rows from {@code first}, at most {@code size} of them. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> get(int first, int size);
    }

    /** A row's key, for selections. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;
    private List<T> shown = List.of();
    /**
     * Every row a page has shown, by key: a row ticked on one page stays ticked while the person
     * turns to another (PrimeFaces asks for the rows of all the ticked keys, not only the page's).
     */
    private final Map<String, T> seen = new java.util.LinkedHashMap<>();

    public LazyRows(Count count, Page<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, count.get());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        shown = page.get(first, pageSize);
        shown.forEach(row -> seen.put(key.of(row), row));
        return shown;
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return seen.get(rowKey);
    }

    /** The rows of the page shown last. */
    public List<T> shown() {
        return shown;
    }
}
