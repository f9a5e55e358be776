package org.ltcare.institution;

/** What the agreement rules ask of an institution: its kind, hospital level, LTC ward and beds. */
public record InstitutionFacts(InstitutionKind kind, Integer hospitalLevel, boolean ltcWard, int beds) {

    public static InstitutionFacts of(CareInstitution institution) {
        return new InstitutionFacts(institution.getKind(), institution.getHospitalLevel(), institution.hasLtcWard(),
                institution.getBeds());
    }
}
