package org.ltcare.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * What must hold for a bed-day entry (an absence, or a day marked present again), the same for the month grid and
 * for a posted record: a bed-based admission (专护 or 院护) covering the day, the day not after today, its month
 * not closed by a submitted claim; for an absence a reason, and a note (at most 200 characters) when the reason is
 * "other".
 */
public final class AbsenceCheck {

    public static final int NOTE_LENGTH = 200;

    private AbsenceCheck() {
    }

    /** Problems with an entry for {@code day} of {@code admission}; {@code absent} false marks the day present. */
    public static List<FieldError> problems(CareAdmission admission, LocalDate day, boolean absent,
                                            AbsenceReason reason, String note, LocalDate today, boolean monthClosed) {
        List<FieldError> errors = new ArrayList<>();
        if (day == null) {
            errors.add(new FieldError("date", "validation.required"));
            return errors;
        }
        if (!admission.getCareType().isBedBased()) {
            errors.add(new FieldError("date", "records.bedDay.notBedBased"));
        } else if (!admission.coversDay(day)) {
            errors.add(new FieldError("date", "records.outsideCare", List.of(day.toString())));
        }
        if (day.isAfter(today)) {
            errors.add(new FieldError("date", "records.future"));
        }
        if (monthClosed) {
            errors.add(new FieldError("date", "records.monthClosed", List.of(day.toString().substring(0, 7))));
        }
        if (absent) {
            if (reason == null) {
                errors.add(new FieldError("reason", "validation.required"));
            } else if (reason == AbsenceReason.OTHER && (note == null || note.isBlank())) {
                errors.add(new FieldError("note", "records.bedDay.noteRequired"));
            }
            if (note != null && note.length() > NOTE_LENGTH) {
                errors.add(new FieldError("note", "validation.tooLong", List.of(String.valueOf(NOTE_LENGTH))));
            }
        }
        return errors;
    }
}
