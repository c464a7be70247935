package uk.cmlnetwork.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.library.DirectoryCount;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.shared.Region;

/**
 * Libraries counted by management type and region: a table, and bar charts drawn as SVG on the
 * page (no chart service), each with a title and description for screen readers.
 */
@Named
@RequestScoped
public class DirectorySummaryPage {
    /** Width in the SVG's own units of the longest bar. */
    static final int BAR_SPACE = 400;

    @Inject
    LibrariesFacade libraries;

    private Map<ManagementType, Map<Region, Long>> counts;
    private List<Row> rows;

    /** A row of the table: one management type, its count in each region and in all. */
    public record Row(ManagementType type, List<Long> byRegion, long total) {
    }

    /** One bar of a chart, with its place in the drawing. */
    public record Bar(String label, long count, int y, int width) {
    }

    private Map<ManagementType, Map<Region, Long>> counts() {
        if (counts == null) {
            counts = new EnumMap<>(ManagementType.class);
            for (DirectoryCount c : libraries.summary()) {
                if (c.region() != null) {
                    counts.computeIfAbsent(c.type(), t -> new EnumMap<>(Region.class)).merge(c.region(), c.count(), Long::sum);
                }
            }
        }
        return counts;
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public List<Row> getRows() {
        if (rows != null) {
            return rows;
        }
        rows = new ArrayList<>();
        for (ManagementType type : ManagementType.values()) {
            Map<Region, Long> byRegion = counts().getOrDefault(type, Map.of());
            List<Long> cells = new ArrayList<>();
            for (Region region : Region.values()) {
                cells.add(byRegion.getOrDefault(region, 0L));
            }
            rows.add(new Row(type, cells, cells.stream().mapToLong(Long::longValue).sum()));
        }
        return rows;
    }

    public List<Long> getRegionTotals() {
        List<Long> totals = new ArrayList<>();
        for (Region region : Region.values()) {
            totals.add(counts().values().stream().mapToLong(m -> m.getOrDefault(region, 0L)).sum());
        }
        return totals;
    }

    public long getTotal() {
        return getRegionTotals().stream().mapToLong(Long::longValue).sum();
    }

    /** Libraries of each management type, in England. */
    public List<Bar> getTypeBars() {
        List<Row> rows = getRows();
        long most = rows.stream().mapToLong(Row::total).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            bars.add(new Bar(row.type().label() + " (" + row.type().code() + ")", row.total(), i * 30,
                    width(row.total(), most)));
        }
        return bars;
    }

    /** Community managed libraries (CRL and ICL) in each region. */
    public List<Bar> getCommunityBars() {
        List<Bar> bars = new ArrayList<>();
        long[] perRegion = new long[Region.values().length];
        for (Region region : Region.values()) {
            perRegion[region.ordinal()] = counts().getOrDefault(ManagementType.CRL, Map.of()).getOrDefault(region, 0L)
                    + counts().getOrDefault(ManagementType.ICL, Map.of()).getOrDefault(region, 0L);
        }
        long most = java.util.Arrays.stream(perRegion).max().orElse(1);
        for (Region region : Region.values()) {
            bars.add(new Bar(region.label(), perRegion[region.ordinal()], region.ordinal() * 30,
                    width(perRegion[region.ordinal()], most)));
        }
        return bars;
    }

    private static int width(long count, long most) {
        return most == 0 ? 0 : (int) Math.round(BAR_SPACE * (double) count / most);
    }
}
