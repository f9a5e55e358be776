package org.ltcare.benefit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.ltcare.policy.rules.CareType;

/**
 * Test fixtures: care admissions in the states the admission service leaves them in, built through the entity's
 * package-private constructor and transitions (public, so that tests of other packages may use it).
 */
public final class Admissions {

    public static final long INSTITUTION = 300;

    private static final Instant REQUESTED_AT = Instant.parse("2025-01-01T02:00:00Z");

    private Admissions() {
    }

    /** Requested, not yet admitted: it covers no day. */
    public static CareAdmission requested(CareType careType, long institutionId) {
        return new CareAdmission(1, 2, 3, new CareChoice(careType, institutionId, Set.of()), "SD-2025", null,
                "经办员", REQUESTED_AT);
    }

    /** Admitted from {@code startsOn}, still running. */
    public static CareAdmission admitted(CareType careType, long institutionId, LocalDate startsOn) {
        CareAdmission admission = requested(careType, institutionId);
        admission.admit(startsOn, startsOn, careType == CareType.HOME ? 3 : null, "机构", REQUESTED_AT);
        return admission;
    }

    /** Admitted from {@code startsOn} with {@code lastDay} as its last day. */
    public static CareAdmission ended(CareType careType, long institutionId, LocalDate startsOn, LocalDate lastDay) {
        CareAdmission admission = admitted(careType, institutionId, startsOn);
        admission.endWith(lastDay, EndReason.CHANGE);
        return admission;
    }
}
