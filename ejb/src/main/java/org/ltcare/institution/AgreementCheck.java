package org.ltcare.institution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ltcare.policy.rules.CareTariffs;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * Which care types an institution may be contracted for (rules.md §3–4), and the numbers of an agreement: 专护 only
 * in a hospital (or township hospital) of at least the rule set's level with an LTC ward; 院护 in a nursing home,
 * an integrated township hospital or a hospital with nursing beds; 家护 by any institution but a village clinic;
 * 巡护 by township hospitals and village clinics; only care types the region's rule set offers. Places are
 * positive (bed-based types at most the beds), charges are yuan with at most two decimals, dates in order.
 */
public final class AgreementCheck {

    private static final Map<CareType, Set<InstitutionKind>> PROVIDERS = Map.of(
            CareType.SPECIALIZED, EnumSet.of(InstitutionKind.HOSPITAL, InstitutionKind.INTEGRATED),
            CareType.RESIDENTIAL, EnumSet.of(InstitutionKind.NURSING_HOME, InstitutionKind.INTEGRATED,
                    InstitutionKind.HOSPITAL),
            CareType.HOME, EnumSet.of(InstitutionKind.HOME_CARE_AGENCY, InstitutionKind.NURSING_HOME,
                    InstitutionKind.INTEGRATED, InstitutionKind.HOSPITAL),
            CareType.VISITING, EnumSet.of(InstitutionKind.INTEGRATED, InstitutionKind.VILLAGE_CLINIC));

    private AgreementCheck() {
    }

    /** Every problem of the terms, field by field ("careTypes.SPECIALIZED", "careTypes.HOME.places", "validUntil"). */
    public static List<FieldError> problems(InstitutionFacts institution, CareTariffs rules, AgreementTerms terms) {
        List<FieldError> errors = careTypeProblems(institution, rules, terms.careTypes());
        if (terms.validFrom() == null) {
            errors.add(error("validFrom", "validation.required"));
        }
        if (terms.validUntil() == null) {
            errors.add(error("validUntil", "validation.required"));
        } else if (terms.validFrom() != null && !terms.validUntil().isAfter(terms.validFrom())) {
            errors.add(error("validUntil", "agreement.datesOutOfOrder"));
        }
        return errors;
    }

    /**
     * The problems of the care types alone (who may provide which, places, charges): what an application asks for
     * is checked so before its dates are known.
     */
    public static List<FieldError> careTypeProblems(InstitutionFacts institution, CareTariffs rules,
                                                    List<AgreedCareType> careTypes) {
        List<FieldError> errors = new ArrayList<>();
        if (careTypes.isEmpty()) {
            errors.add(error("careTypes", "agreement.careTypes.none"));
        }
        Set<CareType> seen = new HashSet<>();
        for (AgreedCareType agreed : careTypes) {
            String field = "careTypes." + agreed.careType().name();
            if (!seen.add(agreed.careType())) {
                errors.add(error(field, "agreement.careType.duplicate"));
                continue;
            }
            checkProvider(institution, rules, agreed.careType(), field, errors);
            checkNumbers(institution, agreed, field, errors);
        }
        return errors;
    }

    private static void checkProvider(InstitutionFacts institution, CareTariffs rules, CareType careType, String field,
                                      List<FieldError> errors) {
        if (!rules.offers(careType)) {
            errors.add(error(field, "agreement.careType.notOffered"));
        } else if (!PROVIDERS.get(careType).contains(institution.kind())) {
            errors.add(error(field, "agreement.careType.notForKind"));
        } else if (careType == CareType.SPECIALIZED) {
            int required = rules.specializedMinimumHospitalLevel();
            Integer level = institution.hospitalLevel();
            if (level == null || level < required) {
                errors.add(new FieldError(field, "agreement.specialized.levelTooLow",
                        List.of(level == null ? "—" : String.valueOf(level), String.valueOf(required))));
            } else if (!institution.ltcWard()) {
                errors.add(error(field, "agreement.specialized.noLtcWard"));
            }
        }
    }

    private static void checkNumbers(InstitutionFacts institution, AgreedCareType agreed, String field,
                                     List<FieldError> errors) {
        boolean bedBased = agreed.careType() == CareType.SPECIALIZED || agreed.careType() == CareType.RESIDENTIAL;
        if (agreed.places() <= 0) {
            errors.add(error(field + ".places", "agreement.places.notPositive"));
        } else if (bedBased && agreed.places() > institution.beds()) {
            errors.add(new FieldError(field + ".places", "agreement.places.moreThanBeds",
                    List.of(String.valueOf(institution.beds()))));
        }
        BigDecimal charge = agreed.dailyCharge();
        if (charge.signum() < 0) {
            errors.add(error(field + ".dailyCharge", "agreement.charge.negative"));
        } else if (charge.stripTrailingZeros().scale() > 2) {
            errors.add(error(field + ".dailyCharge", "agreement.charge.tooManyDecimals"));
        }
    }

    private static FieldError error(String field, String key) {
        return new FieldError(field, key, List.of());
    }
}
