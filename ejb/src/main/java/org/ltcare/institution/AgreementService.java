package org.ltcare.institution;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * Service agreements: signed by the bureau's approver on terms checked against the institution and the rule set in
 * force on the first day (who may provide which care type); one agreement in force per institution at a time.
 * Institutions read their own. The contracting workflow signs here, and ends agreements that ran out unrenewed.
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
        return sign(actor, institutionId, terms, null);
    }

    /** Signs an agreement; {@code renews} is the agreement it follows on, for a renewal (else null). */
    public ServiceAgreement sign(Actor actor, long institutionId, AgreementTerms terms, Long renews) {
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
                terms, rules.getCode(), renews, actor.username(), clock.instant());
        agreements.save(agreement);
        audit.record(actor, "SIGN", null, agreement);
        return agreement;
    }

    /** The institution's agreements, newest first, for the institution itself and bureau staff. */
    public List<ServiceAgreement> of(Actor actor, long institutionId) {
        institutions.find(actor, institutionId);
        return agreements.of(institutionId);
    }

    public ServiceAgreement find(Actor actor, long agreementId) {
        ServiceAgreement agreement = agreements.find(agreementId)
                .orElseThrow(() -> new NotFoundException("ServiceAgreement", agreementId));
        institutions.find(actor, agreement.getInstitutionId());
        return agreement;
    }

    /** Ends an agreement that ran out unrenewed: the workflow's step on the day after its last day. */
    public ServiceAgreement expire(Actor actor, long agreementId) {
        ServiceAgreement agreement = agreements.find(agreementId)
                .orElseThrow(() -> new NotFoundException("ServiceAgreement", agreementId));
        if (agreement.getStatus() != ServiceAgreement.Status.ACTIVE) {
            return agreement;
        }
        Map<String, Object> before = agreement.auditState();
        agreement.expire();
        audit.record(actor, "EXPIRE", before, agreement);
        return agreement;
    }

    /** Active agreements whose last day falls within {@code days} from today, soonest first: the expiry warnings. */
    /** Agreements ended (expired unrenewed or terminated) in the last {@code days}: their residents must move. */
    public List<ServiceAgreement> endedWithin(Actor actor, int days) {
        if (actor.roles().stream().noneMatch(Role::isBureauRole)) {
            throw new AccessDeniedException("agreement.list");
        }
        LocalDate today = LocalDate.now(clock);
        return agreements.endedBetween(today.minusDays(days), today.plusDays(days));
    }

    public List<ServiceAgreement> expiringWithin(Actor actor, int days) {
        if (actor.roles().stream().noneMatch(Role::isBureauRole)) {
            throw new AccessDeniedException("agreement.list");
        }
        LocalDate today = LocalDate.now(clock);
        return agreements.activeEndingBetween(today, today.plusDays(days));
    }

    /** The agreement in force on a day, if any: what admission and settlement read. */
    public Optional<ServiceAgreement> inForce(long institutionId, LocalDate day) {
        return agreements.of(institutionId).stream().filter(a -> a.isInForceOn(day)).findFirst();
    }

    /** The agreement in force on each day of {@code from..to}, read once (a month's claim asks for every day). */
    public java.util.Map<LocalDate, Optional<ServiceAgreement>> inForceByDay(long institutionId, LocalDate from,
                                                                           LocalDate to) {
        List<ServiceAgreement> all = agreements.of(institutionId);
        java.util.Map<LocalDate, Optional<ServiceAgreement>> byDay = new java.util.HashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate on = day;
            byDay.put(day, all.stream().filter(a -> a.isInForceOn(on)).findFirst());
        }
        return byDay;
    }

    /** XY-370200-0000123-02: region, institution, and the institution's how-many-th agreement. */
    private String number(CareInstitution institution) {
        return String.format("XY-%s-%07d-%02d", institution.getOrganisation().getRegionCode(), institution.getId(),
                agreements.of(institution.getId()).size() + 1);
    }
}
