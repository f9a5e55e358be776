package org.ltcare.policy;

/**
 * A kind of setting kept per rule-set version (the service catalogue, audit rules, deposit bands, the eligibility
 * table): {@link RuleSetService} finds every implementation through CDI and has each copy its settings into a new
 * draft and seed the reference settings into an installed version. Edits go through
 * {@link RuleSetAccess#editableDraft}, so a version in force never changes.
 *
 * <p>An EJB implementing it declares {@code @Local(VersionedSetting.class)} and {@code @LocalBean}, so that it is
 * found here and still injected by its class elsewhere.
 */
public interface VersionedSetting {

    /** Gives a new draft the settings of the version it was copied from. */
    void copy(long fromRuleSetId, long toRuleSetId);

    /** Gives a newly installed version the reference settings, unless it has some already. */
    void seedReferenceIfEmpty(long ruleSetId);
}
