package org.ltcare.settlement.claim;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ltcare.care.BedDayService;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * The reviews of a submitted claim (rules.md §5): the first review by an agency reviewer decides each line —
 * accepted as computed (lines without a decision are accepted: bulk acceptance of clean lines), deducted from the
 * fund share with a coded reason, or returned for correction, which sends the claim back to the institution (its
 * month's records open again; it may resubmit once); a second review by another reviewer; the payout approval by a
 * BUREAU_APPROVER who neither prepared nor reviewed the claim. The four eyes are enforced here, on the claim's own
 * record of who did what, not by convention. Audited.
 */
@Stateless
public class ClaimReviewService {

    /** Who answers for an escalated payout deadline. */
    private static final Role ESCALATION_HANDLER = Role.BUREAU_APPROVER;

    static final int NOTE_LENGTH = 200;

    @Inject
    private ClaimRepository claims;

    @Inject
    private BedDayService bedDays;

    @Inject
    private ClaimProcess process;

    @Inject
    private ClaimService claimService;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public CareClaim firstReview(Actor actor, long claimId, List<LineDecision> decisions) {
        require(actor, Role.AGENCY_REVIEWER);
        CareClaim claim = locked(claimId);
        Map<Long, ClaimLine> lines = new HashMap<>();
        claims.lines(claimId).forEach(line -> lines.put(line.getId(), line));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            check(decisions.get(i), lines.get(decisions.get(i).lineId()), "lines[" + i + "]", errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<String, Object> before = claim.auditState();
        boolean returned = false;
        BigDecimal deducted = BigDecimal.ZERO;
        Map<Long, LineDecision> byLine = new HashMap<>();
        decisions.forEach(d -> byLine.put(d.lineId(), d));
        for (ClaimLine line : lines.values()) {
            LineDecision decision = byLine.getOrDefault(line.getId(), LineDecision.accept(line.getId()));
            String note = decision.note() == null || decision.note().isBlank() ? null : decision.note().trim();
            line.decide(decision.review(), decision.amount(), decision.reason(), note);
            returned |= decision.review() == LineReview.RETURNED;
            deducted = deducted.add(line.getDeduction());
        }
        reviewedFirst(actor, claim, before, returned, deducted);
        return claim;
    }

    /** The first review's outcome on the claim, its month's records, its workflow and the audit trail. */
    private void reviewedFirst(Actor actor, CareClaim claim, Map<String, Object> before, boolean returned,
                               BigDecimal deducted) {
        claim.reviewedFirst(actor.username(), clock.instant(), returned, deducted);
        if (returned) {
            bedDays.reopenMonth(claim.getInstitutionId(), claim.getMonth());
        }
        process.firstReviewed(actor, claim, returned,
                ClaimWindow.correctionEndsOn(LocalDate.now(clock), claimService.termsOf(actor, claim.getId())));
        audit.record(actor, returned ? "RETURN_CLAIM" : "FIRST_REVIEW_CLAIM", before, claim);
    }

    /**
     * 一键初审通过 for a chunk of claims in one transaction (issue 23): each claim still at its first review gets
     * every line accepted as computed — one statement for all its lines, none of them loaded — and moves on through
     * the workflow like a first review without decisions; a claim another reviewer took meanwhile is passed over.
     * Returns the ids accepted.
     */
    public List<Long> acceptAsComputed(Actor actor, List<Long> claimIds) {
        require(actor, Role.AGENCY_REVIEWER);
        List<Long> accepted = new ArrayList<>();
        for (long claimId : claimIds) {
            CareClaim claim = locked(claimId);
            if (claim.getStatus() != ClaimStatus.SUBMITTED) {
                continue;
            }
            Map<String, Object> before = claim.auditState();
            claims.acceptAllLines(claimId);
            reviewedFirst(actor, claim, before, false, BigDecimal.ZERO);
            accepted.add(claimId);
        }
        return accepted;
    }

    /**
     * What this actor may do with the claim now: the review step its status waits for (their role and the four
     * eyes), and handling an escalated payout deadline (approvers) — so that a page offers exactly what the service
     * would accept.
     */
    public Set<ClaimAction> openActions(Actor actor, CareClaim claim) {
        if (actor.isInstitutionScoped()) {
            return Set.of();
        }
        Set<ClaimAction> open = EnumSet.noneOf(ClaimAction.class);
        reviewStep(actor, claim).ifPresent(open::add);
        if (actor.has(ESCALATION_HANDLER) && process.isEscalated(claim)) {
            open.add(ClaimAction.HANDLE_ESCALATION);
        }
        return open;
    }

    private static Optional<ClaimAction> reviewStep(Actor actor, CareClaim claim) {
        if (!claim.leavesNextStepTo(actor.username())) {
            return Optional.empty();
        }
        return switch (claim.getStatus()) {
            case SUBMITTED -> actor.has(Role.AGENCY_REVIEWER) ? Optional.of(ClaimAction.FIRST_REVIEW) : Optional.empty();
            case FIRST_REVIEWED -> actor.has(Role.AGENCY_REVIEWER)
                    ? Optional.of(ClaimAction.SECOND_REVIEW) : Optional.empty();
            case SECOND_REVIEWED -> actor.has(Role.BUREAU_APPROVER) ? Optional.of(ClaimAction.APPROVE) : Optional.empty();
            default -> Optional.empty();
        };
    }

    public CareClaim secondReview(Actor actor, long claimId) {
        require(actor, Role.AGENCY_REVIEWER);
        CareClaim claim = locked(claimId);
        Map<String, Object> before = claim.auditState();
        claim.reviewedSecond(actor.username(), clock.instant());
        process.secondReviewed(actor, claim);
        audit.record(actor, "SECOND_REVIEW_CLAIM", before, claim);
        return claim;
    }

    public CareClaim approve(Actor actor, long claimId) {
        require(actor, Role.BUREAU_APPROVER);
        CareClaim claim = locked(claimId);
        Map<String, Object> before = claim.auditState();
        claim.approve(actor.username(), clock.instant());
        claims.recordSpend(claimId);
        process.approved(actor, claim);
        audit.record(actor, "APPROVE_CLAIM", before, claim);
        return claim;
    }

    /**
     * The payout deadline's escalation, handled by an approver: what was done to speed the claim up (a note,
     * required), audited; the reviews go on as before.
     */
    public CareClaim escalationHandled(Actor actor, long claimId, String note) {
        require(actor, ESCALATION_HANDLER);
        String text = note == null ? "" : note.trim();
        if (text.isEmpty() || text.length() > NOTE_LENGTH) {
            throw new ValidationException(List.of(text.isEmpty() ? new FieldError("note", "validation.required")
                    : new FieldError("note", "validation.tooLong", List.of(String.valueOf(NOTE_LENGTH)))));
        }
        CareClaim claim = locked(claimId);
        Map<String, Object> before = claim.auditState();
        claim.escalationHandled(actor.username(), clock.instant(), text);
        process.escalationHandled(actor, claim, text);
        audit.record(actor, "ESCALATION_HANDLED", before, claim);
        return claim;
    }

    /**
     * The correction period of a returned claim ended without a resubmission (the process's timer): the claim goes
     * back to the first review as it stands, may not be returned again, and its month's records close again.
     */
    public void correctionLapsed(Actor system, long claimId) {
        CareClaim claim = locked(claimId);
        Map<String, Object> before = claim.auditState();
        claim.correctionLapsed();
        bedDays.closeAgain(claim.getInstitutionId(), claim.getMonth(), system.username());
        audit.record(system, "CORRECTION_LAPSED", before, claim);
    }

    /** A deduction needs an amount above 0 and at most the line's fund share, and a reason; a return a reason. */
    private static void check(LineDecision decision, ClaimLine line, String field, List<FieldError> errors) {
        if (line == null) {
            errors.add(new FieldError(field, "claim.review.unknownLine"));
            return;
        }
        if (decision.review() == null || decision.review() == LineReview.PENDING) {
            errors.add(new FieldError(field, "validation.required"));
            return;
        }
        if (decision.review() == LineReview.DEDUCTED) {
            BigDecimal amount = decision.amount();
            if (amount == null || amount.signum() <= 0 || amount.scale() > 2
                    || amount.compareTo(line.getAmounts().getFundShare()) > 0) {
                errors.add(new FieldError(field + ".amount", "claim.review.amount",
                        List.of(line.getAmounts().getFundShare().toPlainString())));
            }
        }
        if (decision.review() != LineReview.ACCEPTED) {
            if (decision.reason() == null) {
                errors.add(new FieldError(field + ".reason", "validation.required"));
            } else if (decision.reason() == ReviewReason.OTHER
                    && (decision.note() == null || decision.note().isBlank())) {
                errors.add(new FieldError(field + ".note", "claim.review.noteRequired"));
            }
        }
        if (decision.note() != null && decision.note().trim().length() > NOTE_LENGTH) {
            errors.add(new FieldError(field + ".note", "validation.tooLong", List.of(String.valueOf(NOTE_LENGTH))));
        }
    }

    /** The claim, its row locked until the transaction ends (one query). */
    private CareClaim locked(long claimId) {
        return claims.findForUpdate(claimId)
                .orElseThrow(() -> new org.ltcare.shared.NotFoundException("CareClaim", claimId));
    }

    private static void require(Actor actor, Role role) {
        if (!actor.has(role) || actor.isInstitutionScoped()) {
            throw new AccessDeniedException("claim.reviewAction");
        }
    }
}
