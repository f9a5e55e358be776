package org.ltcare.institution;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * Service agreements: signed by the bureau's approver on terms checked against the institution and the rule set in
 * force on the first day (who may provide which care type); one agreement in force per institution at a time.
 * Institutions read their own. The contracting workflow (application, review, evaluation, notice) will end here.
 */
@Stateless
public class AgreementService {

    @Inject
    private InstitutionService institutions;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public ServiceAgreement sign(Actor actor, long institutionId, AgreementTerms terms) {
        if (!actor.has(Role.BUREAU_APPROVER)) {
            throw new AccessDeniedException("agreement.sign");
        }
        CareInstitution institution = institutions.find(actor, institutionId);
        LocalDate from = terms.validFrom() == null ? LocalDate.now(clock) : terms.validFrom();
        RuleSet rules = ruleSets.inForce(institution.getOrganisation().getRegionCode(), from);
        List<ValidationException.FieldError> problems = AgreementCheck.problems(InstitutionFacts.of(institution),
                rules.content().care(), terms);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (agreements.of(institutionId).stream().anyMatch(a -> a.overlaps(terms.validFrom(), terms.validUntil()))) {
            throw new BusinessException("agreement.overlap");
        }
        ServiceAgreement agreement = new ServiceAgreement(number(institution), institutionId,
                terms, rules.getCode(), actor.username(), clock.instant());
        agreements.save(agreement);
        audit.record(actor, "SIGN", null, agreement);
        return agreement;
    }

    /** The institution's agreements, newest first, for the institution itself and bureau staff. */
    public List<ServiceAgreement> of(Actor actor, long institutionId) {
        institutions.find(actor, institutionId);
        return agreements.of(institutionId);
    }

    /** The agreement in force on a day, if any: what admission and settlement read. */
    public Optional<ServiceAgreement> inForce(long institutionId, LocalDate day) {
        return agreements.of(institutionId).stream().filter(a -> a.isInForceOn(day)).findFirst();
    }

    /** XY-370200-0000123-02: region, institution, and the institution's how-many-th agreement. */
    private String number(CareInstitution institution) {
        return String.format("XY-%s-%07d-%02d", institution.getOrganisation().getRegionCode(), institution.getId(),
                agreements.of(institution.getId()).size() + 1);
    }
}
