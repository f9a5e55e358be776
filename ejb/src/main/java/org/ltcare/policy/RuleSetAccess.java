package org.ltcare.policy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Who may read and edit which rule-set version, written once for {@link RuleSetService} and every
 * {@link VersionedSetting}: bureau roles read their own region's versions; system administrators edit drafts, and
 * only drafts (the one draft guard: a version in force or retired never changes).
 */
@Stateless
public class RuleSetAccess {

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private UserAccountRepository accounts;

    /** The version in force in the region on the date; an explicit error when there is none. */
    public RuleSet inForce(String regionCode, LocalDate date) {
        return ruleSets.inForce(regionCode, date)
                .orElseThrow(() -> new BusinessException("ruleSet.noneInForce", regionCode, date.toString()));
    }

    public String regionOf(Actor actor) {
        return accounts.regionOf(actor);
    }

    /** A version of the actor's region; another region's is not found. */
    public RuleSet find(Actor actor, long id) {
        requireReader(actor);
        return ruleSets.find(id).filter(found -> found.getRegionCode().equals(regionOf(actor)))
                .orElseThrow(() -> new NotFoundException("RuleSet", id));
    }

    /** @throws AccessDeniedException unless a bureau role that reads policy asks */
    public void requireReader(Actor actor) {
        if (!actor.hasAny(Role.AGENCY_REVIEWER, Role.BUREAU_APPROVER, Role.SYSTEM_ADMIN, Role.AUDITOR,
                Role.ASSESSMENT_SUPERVISOR)) {
            throw new AccessDeniedException("ruleSet.read");
        }
    }

    /**
     * A draft the actor may edit; {@code what} names the refused action (e.g. {@code catalogue.edit}).
     *
     * @throws AccessDeniedException unless a system administrator asks
     * @throws BusinessException when the version is not a draft
     */
    public RuleSet editableDraft(Actor actor, long id, String what) {
        requireEditor(actor, what);
        RuleSet draft = find(actor, id);
        draft.requireDraft();
        return draft;
    }

    /** Whether the actor may change the version's settings now: a system administrator, on a draft. */
    public boolean mayEdit(Actor actor, RuleSet ruleSet) {
        return actor.has(Role.SYSTEM_ADMIN) && ruleSet.getStatus() == RuleSetStatus.DRAFT;
    }

    /** @throws AccessDeniedException unless a system administrator asks */
    public void requireEditor(Actor actor, String what) {
        if (!actor.has(Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException(what);
        }
    }
}
