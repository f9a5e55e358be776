package org.ltcare.settlement.payout;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.policy.RuleSetService;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimRepository;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.node.ThisNode;
import org.ltcare.shared.security.Actor;

/**
 * The steps of a payout run, each in a transaction of its own: one institution's claims are paid together — rows,
 * claims and the batch's totals commit at once or not at all — so a run cut off between institutions resumes with
 * the next one and nothing is paid twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PayoutStep {

    @Inject
    private PayoutRepository payouts;

    @Inject
    private ClaimRepository claims;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private ThisNode node;

    public void start(Actor actor, long batchId) {
        PayoutBatch batch = payouts.lock(batchId);
        Map<String, Object> before = batch.auditState();
        batch.running(node.bootId());
        audit.record(actor, "RUN_PAYOUT", before, batch);
    }

    /**
     * Pays the institution's unpaid claims of the batch: the deposit at each claim's rule-set rate is withheld, the
     * rest goes to the institution's account as the profile gives it now (kept on the row).
     *
     * @return false, paying nothing, when the batch is no longer run by this node: another node has taken it over
     *     (this one was taken for lost) or an officer ran it again there
     * @throws BusinessException "payout.noBankAccount" when the institution has no complete bank account
     */
    public boolean payInstitution(Actor actor, long batchId, long institutionId) {
        PayoutBatch batch = payouts.lock(batchId);
        if (!batch.isRunBy(node.bootId())) {
            return false;
        }
        List<Payout> rows = payouts.pendingForUpdate(batchId, institutionId);
        if (rows.isEmpty()) {
            return true;
        }
        CareInstitution institution = institutions.find(institutionId).orElseThrow();
        BankAccount account = BankAccount.of(institution);
        if (!account.isComplete()) {
            throw new BusinessException("payout.noBankAccount", institution.getName());
        }
        Map<String, Object> batchBefore = batch.auditState();
        BigDecimal deposit = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (Payout row : rows) {
            CareClaim claim = claims.find(row.getClaimId()).orElseThrow();
            Map<String, Object> before = claim.auditState();
            BigDecimal rate = ruleSets.byCode(institution.getOrganisation().getRegionCode(), claim.getRuleSetCode())
                    .content().settlement().qualityDepositRate();
            row.pay(rate, account, clock.instant());
            claim.paid(batchId, clock.instant());
            deposit = deposit.add(row.getDeposit());
            paid = paid.add(row.getPaid());
            audit.record(actor, "PAY_CLAIM", before, claim);
        }
        batch.add(rows.size(), deposit, paid);
        audit.record(actor, "PAY_INSTITUTION", batchBefore, batch);
        return true;
    }

    public void failed(Actor actor, long batchId, String why) {
        PayoutBatch batch = payouts.lock(batchId);
        Map<String, Object> before = batch.auditState();
        batch.failed(why);
        audit.record(actor, "PAYOUT_STOPPED", before, batch);
    }

    public void completed(Actor actor, long batchId) {
        PayoutBatch batch = payouts.lock(batchId);
        if (batch.getRun().isCompleted()) {
            return; // a second run that found nothing left to pay
        }
        Map<String, Object> before = batch.auditState();
        batch.completed(clock.instant());
        audit.record(actor, "PAYOUT_COMPLETED", before, batch);
    }
}
