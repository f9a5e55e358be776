package org.ltcare.web.notice;

import java.io.Serializable;
import java.time.LocalDate;
import org.ltcare.assessment.PublicNotice;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.PersonName;
import org.ltcare.shared.calendar.DeadlineExplanation;

/**
 * What the public pages show of a notice: the name and ID number masked, so that neither the page nor the view
 * state ever holds them in full (and, unlike the entity, it is serialisable); {@code endsBasis} says how the last
 * day for objections was counted.
 */
public record NoticeLine(long id, String name, String idNumber, int grade, String area, LocalDate startsOn,
                         LocalDate endsOn, DeadlineExplanation endsBasis) implements Serializable {

    static NoticeLine of(PublicNotice notice) {
        InsuredPerson person = notice.getApplication().getInsured();
        return new NoticeLine(notice.getId(), PersonName.masked(person.getName()), person.getIdNumber().masked(),
                notice.getGrade(), notice.getAreaName(), notice.getStartsOn(), notice.getEndsOn(),
                notice.getEndsBasis());
    }
}
