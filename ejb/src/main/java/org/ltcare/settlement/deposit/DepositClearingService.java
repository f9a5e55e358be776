package org.ltcare.settlement.deposit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ltcare.care.CareRecordAccess;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.institution.evaluation.AnnualEvaluationService;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.deposit.DepositBandService;
import org.ltcare.policy.deposit.ReleaseSchedule;
import org.ltcare.settlement.payout.BankAccount;
import org.ltcare.settlement.payout.PaymentFile;
import org.ltcare.settlement.payout.PayoutRepository;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * The annual clearing of the quality deposit (rules.md §5): once a year is over, an agency officer prepares each
 * institution's clearing — the deposit withheld from its paid claims for care in that year, released by its
 * evaluation score's band of the rule set in force on 31 December, the rest kept by the fund — and an approver who
 * did not prepare it approves it. Institutions without an evaluation wait. A statement per institution; the bank
 * file of the released amounts. Once prepared, an institution's year is not cleared again (unique). Each bureau
 * clears the institutions of its own region.
 */
@Stateless
public class DepositClearingService {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private AnnualEvaluationService evaluations;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private DepositBandService bands;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private UserAccountRepository accounts;

    /** The year at a glance: the clearings made, and the institutions with a deposit still to clear. */
    public ClearingYear year(Actor actor, int year) {
        requireBureau(actor);
        String region = accounts.regionOf(actor);
        List<DepositClearing> made = clearings(year, region);
        List<Withheld> open = new ArrayList<>();
        Map<Long, Integer> scores = new HashMap<>();
        for (Withheld withheld : withheld(year, region)) {
            if (made.stream().noneMatch(c -> c.getInstitutionId() == withheld.institutionId())) {
                open.add(withheld);
                evaluations.scoreFor(withheld.institutionId(), year)
                        .ifPresent(score -> scores.put(withheld.institutionId(), score));
            }
        }
        return new ClearingYear(year, made, open, scores);
    }

    /** Clears every evaluated institution of a past year that is not cleared yet. */
    /** Agency officers prepare a year's clearing; an approver (another person) approves it. */
    public boolean mayPrepare(Actor actor) {
        return actor.isBureau(Role.AGENCY_REVIEWER);
    }

    public boolean mayApprove(Actor actor) {
        return actor.isBureau(Role.BUREAU_APPROVER);
    }

    public List<DepositClearing> prepare(Actor actor, int year) {
        actor.requireBureau(Role.AGENCY_REVIEWER, "clearing.prepare");
        if (year >= LocalDate.now(clock).getYear()) {
            throw new BusinessException("clearing.yearNotOver", year);
        }
        ClearingYear now = year(actor, year);
        List<DepositClearing> prepared = new ArrayList<>();
        for (Withheld withheld : now.open()) {
            Integer score = now.scores().get(withheld.institutionId());
            if (score == null) {
                continue;
            }
            CareInstitution institution = institutions.find(withheld.institutionId()).orElseThrow();
            RuleSet ruleSet = ruleSets.inForce(institution.getOrganisation().getRegionCode(),
                    LocalDate.of(year, 12, 31));
            ReleaseSchedule.Band band = bands.scheduleOf(ruleSet.getId()).bandOf(score);
            DepositClearing clearing = new DepositClearing(withheld.institutionId(), year, ruleSet.getCode(),
                    withheld, score, band, actor.username(), clock.instant());
            em.persist(clearing);
            audit.record(actor, "PREPARE_CLEARING", null, clearing);
            prepared.add(clearing);
        }
        if (prepared.isEmpty()) {
            throw new BusinessException("clearing.nothingToPrepare", year);
        }
        return prepared;
    }

    /** Approves the year's prepared clearings; refused as a whole if the approver prepared any of them. */
    public List<DepositClearing> approve(Actor actor, int year) {
        actor.requireBureau(Role.BUREAU_APPROVER, "clearing.approve");
        List<DepositClearing> approved = new ArrayList<>();
        for (DepositClearing clearing : clearings(year, accounts.regionOf(actor))) {
            if (!clearing.isApproved()) {
                Map<String, Object> before = clearing.auditState();
                clearing.approve(actor.username(), clock.instant());
                audit.record(actor, "APPROVE_CLEARING", before, clearing);
                approved.add(clearing);
            }
        }
        return approved;
    }

    /** The institution's clearing statement (PDF): bureau roles of its region and the institution's own users. */
    public byte[] statement(Actor actor, long clearingId) {
        DepositClearing clearing = Optional.ofNullable(em.find(DepositClearing.class, clearingId))
                .orElseThrow(() -> new NotFoundException("DepositClearing", clearingId));
        CareRecordAccess.requireRead(actor, clearing.getInstitutionId());
        CareInstitution institution = institutions.find(clearing.getInstitutionId()).orElseThrow();
        if (!actor.isInstitutionScoped()
                && !institution.getOrganisation().getRegionCode().equals(accounts.regionOf(actor))) {
            throw new NotFoundException("DepositClearing", clearingId);
        }
        try {
            return ClearingStatementPdf.render(clearing, institution);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bank file of the released deposits of a year's approved clearings, to the accounts on the profiles. */
    public byte[] releaseFile(Actor actor, int year) {
        requireBureau(actor);
        List<PaymentFile.Transfer> transfers = new ArrayList<>();
        for (DepositClearing clearing : clearings(year, accounts.regionOf(actor))) {
            if (!clearing.isApproved() || clearing.getReleased().signum() <= 0) {
                continue;
            }
            CareInstitution institution = institutions.find(clearing.getInstitutionId()).orElseThrow();
            BankAccount account = BankAccount.of(institution);
            if (!account.isComplete()) {
                throw new BusinessException("payout.noBankAccount", institution.getName());
            }
            transfers.add(new PaymentFile.Transfer(institution.getName(), institution.getCreditCode(), account,
                    clearing.getReleased(), "LTC-Q" + year + "-I" + institution.getId()));
        }
        return PaymentFile.write(transfers);
    }

    /** Deposit withheld per institution of the region from paid claims for care in the year. */
    List<Withheld> withheld(int year, String region) {
        List<Object[]> rows = em.createQuery("select p.institutionId, sum(p.deposit), count(p) from Payout p, "
                + "CareClaim c where c.id = p.claimId and p.status = 'PAID' and c.month like :year "
                + "and p.institutionId in (" + PayoutRepository.INSTITUTIONS_OF_REGION + ") "
                + "group by p.institutionId order by p.institutionId", Object[].class)
                .setParameter("year", year + "-%").setParameter("region", region).getResultList();
        return rows.stream().map(r -> new Withheld((Long) r[0], (BigDecimal) r[1], ((Number) r[2]).intValue()))
                .toList();
    }

    private List<DepositClearing> clearings(int year, String region) {
        return em.createQuery("select c from DepositClearing c where c.year = :year and c.institutionId in ("
                + PayoutRepository.INSTITUTIONS_OF_REGION + ") order by c.institutionId", DepositClearing.class)
                .setParameter("year", year).setParameter("region", region).getResultList();
    }

    private static void requireBureau(Actor actor) {
        actor.requireBureau("clearing.read");
    }
}
