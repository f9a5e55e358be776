package org.ltcare.web.apply;

import java.io.Serializable;
import java.time.LocalDate;
import org.ltcare.insured.EnrolmentStatus;
import org.ltcare.insured.Gender;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.shared.security.Actor;
import org.ltcare.web.assessment.IdDisplay;

/**
 * What the wizard shows of the insured person it found, kept in the flow scope (the entity is not serialisable).
 *
 * @param idNumber          the full ID number, as filed
 * @param displayedIdNumber in full or masked, as the user may see it
 */
public record InsuredSummary(String idNumber, String displayedIdNumber, String name, Gender gender,
                             LocalDate birthDate, int age, EnrolmentStatus enrolmentStatus, boolean enrolled,
                             String address) implements Serializable {

    static InsuredSummary of(InsuredPerson person, Actor actor, LocalDate today) {
        return new InsuredSummary(person.getIdNumber().value(), IdDisplay.of(actor, person.getIdNumber()),
                person.getName(), person.getGender(), person.getBirthDate(), person.getIdNumber().ageOn(today),
                person.getEnrolmentStatus(), person.isEnrolled(), person.getAddress());
    }
}
