package org.ltcare.benefit;

/**
 * The medical-care indications that make 专护 possible (rules.md §3 via the DMN): a tracheostomy, indwelling tubes,
 * a stage 3–4 pressure injury, a need for continuous medical nursing. Each is a DMN variable of the same meaning.
 */
public enum MedicalIndication {
    TRACHEOSTOMY("tracheostomy"),
    INDWELLING_TUBE("indwellingTube"),
    PRESSURE_INJURY_3_4("pressureInjury34"),
    CONTINUOUS_MEDICAL_NURSING("continuousMedicalNursing");

    private final String variable;

    MedicalIndication(String variable) {
        this.variable = variable;
    }

    /** The name of the DMN variable. */
    public String variable() {
        return variable;
    }
}
