package org.ltcare.policy.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.ValidationException;

/** The reference bands at every boundary, and the schedules that are refused. */
class ReleaseScheduleTest {

    private static final ReleaseSchedule REFERENCE = ReleaseSchedule.of(DepositBandService.REFERENCE);

    @ParameterizedTest(name = "score {0} → from {1}, share {2}")
    @CsvSource({"0, 0, 0", "69, 0, 0", "70, 70, 0.5", "79, 70, 0.5", "80, 80, 0.8", "89, 80, 0.8", "90, 90, 1",
            "100, 90, 1"})
    void aScoreFallsInTheHighestBandItReaches(int score, int from, BigDecimal share) {
        ReleaseSchedule.Band band = REFERENCE.bandOf(score);
        assertThat(band.minScore()).isEqualTo(from);
        assertThat(band.share()).isEqualByComparingTo(share);
    }

    @Test
    void bandsAreSortedWhateverOrderTheyAreGivenIn() {
        ReleaseSchedule schedule = ReleaseSchedule.of(List.of(band(60, "1"), band(0, "0")));
        assertThat(schedule.bands()).extracting(ReleaseSchedule.Band::minScore).containsExactly(0, 60);
    }

    @Test
    void aScheduleNotStartingAtZeroWithATwiceUsedScoreOrAFallingOrImpossibleShareIsRefused() {
        assertThatThrownBy(() -> ReleaseSchedule.of(List.of(band(10, "0"), band(80, "1"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(
                        ValidationException.FieldError::messageKey).containsExactly("depositBands.startAtZero"));
        assertThatThrownBy(() -> ReleaseSchedule.of(List.of(band(0, "0"), band(80, "1"), band(80, "1"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(
                        ValidationException.FieldError::messageKey).containsExactly("depositBands.duplicate"));
        assertThatThrownBy(() -> ReleaseSchedule.of(List.of(band(0, "0.5"), band(80, "0.2"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(
                        ValidationException.FieldError::messageKey).containsExactly("depositBands.falling"));
        assertThatThrownBy(() -> ReleaseSchedule.of(List.of(band(0, "0"), band(101, "1.5"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(
                        ValidationException.FieldError::messageKey)
                        .containsExactly("depositBands.score", "depositBands.share"));
    }

    private static ReleaseSchedule.Band band(int from, String share) {
        return new ReleaseSchedule.Band(from, new BigDecimal(share));
    }
}
