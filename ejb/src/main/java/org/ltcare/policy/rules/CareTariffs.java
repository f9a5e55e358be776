package org.ltcare.policy.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The care types a rule set offers, with their tariffs: a type is offered exactly when it has a tariff.
 * {@code specializedMinimumHospitalLevel} is the lowest hospital level that may be contracted for specialised
 * care (reference 2); the tariff table still lists level 1 for regions, and old agreements, that allow it.
 */
public record CareTariffs(List<CareTariff> tariffs, int specializedMinimumHospitalLevel) {

    /** Chinese hospitals are graded 一级 to 三级. */
    public static final int LOWEST_HOSPITAL_LEVEL = 1;
    public static final int HIGHEST_HOSPITAL_LEVEL = 3;

    public CareTariffs {
        tariffs = List.copyOf(Objects.requireNonNull(tariffs, "tariffs"));
    }

    public boolean offers(CareType careType) {
        return tariffs.stream().anyMatch(t -> t.careType() == careType);
    }

    public Set<CareType> offeredCareTypes() {
        Set<CareType> offered = EnumSet.noneOf(CareType.class);
        tariffs.forEach(t -> offered.add(t.careType()));
        return offered;
    }

    /**
     * The tariff for a care type; the hospital level counts only for specialised care and is ignored otherwise.
     */
    public Optional<CareTariff> tariffFor(CareType careType, Integer hospitalLevel) {
        Integer level = careType.isTariffedByHospitalLevel() ? hospitalLevel : null;
        return tariffs.stream()
                .filter(t -> t.careType() == careType && Objects.equals(t.hospitalLevel(), level))
                .findFirst();
    }
}
