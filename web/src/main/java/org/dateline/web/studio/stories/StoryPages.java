package org.dateline.web.studio.stories;

import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.StoryCursor;
import org.dateline.articles.entity.StoryFilter;
import org.dateline.articles.entity.StoryLine;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The stories list's pages, each one boundary call for its lines and one for the count. It keeps
 * where each page it has shown ended (the last line's change and id), so that the next page, or any
 * page after one already seen, is read by cursor (an index range from that line on) rather than by
 * counting off every line before it; a page far ahead of any seen one skips from the nearest.
 */
public class StoryPages extends LazyDataModel<StoryLine> {

    private static final long serialVersionUID = 1L;

    /** The boundary's proxy, which a view scope may keep and serialize. */
    private final Stories stories;
    private final String office;
    private StoryFilter filter = StoryFilter.ALL;
    /** Row index → the cursor of the line just before it, for the filter as it stands. */
    private final TreeMap<Integer, StoryCursor> starts = new TreeMap<>();

    StoryPages(Stories stories, String office) {
        this.stories = stories;
        this.office = office;
    }

    void filterBy(StoryFilter filter) {
        if (!Objects.equals(this.filter, filter)) {
            this.filter = filter;
            starts.clear();
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, stories.count(office, filter));
    }

    @Override
    public List<StoryLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Map.Entry<Integer, StoryCursor> from = starts.floorEntry(first);
        List<StoryLine> lines = from == null
                ? stories.lines(office, filter, null, first, pageSize)
                : stories.lines(office, filter, from.getValue(), first - from.getKey(), pageSize);
        if (!lines.isEmpty()) {
            starts.put(first + lines.size(), lines.get(lines.size() - 1).cursor());
        }
        return lines;
    }

    @Override
    public String getRowKey(StoryLine line) {
        return String.valueOf(line.id());
    }

}
