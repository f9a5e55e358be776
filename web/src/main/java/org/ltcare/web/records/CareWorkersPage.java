package org.ltcare.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ltcare.care.worker.CareWorker;
import org.ltcare.care.worker.CareWorkerForm;
import org.ltcare.care.worker.CareWorkerService;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;

/**
 * 护理员名册: the institution's care workers; its administrator registers, edits and marks them as left. Bureau
 * staff open it for an institution with ?institution= and read it.
 */
@Named
@ViewScoped
public class CareWorkersPage extends Page {

    @Inject
    private CareWorkerService workers;

    private Long institution;
    private List<CareWorker> list = List.of();
    private Long editing;
    private String name;
    private String idNumber;
    private String qualification;
    private String phone;

    public void load() {
        if (actor.isInstitutionScoped()) {
            institution = actor.organisationId();
        }
        if (institution == null) {
            return;
        }
        try {
            list = workers.ofInstitution(actor, institution);
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public boolean isMayEdit() {
        return institution != null && workers.mayEdit(actor, institution);
    }

    public void edit(CareWorker worker) {
        editing = worker.getId();
        name = worker.getName();
        idNumber = worker.getIdNumber().value();
        qualification = worker.getQualification();
        phone = worker.getPhone();
    }

    public void clear() {
        editing = null;
        name = null;
        idNumber = null;
        qualification = null;
        phone = null;
    }

    public void save() {
        CareWorkerForm form = new CareWorkerForm(name, idNumber, qualification, phone);
        try {
            CareWorker saved = editing == null ? workers.register(actor, institution, form)
                    : workers.update(actor, institution, editing, form);
            errors.info("worker.saved", saved.getName());
            clear();
            load();
        } catch (BusinessException e) {
            errors.show(e, "workerForm");
        }
    }

    public void setActive(CareWorker worker, boolean active) {
        try {
            workers.setActive(actor, institution, worker.getId(), active);
            load();
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    /** ID numbers are masked on screens; only the bureau's own roles see them in full. */
    public String idNumberOf(CareWorker worker) {
        return worker.getIdNumber().shownTo(actor);
    }

    /** The ID number of the worker being edited, masked (it does not change). */
    public String getEditingIdNumber() {
        return idNumber == null ? "" : org.ltcare.insured.IdNumber.maskRaw(idNumber);
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public List<CareWorker> getList() {
        return list;
    }

    public Long getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getQualification() {
        return qualification;
    }

    public void setQualification(String qualification) {
        this.qualification = qualification;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
