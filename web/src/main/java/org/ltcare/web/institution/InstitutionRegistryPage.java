package org.ltcare.web.institution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionRegistrationService;
import org.ltcare.institution.InstitutionService;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;

/** 定点机构名录: the institutions the actor may see (bureau staff: all; an institution: its own). */
@Named
@ViewScoped
public class InstitutionRegistryPage extends Page {

    @Inject
    private InstitutionService institutions;

    @Inject
    private InstitutionRegistrationService registration;

    private List<CareInstitution> rows = List.of();

    public void load() {
        try {
            rows = institutions.list(actor);
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    /** 核实注册 of a self-registered institution: its administrator's login starts to work. */
    public void confirm(long institutionId) {
        try {
            errors.info("registration.confirmed", registration.confirm(actor, institutionId).getName());
            load();
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    /** Whether the confirm button is offered: the service decides again when it is pressed. */
    public boolean isMayConfirm() {
        return registration.mayConfirm(actor);
    }

    public List<CareInstitution> getRows() {
        return rows;
    }
}
