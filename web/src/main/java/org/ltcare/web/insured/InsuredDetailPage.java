package org.ltcare.web.insured;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.InsuredService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;
import org.ltcare.web.assessment.IdDisplay;

/** One insured person with everything the registry holds; the ID number masked for roles that may not see it. */
@Named
@ViewScoped
public class InsuredDetailPage extends Page {

    @Inject
    private InsuredService insured;

    @Inject
    private FormMessages forms;

    private Long id;
    /** Read again on every GET; the page has no postback that needs it. */
    private transient InsuredPerson person;

    public void load() {
        if (id == null) {
            forms.error(null, "insured.detail.missingId");
            return;
        }
        try {
            person = insured.find(actor, id);
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public String getIdNumber() {
        return person == null ? "" : IdDisplay.of(actor, person.getIdNumber());
    }

    public int getAge() {
        return person == null ? 0 : person.getIdNumber().ageOn(LocalDate.now(ClockProducer.ZONE));
    }

    public InsuredPerson getPerson() {
        return person;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
