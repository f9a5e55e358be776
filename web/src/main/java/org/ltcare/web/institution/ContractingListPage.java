package org.ltcare.web.institution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ltcare.benefit.AdmissionQueries;
import org.ltcare.institution.AgreementService;
import org.ltcare.institution.InstitutionService;
import org.ltcare.institution.ServiceAgreement;
import org.ltcare.institution.contracting.ContractingApplication;
import org.ltcare.institution.contracting.ContractingService;
import org.ltcare.institution.contracting.ContractingStatus;
import org.ltcare.policy.RuleSetService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;

/**
 * 定点申请: the agency's and bureau's queue of contracting applications (open ones first, or all) with the agreements
 * nearing their end; an institution's users see their own applications and may start one.
 */
@Named
@ViewScoped
public class ContractingListPage extends Page {

    private static final int MOST_LISTED = 500;

    @Inject
    private ContractingService contracting;

    @Inject
    private AgreementService agreements;

    @Inject
    private InstitutionService institutions;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private AdmissionQueries queries;

    private Long institution;
    private boolean openOnly = true;
    private List<ContractingApplication> rows = List.of();
    private List<ServiceAgreement> expiring = List.of();
    private List<ServiceAgreement> ended = List.of();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> moving = new HashMap<>();

    public void load() {
        try {
            Long shown = InstitutionPages.shownInstitution(institution, actor);
            if (shown != null) {
                institution = shown;
                rows = contracting.of(actor, shown);
            } else {
                List<ContractingStatus> states = openOnly ? Arrays.stream(ContractingStatus.values())
                        .filter(ContractingStatus::isOpen).toList() : List.of();
                rows = contracting.queue(actor, states, 0, MOST_LISTED);
                int lead = ruleSets.inForce(ruleSets.regionOf(actor), today()).content().contracting()
                        .renewalLeadDays();
                expiring = agreements.expiringWithin(actor, lead);
                ended = agreements.endedWithin(actor, lead).stream()
                        .filter(agreement -> toMove(agreement) > 0).toList();
            }
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public String nameOf(long institutionId) {
        return names.computeIfAbsent(institutionId, id -> institutions.find(actor, id).getName());
    }

    /** The residents still in care after the agreement's last day: to be moved (an ended agreement pays nothing). */
    public long toMove(ServiceAgreement agreement) {
        LocalDate firstDayWithout = agreement.getTerminatedOn() != null ? agreement.getTerminatedOn()
                : agreement.getValidUntil().plusDays(1);
        return moving.computeIfAbsent(agreement.getId(),
                id -> (long) queries.inCareFrom(actor, agreement.getInstitutionId(), firstDayWithout).size());
    }

    public long daysLeft(ServiceAgreement agreement) {
        return ChronoUnit.DAYS.between(today(), agreement.getValidUntil());
    }

    public boolean isMayApply() {
        return institution != null && contracting.mayApply(actor, institution);
    }

    public boolean isQueue() {
        return institution == null;
    }

    private static LocalDate today() {
        return LocalDate.now(ClockProducer.ZONE);
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public List<ContractingApplication> getRows() {
        return rows;
    }

    public List<ServiceAgreement> getEnded() {
        return ended;
    }

    public List<ServiceAgreement> getExpiring() {
        return expiring;
    }
}
