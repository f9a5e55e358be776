package org.ltcare.policy.rules;

import java.util.Objects;

/**
 * Every policy number of one rule-set version, grouped by the process that uses it. Immutable; its identity
 * (region, code such as "SD-2025", effective date) is kept by whoever stores it, and every result records
 * which version it was computed with. The parts accept any numbers, so that a bureau's draft can be
 * held and shown; {@link RuleSetValidator} lists what is wrong, and only valid content is put in force.
 */
public record RuleSetContent(
        AssessmentScale scale,
        Entitlement entitlement,
        CareTariffs care,
        AssessmentProcedure procedure,
        SettlementTerms settlement,
        HomeCareTerms homeCare,
        ContractingTerms contracting) {

    public RuleSetContent {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(entitlement, "entitlement");
        Objects.requireNonNull(care, "care");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(homeCare, "homeCare");
        Objects.requireNonNull(contracting, "contracting");
    }
}
