package org.ltcare.demo.city;

import java.util.ArrayList;
import java.util.List;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.policy.rules.CareType;

/** One generated institution: its kind, the care type it is contracted for, its staff login and care workers. */
final class CityInstitution {

    final long id;
    final String code;
    final InstitutionKind kind;
    final CareType careType;
    final Integer hospitalLevel;
    final String staffUsername;
    final List<Long> workers = new ArrayList<>();
    /** Admissions placed here so far (for the agreement's places and the workers' rounds). */
    int admitted;

    CityInstitution(long id, String code, InstitutionKind kind, CareType careType, Integer hospitalLevel,
                    String staffUsername) {
        this.id = id;
        this.code = code;
        this.kind = kind;
        this.careType = careType;
        this.hospitalLevel = hospitalLevel;
        this.staffUsername = staffUsername;
    }
}
