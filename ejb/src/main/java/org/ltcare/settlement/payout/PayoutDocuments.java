package org.ltcare.settlement.payout;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ltcare.care.CareRecordAccess;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.insured.InsuredRepository;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimLine;
import org.ltcare.settlement.claim.ClaimRepository;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * The files of a payout batch: the bank payment file (bureau roles, once the batch is completed) and each
 * institution's statement (bureau roles and the institution's own users).
 */
@Stateless
public class PayoutDocuments {

    @Inject
    private PayoutRepository payouts;

    @Inject
    private ClaimRepository claims;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private InsuredRepository insured;

    @Inject
    private UserAccountRepository accounts;

    public byte[] paymentFile(Actor actor, long batchId) {
        PayoutService.requireRead(actor);
        PayoutBatch batch = batch(actor, batchId);
        if (!batch.getRun().isCompleted()) {
            throw new BusinessException("payout.notCompleted", batchId);
        }
        List<Payout> rows = payouts.rows(batchId);
        Map<Long, CareInstitution> byId = new HashMap<>();
        rows.forEach(r -> byId.computeIfAbsent(r.getInstitutionId(), id -> institutions.find(id).orElseThrow()));
        return PaymentFile.write(batch, rows, byId);
    }

    /** The institutions of the batch that have been paid, for the statements' list. */
    public List<CareInstitution> paidInstitutions(Actor actor, long batchId) {
        PayoutService.requireRead(actor);
        batch(actor, batchId);
        return payouts.rows(batchId).stream().filter(Payout::isPaid).map(Payout::getInstitutionId).distinct()
                .map(id -> institutions.find(id).orElseThrow()).toList();
    }

    /** The institution's statement as a PDF. */
    public byte[] statement(Actor actor, long batchId, long institutionId) {
        Statement content = statementOf(actor, batchId, institutionId);
        try {
            return StatementPdf.render(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The institution's statement as an Excel workbook. */
    public byte[] statementWorkbook(Actor actor, long batchId, long institutionId) {
        Statement content = statementOf(actor, batchId, institutionId);
        try {
            return StatementXlsx.render(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Statement statementOf(Actor actor, long batchId, long institutionId) {
        CareRecordAccess.requireRead(actor, institutionId);
        PayoutBatch batch = batch(actor, batchId);
        Map<Long, Payout> rows = new java.util.LinkedHashMap<>();
        payouts.rows(batchId).stream().filter(r -> r.getInstitutionId() == institutionId && r.isPaid())
                .forEach(r -> rows.put(r.getClaimId(), r));
        if (rows.isEmpty()) {
            throw new NotFoundException("Statement", batchId + "/" + institutionId);
        }
        List<CareClaim> paidClaims = rows.keySet().stream().map(id -> claims.find(id).orElseThrow()).toList();
        Map<Long, List<ClaimLine>> lines = new HashMap<>();
        Set<Long> people = new HashSet<>();
        for (CareClaim claim : paidClaims) {
            List<ClaimLine> claimLines = claims.lines(claim.getId());
            lines.put(claim.getId(), claimLines);
            claimLines.forEach(l -> people.add(l.getInsuredId()));
        }
        Map<Long, String> names = insured.namesOf(people);
        return new Statement(batch, institutions.find(institutionId).orElseThrow(), paidClaims, rows, lines, names);
    }

    /**
     * The batch, for a bureau user only if it pays their region's institutions (another region's is not found); an
     * institution's user was already limited to their own institution's rows.
     */
    private PayoutBatch batch(Actor actor, long batchId) {
        return payouts.find(batchId)
                .filter(b -> actor.isInstitutionScoped() || payouts.isOfRegion(batchId, accounts.regionOf(actor)))
                .orElseThrow(() -> new NotFoundException("PayoutBatch", batchId));
    }
}
