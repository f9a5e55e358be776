package org.ltcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssessorDrawTest {

    private final Random random = new Random(20261125L);

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void fewerThanTwoEligibleDrawsNobody(int eligible) {
        List<Assessor> pool = Assessors.pool(4);
        Set<Long> excluded = eligible == 0 ? Set.of(1L, 2L, 3L, 4L) : Set.of(1L, 2L, 4L);

        assertThat(AssessorDraw.draw(pool, excluded, random)).isEmpty();
    }

    @Test
    void twoDifferentEligibleAssessorsAreDrawnAndTheExcludedNever() {
        List<Assessor> pool = Assessors.pool(6);
        Set<Long> excluded = Set.of(2L, 5L);
        Map<Long, Integer> drawn = new HashMap<>();

        for (int i = 0; i < 600; i++) {
            AssessorDraw.Pair pair = AssessorDraw.draw(pool, excluded, random).orElseThrow();
            assertThat(pair.first().getId()).isNotEqualTo(pair.second().getId());
            drawn.merge(pair.first().getId(), 1, Integer::sum);
            drawn.merge(pair.second().getId(), 1, Integer::sum);
        }

        assertThat(drawn).doesNotContainKeys(2L, 5L).containsOnlyKeys(1L, 3L, 4L, 6L);
        // Each of 4 eligible is in half the pairs (300 of 600); far outside 200–400 would mean a biased draw.
        assertThat(drawn.values()).allSatisfy(count -> assertThat(count).isBetween(200, 400));
    }

    @Test
    void exactlyTwoEligibleAreBothDrawn() {
        AssessorDraw.Pair pair = AssessorDraw.draw(Assessors.pool(3), Set.of(1L), random).orElseThrow();

        assertThat(Set.of(pair.first().getId(), pair.second().getId())).containsExactlyInAnyOrder(2L, 3L);
    }
}
