package org.ltcare.policy.rules;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Validates the care tariffs: at least one offered care type, one tariff per (care type, hospital level),
 * hospital levels only for specialised care and then for every level 1–3, ratios 0–1 and limits in whole fen.
 */
final class TariffCheck {

    private TariffCheck() {
    }

    static void check(CareTariffs care, Problems problems) {
        if (care.tariffs().isEmpty()) {
            problems.add("tariffs", RuleSetMessage.TARIFFS_EMPTY);
        }
        Set<String> seen = new HashSet<>();
        for (CareTariff tariff : care.tariffs()) {
            if (!seen.add(tariff.path())) {
                problems.add(tariff.path(), RuleSetMessage.TARIFF_DUPLICATE);
            }
            checkHospitalLevel(tariff, problems);
            problems.requireRatio(tariff.path() + ".fundRatio", tariff.fundRatio());
            problems.requireAmount(tariff.path() + ".dailyLimit", tariff.dailyLimit());
        }
        if (care.offers(CareType.SPECIALIZED)) {
            for (int level = CareTariffs.LOWEST_HOSPITAL_LEVEL; level <= CareTariffs.HIGHEST_HOSPITAL_LEVEL; level++) {
                if (care.tariffFor(CareType.SPECIALIZED, level).isEmpty()) {
                    problems.add("tariffs." + CareType.SPECIALIZED, RuleSetMessage.TARIFF_LEVEL_MISSING, level);
                }
            }
        }
        if (!isHospitalLevel(care.specializedMinimumHospitalLevel())) {
            problems.add("specializedMinimumHospitalLevel", RuleSetMessage.HOSPITAL_LEVEL_OUT_OF_RANGE,
                    care.specializedMinimumHospitalLevel(), CareTariffs.LOWEST_HOSPITAL_LEVEL,
                    CareTariffs.HIGHEST_HOSPITAL_LEVEL);
        }
    }

    private static void checkHospitalLevel(CareTariff tariff, Problems problems) {
        Integer level = tariff.hospitalLevel();
        if (tariff.careType().isTariffedByHospitalLevel()) {
            if (level == null || !isHospitalLevel(level)) {
                problems.add(tariff.path(), RuleSetMessage.TARIFF_HOSPITAL_LEVEL_INVALID, Objects.toString(level, ""),
                        CareTariffs.LOWEST_HOSPITAL_LEVEL, CareTariffs.HIGHEST_HOSPITAL_LEVEL);
            }
        } else if (level != null) {
            problems.add(tariff.path(), RuleSetMessage.TARIFF_HOSPITAL_LEVEL_NOT_APPLICABLE, level);
        }
    }

    private static boolean isHospitalLevel(int level) {
        return level >= CareTariffs.LOWEST_HOSPITAL_LEVEL && level <= CareTariffs.HIGHEST_HOSPITAL_LEVEL;
    }
}
