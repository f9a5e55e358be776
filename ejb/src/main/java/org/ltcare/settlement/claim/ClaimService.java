package org.ltcare.settlement.claim;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ltcare.care.BedDayService;
import org.ltcare.care.CareRecordAccess;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.auditrule.AppliedRules;
import org.ltcare.policy.auditrule.AuditRuleService;
import org.ltcare.policy.rules.SettlementTerms;
import org.ltcare.settlement.audit.ClaimAuditor;
import org.ltcare.settlement.audit.ClaimFinding;
import org.ltcare.settlement.fee.CareFeeCalculator;
import org.ltcare.settlement.fee.CareFeeResult;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.calendar.DeadlineExplanation;
import org.ltcare.shared.calendar.WorkingDayCalendar;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * An institution's monthly claim (rules.md §5, settlement issue part 1): generated from its care records — one line
 * per admission, each computed by {@link CareFeeCalculator} (the trial API's code) with the rule set in force on the
 * month's first day and every input kept on the line — generated again as often as the institution likes while it
 * is a draft, and submitted from the claim window's first day: a late claim goes into the next cycle, the payout
 * is due the rule set's working days after submission, and the month's care records close. Audited.
 */
@Stateless
public class ClaimService {

    @Inject
    private ClaimRepository claims;

    @Inject
    private ClaimGenerator generator;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private BedDayService bedDays;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private org.ltcare.insured.InsuredRepository insured;

    @Inject
    private ClaimProcess process;

    @Inject
    private AuditRuleService auditRules;

    @Inject
    private ClaimAuditor auditor;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Generates (or generates again) the institution's draft claim for a month that has ended. */
    public CareClaim generate(Actor actor, long institutionId, YearMonth month) {
        requireOwnUser(actor, institutionId);
        return generateDraft(actor, institutionId, month);
    }

    /**
     * The city-wide generation's step for one institution (an agency officer's job): its draft generated again,
     * or nothing when its claim is already submitted (the institution's, not the bureau's, to change then).
     */
    public Optional<CareClaim> generateByBureau(Actor officer, long institutionId, YearMonth month) {
        officer.requireBureau(Role.AGENCY_REVIEWER, "claim.prepare");
        Optional<CareClaim> existing = claims.ofMonthForUpdate(institutionId, month);
        if (existing.isPresent() && existing.get().getStatus() != ClaimStatus.DRAFT) {
            return Optional.empty();
        }
        return Optional.of(generateDraft(officer, institutionId, month));
    }

    private CareClaim generateDraft(Actor actor, long institutionId, YearMonth month) {
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new BusinessException("claim.monthNotOver", month.toString());
        }
        CareInstitution institution = institutions.find(institutionId)
                .orElseThrow(() -> new NotFoundException("CareInstitution", institutionId));
        RuleSet ruleSet = ruleSets.inForce(institution.getOrganisation().getRegionCode(), month.atDay(1));
        Optional<CareClaim> existing = claims.ofMonthForUpdate(institutionId, month);
        existing.ifPresent(CareClaim::requireDraft);
        CareClaim claim = existing.orElseGet(() -> {
            CareClaim created = new CareClaim(institutionId, month);
            created.generated(ruleSet.getCode(), List.of(), actor.username(), clock.instant());
            claims.save(created);
            return created;
        });
        Map<String, Object> before = existing.map(CareClaim::auditState).orElse(null);
        claims.deleteLines(claim.getId());
        List<ClaimLine> lines = new ArrayList<>();
        AppliedRules rules = auditRules.applied(ruleSet.getId());
        for (ClaimInputs read : generator.inputs(institution, month, claim.getId())) {
            ClaimInputs inputs = read.under(rules);
            CareFeeResult result = CareFeeCalculator.compute(ruleSet.content(), inputs.request(month));
            ClaimLine line = new ClaimLine(claim.getId(), inputs, inputs.claimed(), result, ruleSet.getCode());
            claims.save(line);
            lines.add(line);
        }
        claim.generated(ruleSet.getCode(), lines, actor.username(), clock.instant());
        auditor.audit(claim.getId(), institution, month, lines, ruleSet, rules);
        audit.record(actor, "GENERATE_CLAIM", before, claim);
        return claim;
    }

    /**
     * Submits a draft: from the window's first day on; late ones go into the next cycle. The first submission
     * starts the settlement process; a returned claim's resubmission completes its correction step.
     */
    public CareClaim submit(Actor actor, long claimId) {
        CareClaim found = find(actor, claimId);
        requireOwnUser(actor, found.getInstitutionId());
        CareClaim claim = claims.ofMonthForUpdate(found.getInstitutionId(), found.getMonth()).orElseThrow();
        claim.requireDraft();
        SettlementTerms terms = termsOf(actor, claimId);
        LocalDate today = LocalDate.now(clock);
        YearMonth cycle = ClaimWindow.cycleOf(claim.getMonth(), today, terms).orElseThrow(() ->
                new BusinessException("claim.windowNotOpen", ClaimWindow.opensOn(claim.getMonth(), terms).toString()));
        Map<String, Object> before = claim.auditState();
        claim.submit(actor.username(), clock.instant(), cycle, payoutDue(today, terms));
        bedDays.closeMonth(actor, claim.getInstitutionId(), claim.getMonth());
        process.submitted(actor, claim);
        audit.record(actor, "SUBMIT_CLAIM", before, claim);
        return claim;
    }

    /**
     * 应支付日期 (rules.md §5): the rule set's number of working days after submission, by the holiday calendar. While
     * the calendar of the year the count reaches is not entered, as many calendar days — never later than the
     * working-day date, so the deadline is early rather than missing. Pages, the API and the workflow's task all show
     * this one date, stored on the claim at submission with how it was counted.
     */
    public DeadlineExplanation payoutDue(LocalDate submittedOn, SettlementTerms terms) {
        return calendar.explainLeniently(submittedOn, terms.payoutDeadlineWorkingDays());
    }

    /** The automatic audit's findings on the claim, for the institution before it submits and for the reviewers. */
    public List<ClaimFinding> findings(Actor actor, long claimId) {
        return auditor.of(find(actor, claimId).getId());
    }

    /** A claim for its institution's users (and API clients) and the bureau; another institution's is not found. */
    public CareClaim find(Actor actor, long claimId) {
        CareClaim claim = claims.find(claimId).orElseThrow(() -> new NotFoundException("CareClaim", claimId));
        if (!CareRecordAccess.mayRead(actor, claim.getInstitutionId())) {
            throw new NotFoundException("CareClaim", claimId);
        }
        return claim;
    }

    public List<ClaimLine> lines(Actor actor, long claimId) {
        return claims.lines(find(actor, claimId).getId());
    }

    /** The settlement terms (claim window, payout deadline) of the rule set the claim was computed with. */
    public SettlementTerms termsOf(Actor actor, long claimId) {
        CareClaim claim = find(actor, claimId);
        CareInstitution institution = institutions.find(claim.getInstitutionId()).orElseThrow();
        return ruleSets.byCode(institution.getOrganisation().getRegionCode(), claim.getRuleSetCode())
                .content().settlement();
    }

    /** The names of the claim's beneficiaries by insured id, for the claim page. */
    public Map<Long, String> beneficiaryNames(Actor actor, long claimId) {
        return insured.namesOf(claims.insuredOf(find(actor, claimId).getId()));
    }

    /** The bureau's view of a settlement cycle: every claim submitted into it, the payout due soonest first. */
    public List<CareClaim> ofCycle(Actor actor, YearMonth cycle) {
        actor.requireBureau("claim.read");
        return claims.ofCycle(cycle);
    }

    public List<CareClaim> ofInstitution(Actor actor, long institutionId) {
        CareRecordAccess.requireRead(actor, institutionId);
        return claims.ofInstitution(institutionId);
    }

    /** The institution's claim of the month, if there is one (under the same rule as {@link #ofInstitution}). */
    public Optional<CareClaim> ofInstitutionMonth(Actor actor, long institutionId, YearMonth month) {
        CareRecordAccess.requireRead(actor, institutionId);
        return claims.ofMonth(institutionId, month);
    }

    /**
     * Whether {@code actor} may generate and submit the claim of the month on screen ({@code claim}, null: none
     * yet) for institution {@code institutionId}: the same checks as {@link #generate} and {@link #submit}.
     */
    public boolean mayPrepare(Actor actor, Long institutionId, CareClaim claim) {
        return institutionId != null && isOwnUser(actor, institutionId) && (claim == null || claim.isEditable());
    }

    private static void requireOwnUser(Actor actor, long institutionId) {
        if (!isOwnUser(actor, institutionId)) {
            throw new AccessDeniedException("claim.prepare");
        }
    }

    private static boolean isOwnUser(Actor actor, long institutionId) {
        return actor.isInstitutionScoped() && actor.organisationId() == institutionId
                && actor.hasAny(Role.INSTITUTION_STAFF, Role.INSTITUTION_ADMIN);
    }
}
