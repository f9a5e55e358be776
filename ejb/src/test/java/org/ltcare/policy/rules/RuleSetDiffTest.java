package org.ltcare.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetDiffTest {

    private final RuleSetContent reference = ReferenceRuleSets.sd2025();

    @Test
    void aVersionDoesNotDifferFromItself() {
        assertTrue(RuleSetDiff.between(reference, reference).isEmpty());
    }

    @Test
    void aChangedRatioAndChangedEntitledGradesAreEachOneDifference() {
        List<CareTariff> tariffs = new ArrayList<>();
        for (CareTariff t : reference.care().tariffs()) {
            tariffs.add(t.careType() == CareType.HOME
                    ? new CareTariff(t.careType(), t.hospitalLevel(), new BigDecimal("0.85"), t.dailyLimit()) : t);
        }
        RuleSetContent changed = new RuleSetContent(reference.scale(),
                new Entitlement(java.util.Set.of(2, 3, 4, 5), reference.entitlement().minimumAge()),
                new CareTariffs(tariffs, reference.care().specializedMinimumHospitalLevel()),
                reference.procedure(), reference.settlement(), reference.homeCare(), reference.contracting());

        List<RuleSetDiff.Difference> differences = RuleSetDiff.between(reference, changed);

        assertEquals(2, differences.size(), differences.toString());
        assertEquals(new RuleSetDiff.Difference("entitlement.entitledGrades", "[3, 4, 5]", "[2, 3, 4, 5]"),
                differences.get(0));
        RuleSetDiff.Difference ratio = differences.get(1);
        assertTrue(ratio.path().startsWith("care.tariffs[") && ratio.path().endsWith("].fundRatio"), ratio.path());
        assertEquals("0.90", ratio.left());
        assertEquals("0.85", ratio.right());
    }
}
