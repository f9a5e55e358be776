package org.ltcare.policy.deposit;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetAccess;
import org.ltcare.policy.VersionedSetting;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.Actor;

/**
 * The score bands of the quality deposit's annual clearing per rule-set version (rules.md §5): read by the bureau,
 * replaced by the administrator on drafts, copied into new drafts, the reference bands on installation — 90 and
 * above all released, 80–89 80 %, 70–79 50 %, below 70 nothing (reference values; verify per city).
 */
@Stateless
@LocalBean
@Local(VersionedSetting.class)
public class DepositBandService implements VersionedSetting {

    static final List<ReleaseSchedule.Band> REFERENCE = List.of(new ReleaseSchedule.Band(0, BigDecimal.ZERO),
            new ReleaseSchedule.Band(70, new BigDecimal("0.5")), new ReleaseSchedule.Band(80, new BigDecimal("0.8")),
            new ReleaseSchedule.Band(90, BigDecimal.ONE));

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private RuleSetAccess ruleSets;

    @Inject
    private AuditLog audit;

    public ReleaseSchedule schedule(Actor actor, long ruleSetId) {
        return scheduleOf(ruleSets.find(actor, ruleSetId).getId());
    }

    /** The version's schedule (the reference one if it has no bands of its own). */
    public ReleaseSchedule scheduleOf(long ruleSetId) {
        List<DepositBand> stored = stored(ruleSetId);
        return ReleaseSchedule.of(stored.isEmpty() ? REFERENCE : stored.stream()
                .map(b -> new ReleaseSchedule.Band(b.getMinScore(), b.getReleasedShare())).toList());
    }

    /** Replaces a draft's bands; refused as a whole if the schedule is not valid. */
    public ReleaseSchedule replace(Actor actor, long ruleSetId, List<ReleaseSchedule.Band> bands) {
        RuleSet draft = ruleSets.editableDraft(actor, ruleSetId, "depositBands.edit");
        ReleaseSchedule schedule = ReleaseSchedule.of(bands);
        for (DepositBand old : stored(draft.getId())) {
            audit.record(actor, "REMOVE_DEPOSIT_BAND", old.auditState(), old);
            em.remove(old);
        }
        em.flush();
        for (ReleaseSchedule.Band band : schedule.bands()) {
            DepositBand saved = new DepositBand(draft.getId(), band.minScore(), band.share());
            em.persist(saved);
            audit.record(actor, "SET_DEPOSIT_BAND", (Map<String, Object>) null, saved);
        }
        return schedule;
    }

    @Override
    public void copy(long fromRuleSetId, long toRuleSetId) {
        stored(fromRuleSetId).forEach(b -> em.persist(b.copyFor(toRuleSetId)));
    }

    @Override
    public void seedReferenceIfEmpty(long ruleSetId) {
        if (stored(ruleSetId).isEmpty()) {
            REFERENCE.forEach(b -> em.persist(new DepositBand(ruleSetId, b.minScore(), b.share())));
        }
    }

    private List<DepositBand> stored(long ruleSetId) {
        return em.createQuery("select b from DepositBand b where b.ruleSetId = :ruleSet order by b.minScore",
                DepositBand.class).setParameter("ruleSet", ruleSetId).getResultList();
    }
}
