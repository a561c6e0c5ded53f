package bangfu.classify;

import bangfu.config.ClassifyPolicy.RegionalFigure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One regional figure of a policy (低保, 最低工资, 居民人均可支配收入) looked up for a household: the most specific
 * region that has a figure in force on the day wins, and a figure is in force from its date until that region's
 * next one. A county without its own figure uses its city's, then its province's.
 */
final class RegionalTable {
    /** Region key → its figures, latest first. */
    private final Map<String, List<RegionalFigure>> byRegion = new HashMap<>();
    private final Map<Region, Optional<Decision.Figure>> cache = new HashMap<>();
    /** The same, by identity: a source that shares one Region per place is answered without hashing it. */
    private final Map<Region, Optional<Decision.Figure>> seen = new java.util.IdentityHashMap<>();
    private LocalDate cachedFor;

    RegionalTable(List<RegionalFigure> figures) {
        for (RegionalFigure f : figures) byRegion.computeIfAbsent(Region.key(f.region()), k -> new ArrayList<>()).add(f);
        byRegion.values().forEach(list -> list.sort(Comparator.comparing(RegionalFigure::from).reversed()));
    }

    boolean isEmpty() {
        return byRegion.isEmpty();
    }

    /** The figure in force for the region on the day, and whether it is the region's own or a wider one's. */
    Optional<Decision.Figure> find(Region region, LocalDate on) {
        if (!on.equals(cachedFor)) {
            cache.clear();
            seen.clear();
            cachedFor = on;
        }
        // Regions repeat across a million files: each is looked up once.
        Optional<Decision.Figure> found = seen.get(region);
        if (found == null) {
            found = cache.computeIfAbsent(region, r -> lookUp(r, on));
            // a source that makes a Region per file would only fill this map: keep it to the places' number
            if (seen.size() > 10_000) seen.clear();
            seen.put(region, found);
        }
        return found;
    }

    private Optional<Decision.Figure> lookUp(Region region, LocalDate on) {
        List<Region.Candidate> candidates = region.candidates();
        for (Region.Candidate c : candidates) {
            List<RegionalFigure> figures = byRegion.get(c.key());
            if (figures == null) continue;
            for (RegionalFigure f : figures) {
                if (!f.from().isAfter(on)) return Optional.of(new Decision.Figure(f, c.level() < candidates.get(0).level()));
            }
        }
        return Optional.empty();
    }
}
