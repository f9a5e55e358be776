package org.ltcare.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The random draw of two assessors (rules.md §2.2): every eligible assessor has the same chance; an excluded one
 * (conflict of interest, or an assessor of an earlier round when re-assessing) is never drawn.
 */
final class AssessorDraw {

    record Pair(Assessor first, Assessor second) {
    }

    private AssessorDraw() {
    }

    static List<Assessor> eligible(List<Assessor> pool, Set<Long> excludedIds) {
        return pool.stream().filter(a -> a.isActive() && !excludedIds.contains(a.getId())).toList();
    }

    /** Empty when fewer than two are eligible: the supervisor then assigns by hand, with a reason. */
    static Optional<Pair> draw(List<Assessor> pool, Set<Long> excludedIds, RandomGenerator random) {
        List<Assessor> candidates = new ArrayList<>(eligible(pool, excludedIds));
        if (candidates.size() < 2) {
            return Optional.empty();
        }
        Assessor first = candidates.remove(random.nextInt(candidates.size()));
        Assessor second = candidates.get(random.nextInt(candidates.size()));
        return Optional.of(new Pair(first, second));
    }
}
