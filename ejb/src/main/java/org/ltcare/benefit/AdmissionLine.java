package org.ltcare.benefit;

/**
 * An admission as the institution's lists show it: who (name, ID number masked, grade), and the admission itself.
 * (Bean getters, not record accessors: Jakarta EL 5 in Faces 4.0 does not read record components.)
 */
public final class AdmissionLine implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final CareAdmission admission;
    private final String name;
    private final String idNumber;
    private final int grade;

    public AdmissionLine(CareAdmission admission, String name, String idNumber, int grade) {
        this.admission = admission;
        this.name = name;
        this.idNumber = idNumber;
        this.grade = grade;
    }

    public CareAdmission getAdmission() {
        return admission;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public int getGrade() {
        return grade;
    }
}
