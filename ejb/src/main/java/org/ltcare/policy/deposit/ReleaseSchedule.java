package org.ltcare.policy.deposit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * A version's score bands as a schedule: the band a score falls in (the highest band whose minimum it reaches) and
 * its share. A valid schedule starts at 0, has each minimum once, shares from 0 to 1 that never fall as the score
 * rises (a better score never releases less).
 */
public final class ReleaseSchedule {

    /** A band: from {@code minScore} (0–100) up, {@code share} (0–1) released. */
    public record Band(int minScore, BigDecimal share) {
    }

    private final List<Band> bands;

    private ReleaseSchedule(List<Band> bands) {
        this.bands = bands;
    }

    /** @throws ValidationException naming what is wrong, nothing changed */
    public static ReleaseSchedule of(List<Band> given) {
        List<Band> sorted = new ArrayList<>(given);
        sorted.sort(Comparator.comparingInt(Band::minScore));
        List<FieldError> errors = new ArrayList<>();
        if (sorted.isEmpty() || sorted.get(0).minScore() != 0) {
            errors.add(new FieldError("bands", "depositBands.startAtZero"));
        }
        for (int i = 0; i < sorted.size(); i++) {
            Band band = sorted.get(i);
            if (band.minScore() < 0 || band.minScore() > 100) {
                errors.add(new FieldError("bands[" + i + "].minScore", "depositBands.score"));
            }
            if (band.share() == null || band.share().signum() < 0 || band.share().compareTo(BigDecimal.ONE) > 0
                    || band.share().scale() > 4) {
                errors.add(new FieldError("bands[" + i + "].share", "depositBands.share"));
            }
            if (i > 0 && band.minScore() == sorted.get(i - 1).minScore()) {
                errors.add(new FieldError("bands[" + i + "].minScore", "depositBands.duplicate"));
            }
            if (i > 0 && band.share() != null && sorted.get(i - 1).share() != null
                    && band.share().compareTo(sorted.get(i - 1).share()) < 0) {
                errors.add(new FieldError("bands[" + i + "].share", "depositBands.falling"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ReleaseSchedule(List.copyOf(sorted));
    }

    /** The band of a score of 0–100. */
    public Band bandOf(int score) {
        Band found = bands.get(0);
        for (Band band : bands) {
            if (score >= band.minScore()) {
                found = band;
            }
        }
        return found;
    }

    public List<Band> bands() {
        return bands;
    }
}
