package org.ltcare.web.care;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.benefit.AdmissionQueries;
import org.ltcare.benefit.AdmissionService;
import org.ltcare.benefit.AdmissionStatus;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.benefit.CareChoice;
import org.ltcare.benefit.CareOption;
import org.ltcare.benefit.EntitlementService;
import org.ltcare.benefit.MedicalIndication;
import org.ltcare.institution.InstitutionService;
import org.ltcare.policy.EligibilityRule;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;

/**
 * 护理安排 on a case's page: the person's admissions, the choice of care type and institution (the offered
 * institutions come from the DMN, agreements, free places and sanctions), a change while in care, and the bureau's
 * record of a death.
 */
@Named
@ViewScoped
public class CarePanel extends Page {

    @Inject
    private AdmissionService admissions;

    @Inject
    private AdmissionQueries queries;

    @Inject
    private EntitlementService entitlements;

    @Inject
    private ApplicationService applications;

    @Inject
    private InstitutionService institutions;

    @Inject
    private Messages messages;

    private Long id;
    private Long insuredId;
    private List<CareAdmission> history = List.of();
    private CareType careType;
    private MedicalIndication[] indications = new MedicalIndication[0];
    private List<CareOption> options;
    private LocalDate diedOn;
    private LocalDate lastEnrolledDay;
    private final Map<Long, String> names = new HashMap<>();

    public void load() {
        if (id == null) {
            return;
        }
        try {
            AssessmentApplication application = applications.find(actor, id);
            insuredId = application.getInsured().getId();
            history = queries.ofApplication(actor, id);
        } catch (BusinessException e) {
            insuredId = null;
            history = List.of();
        }
    }

    public void search() {
        try {
            options = admissions.options(actor, id, careType, chosenIndications());
        } catch (BusinessException e) {
            options = null;
            errors.show(e, "careForm", this::labelOf);
        }
    }

    public void choose(CareOption option) {
        try {
            CareChoice choice = new CareChoice(careType, option.institutionId(), chosenIndications());
            if (isChangeable()) {
                admissions.requestChange(actor, currentAdmission().getId(), choice);
            } else {
                admissions.choose(actor, id, choice);
            }
            errors.info("care.requested", option.institutionName());
            options = null;
            load();
        } catch (BusinessException e) {
            errors.show(e, "careForm", this::labelOf);
        }
    }

    public void recordDeath() {
        try {
            entitlements.recordDeath(actor, insuredId, diedOn);
            errors.info("care.deathRecorded");
            load();
        } catch (BusinessException e) {
            errors.show(e, "deathForm", this::labelOf);
        }
    }

    public void recordEnrolmentEnded() {
        try {
            entitlements.recordEnrolmentEnded(actor, insuredId, lastEnrolledDay);
            errors.info("care.enrolmentEnded");
            load();
        } catch (BusinessException e) {
            errors.show(e, "enrolmentForm", this::labelOf);
        }
    }

    private Set<MedicalIndication> chosenIndications() {
        return indications.length == 0 ? EnumSet.noneOf(MedicalIndication.class) : EnumSet.copyOf(List.of(indications));
    }

    private String labelOf(String field) {
        return messages.get("care.field." + field);
    }

    private CareAdmission currentAdmission() {
        LocalDate today = LocalDate.now(org.ltcare.shared.time.ClockProducer.ZONE);
        return history.stream().filter(a -> a.getStatus() == AdmissionStatus.ADMITTED && a.getEndsOn() == null)
                .findFirst().orElseGet(() -> history.stream().filter(a -> a.coversDay(today)).findFirst().orElse(null));
    }

    public String institutionName(long institutionId) {
        return names.computeIfAbsent(institutionId, institutions::publicName);
    }

    public boolean isMayChoose() {
        return insuredId != null && admissions.mayChoose(actor) && admissions.awaitsChoice(insuredId);
    }

    public boolean isChangeable() {
        return insuredId != null && admissions.mayChoose(actor) && currentAdmission() != null
                && admissions.mayRequestChange(insuredId);
    }

    public boolean isMayRecordDeath() {
        return insuredId != null && entitlements.mayEndBenefits(actor);
    }

    public boolean isShown() {
        return insuredId != null && (!history.isEmpty() || isMayChoose());
    }

    public List<CareType> getCareTypes() {
        return List.of(CareType.values());
    }

    public List<MedicalIndication> getAllIndications() {
        return List.of(MedicalIndication.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<CareAdmission> getHistory() {
        return history;
    }

    public CareType getCareType() {
        return careType;
    }

    public void setCareType(CareType careType) {
        this.careType = careType;
    }

    public MedicalIndication[] getIndications() {
        return indications;
    }

    public void setIndications(MedicalIndication[] indications) {
        this.indications = indications == null ? new MedicalIndication[0] : indications;
    }

    /** Why the institution is offered or not: the first check that refused it, and the eligibility table's rule. */
    public String why(CareOption option) {
        String rule = option.rule() == null ? "" : ruleText(option.rule());
        if (option.offered()) {
            return rule;
        }
        String refusal = messages.format(option.refusal().messageKey(), option.refusal().arguments().toArray());
        return option.refusal().careType() ? refusal + " " + rule : refusal;
    }

    public String kindOf(CareOption option) {
        return option.kindText(Messages.currentLocale());
    }

    /** The row, its conditions in the page's language and the table's own note, if it has one. */
    private String ruleText(EligibilityRule rule) {
        String conditions = rule.conditions(Messages.currentLocale());
        return rule.description().isEmpty() ? messages.format("care.rule.plain", rule.row(), conditions)
                : messages.format("care.rule", rule.row(), conditions, rule.description());
    }

    public List<CareOption> getOptions() {
        return options == null ? new ArrayList<>() : options;
    }

    public boolean isSearched() {
        return options != null;
    }

    public LocalDate getDiedOn() {
        return diedOn;
    }

    public void setDiedOn(LocalDate diedOn) {
        this.diedOn = diedOn;
    }

    public LocalDate getLastEnrolledDay() {
        return lastEnrolledDay;
    }

    public void setLastEnrolledDay(LocalDate lastEnrolledDay) {
        this.lastEnrolledDay = lastEnrolledDay;
    }
}
