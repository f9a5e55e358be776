package org.ltcare.benefit;

import java.io.Serializable;

/** An admission as the institution's lists show it: who (name, ID number masked, grade), and the admission itself. */
public record AdmissionLine(CareAdmission admission, String name, String idNumber, int grade) implements Serializable {
}
