package dev.minuku.reports.rest;

import dev.minuku.brands.BrandRegistry;
import dev.minuku.reports.service.CommunityQueries;
import dev.minuku.reports.service.DomainReports;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What the community page shows, computed before rendering so the template
 * only places values (Qute escapes each one). The chart is plain SVG geometry:
 * no script, no outside asset, so the page runs under a strict CSP.
 */
public record CommunityPage(String lang, Map<String, String> t, List<Row> listed, List<Row> spoofed, Chart chart,
        boolean available) {

    /** One domain line of the page. */
    public record Row(String domain, int reports, int reporters, int notScamReporters, String firstSeen,
            String lastSeen, String brand, List<String> subjects) {
    }

    /** The daily bars: viewBox geometry and a tooltip per bar. */
    public record Chart(int width, int height, List<Bar> bars, int max, int total, String firstDay, String lastDay) {
    }

    public record Bar(int x, int y, int width, int height, String label) {
    }

    static final int CHART_WIDTH = 600;
    static final int CHART_HEIGHT = 120;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    static CommunityPage build(Locale locale, CommunityQueries.Listing listing, List<CommunityQueries.DayCount> days,
            int minReporters, BrandRegistry brands, ZoneId zone) {
        Map<String, String> t = labels(locale, minReporters);
        boolean available = listing != null && days != null;
        List<Row> listed = new ArrayList<>();
        List<Row> spoofed = new ArrayList<>();
        if (listing != null) {
            listing.listed().forEach(d -> listed.add(row(d, locale, brands, zone)));
            listing.spoofed().forEach(d -> spoofed.add(row(d, locale, brands, zone)));
        }
        return new CommunityPage(locale.getLanguage(), t, listed, spoofed, chart(days == null ? List.of() : days, t),
                available);
    }

    private static Row row(DomainReports d, Locale locale, BrandRegistry brands, ZoneId zone) {
        String brand = d.officialFor() == null ? null
                : brands.byId(d.officialFor()).map(b -> b.name(locale)).orElse(d.officialFor());
        return new Row(d.domain(), d.reports(), d.reporters(), d.notScamReporters(), time(d.firstSeen(), zone),
                time(d.lastSeen(), zone), brand, d.sampleSubjects());
    }

    private static String time(Instant t, ZoneId zone) {
        return t == null ? "-" : TIME.format(t.atZone(zone));
    }

    static Chart chart(List<CommunityQueries.DayCount> days, Map<String, String> t) {
        int max = days.stream().mapToInt(CommunityQueries.DayCount::reports).max().orElse(0);
        int total = days.stream().mapToInt(CommunityQueries.DayCount::reports).sum();
        List<Bar> bars = new ArrayList<>();
        int n = Math.max(1, days.size());
        int slot = CHART_WIDTH / n;
        for (int i = 0; i < days.size(); i++) {
            CommunityQueries.DayCount d = days.get(i);
            int h = max == 0 ? 0 : (int) Math.round((double) d.reports() * (CHART_HEIGHT - 4) / max);
            if (d.reports() > 0) {
                h = Math.max(h, 2); // a day with reports stays visible next to a busy one
            }
            bars.add(new Bar(i * slot + 1, CHART_HEIGHT - h, Math.max(1, slot - 2), h,
                    DAY.format(d.day()) + ": " + d.reports() + " " + t.get("chartUnit")));
        }
        String first = days.isEmpty() ? "" : DAY.format(days.get(0).day());
        String last = days.isEmpty() ? "" : DAY.format(days.get(days.size() - 1).day());
        return new Chart(CHART_WIDTH, CHART_HEIGHT, bars, max, total, first, last);
    }

    static Map<String, String> labels(Locale locale, int minReporters) {
        ResourceBundle bundle = ResourceBundle.getBundle("minuku.community-page", locale,
                CommunityPage.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> t = new HashMap<>();
        for (String key : bundle.keySet()) {
            t.put(key, bundle.getString(key).replace("{min}", Integer.toString(minReporters)));
        }
        return t;
    }
}
