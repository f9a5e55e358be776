package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ltcare.policy.Region;
import org.ltcare.policy.RegionRepository;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.RuleSetStatus;
import org.ltcare.policy.rules.CareTariff;
import org.ltcare.policy.rules.CareTariffs;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.ReferenceRuleSets;
import org.ltcare.policy.rules.RuleSetContent;
import org.ltcare.policy.rules.ScoreRange;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.ImpairmentLevel;
import org.ltcare.settlement.CareFeeService;
import org.ltcare.settlement.fee.CareFeeRequest;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Rule-set versions in the deployed application: resolution by date, validation of drafts, refused overlaps,
 * succession, audit, and results that stay what they were when a new version takes over. Each test works in a
 * region of its own, so that the demo region's reference set is never touched.
 */
class RuleSetServiceIT extends IntegrationTest {

    @Inject
    RuleSetService ruleSets;

    @Inject
    CareFeeService careFees;

    @Inject
    RegionRepository regions;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditLog audit;

    private String region;
    private Actor admin;
    private RuleSet reference;

    @BeforeEach
    void aRegionOfItsOwnWithTheReferenceSetFrom2025() {
        region = "9" + (10000 + ThreadLocalRandom.current().nextInt(89999));
        regions.save(new Region(region, "测试统筹区" + region));
        Organisation bureau = new Organisation("B" + region, "测试医保局" + region, OrganisationKind.BUREAU, region);
        accounts.save(bureau);
        admin = new Actor("rules-admin", bureau.getId(), OrganisationKind.BUREAU, EnumSet.of(Role.SYSTEM_ADMIN));
        reference = ruleSets.install(admin, region, "SD-2025", "参考规则", ReferenceRuleSets.sd2025(),
                LocalDate.of(2025, 1, 1));
    }

    @Test
    void theVersionInForceIsFoundByDate() {
        assertEquals("SD-2025", ruleSets.inForce(region, LocalDate.of(2025, 1, 1)).getCode());
        assertEquals("SD-2025", ruleSets.inForce(region, LocalDate.of(2030, 6, 1)).getCode());
        BusinessException none = assertThrows(BusinessException.class,
                () -> ruleSets.inForce(region, LocalDate.of(2024, 12, 31)));
        assertEquals("ruleSet.noneInForce", none.messageKey());
    }

    @Test
    void anInvalidBandEditIsRefusedWithItsMessageAndChangesNothing() {
        RuleSet draft = ruleSets.createDraft(admin, reference.getId(), "SD-2026", "2026 版");
        RuleSetContent gap = withAdlBand(draft.content(), ImpairmentLevel.MILD, new ScoreRange(70, 95));

        ValidationException refused = assertThrows(ValidationException.class,
                () -> ruleSets.saveDraft(admin, draft.getId(), "2026 版", gap));
        assertTrue(refused.errors().stream().anyMatch(e -> e.messageKey().equals("ruleset.band.gap")),
                "a gap between the MILD and MODERATE bands is named: " + refused.errors());
        assertEquals(new ScoreRange(65, 95),
                ruleSets.find(admin, draft.getId()).content().scale().bands().get(Dimension.ADL)
                        .get(ImpairmentLevel.MILD), "the draft kept its valid band");
    }

    @Test
    void anActiveVersionCannotBeEdited() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> ruleSets.saveDraft(admin, reference.getId(), "改", reference.content()));
        assertEquals("ruleSet.notDraft", refused.messageKey());
    }

    @Test
    void overlappingRangesAreRefusedButAnOpenEndedSuccessorEndsItsPredecessor() {
        RuleSet bounded = ruleSets.createDraft(admin, reference.getId(), "SD-2026A", "有期限版本");
        BusinessException overlap = assertThrows(BusinessException.class, () -> ruleSets.activate(admin,
                bounded.getId(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertEquals("ruleSet.overlap", overlap.messageKey());
        assertEquals(RuleSetStatus.DRAFT, ruleSets.find(admin, bounded.getId()).getStatus());

        RuleSet successor = ruleSets.createDraft(admin, reference.getId(), "SD-2026", "2026 版");
        ruleSets.activate(admin, successor.getId(), LocalDate.of(2026, 1, 1), null);
        assertEquals(LocalDate.of(2025, 12, 31), ruleSets.find(admin, reference.getId()).getEffectiveTo());
        assertEquals("SD-2025", ruleSets.inForce(region, LocalDate.of(2025, 12, 31)).getCode());
        assertEquals("SD-2026", ruleSets.inForce(region, LocalDate.of(2026, 1, 1)).getCode());

        RuleSet before = ruleSets.createDraft(admin, reference.getId(), "SD-2025B", "回溯版本");
        assertEquals("ruleSet.overlap", assertThrows(BusinessException.class, () -> ruleSets.activate(admin,
                before.getId(), LocalDate.of(2025, 6, 1), null)).messageKey(),
                "an open-ended version starting inside an earlier one's closed range is refused");
    }

    @Test
    void aFeeComputedUnderVersionOneIsUnchangedAfterVersionTwoIsActivated() {
        Actor institution = admin;
        CareFeeRequest march2025 = new CareFeeRequest(YearMonth.of(2025, 3), CareType.RESIDENTIAL, null, 5,
                new BigDecimal("80.00"), LocalDate.of(2024, 6, 10), null, Set.of(LocalDate.of(2025, 3, 5)), null,
                Set.of(), Set.of());
        CareFeeService.Computed first = careFees.trial(institution, null, march2025);

        RuleSet draft = ruleSets.createDraft(admin, reference.getId(), "SD-2026", "2026 版：院护提高");
        ruleSets.saveDraft(admin, draft.getId(), "2026 版：院护提高",
                withTariff(draft.content(), CareType.RESIDENTIAL, "0.80", "70.00"));
        ruleSets.activate(admin, draft.getId(), LocalDate.of(2026, 1, 1), null);

        CareFeeService.Computed again = careFees.trial(institution, null, march2025);
        assertEquals("SD-2025", again.ruleSetCode());
        assertEquals(first.result(), again.result());
        assertEquals(new BigDecimal("1350.00"), again.result().fundShare());

        CareFeeRequest march2026 = new CareFeeRequest(YearMonth.of(2026, 3), CareType.RESIDENTIAL, null, 5,
                new BigDecimal("80.00"), LocalDate.of(2024, 6, 10), null, Set.of(LocalDate.of(2026, 3, 5)), null,
                Set.of(), Set.of());
        CareFeeService.Computed later = careFees.trial(institution, null, march2026);
        assertEquals("SD-2026", later.ruleSetCode());
        assertEquals(new BigDecimal("1680.00"), later.result().fundShare(), "30 days × 70.00 × 0.80");
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfter() {
        RuleSet draft = ruleSets.createDraft(admin, reference.getId(), "SD-2026", "2026 版");
        ruleSets.saveDraft(admin, draft.getId(), "2026 版（修订）", draft.content());
        ruleSets.activate(admin, draft.getId(), LocalDate.of(2026, 1, 1), null);

        List<String> actions = audit.history("RuleSet", String.valueOf(draft.getId())).stream()
                .map(e -> e.getAction()).toList();
        assertEquals(List.of("CREATE_DRAFT", "EDIT_DRAFT", "ACTIVATE"), actions);
        assertTrue(audit.history("RuleSet", String.valueOf(reference.getId())).stream()
                .anyMatch(e -> e.getAction().equals("END") && e.getBeforeState().contains("\"effectiveTo\":null")));
    }

    private static RuleSetContent withAdlBand(RuleSetContent content, ImpairmentLevel level, ScoreRange range) {
        AssessmentScale scale = content.scale();
        Map<Dimension, Map<ImpairmentLevel, ScoreRange>> bands = new java.util.EnumMap<>(Dimension.class);
        scale.bands().forEach((dimension, levels) -> bands.put(dimension, new java.util.EnumMap<>(levels)));
        bands.get(Dimension.ADL).put(level, range);
        return new RuleSetContent(new AssessmentScale(scale.items(), bands, scale.matrix()), content.entitlement(),
                content.care(), content.procedure(), content.settlement(), content.homeCare(), content.contracting());
    }

    private static RuleSetContent withTariff(RuleSetContent content, CareType type, String ratio, String limit) {
        List<CareTariff> tariffs = new ArrayList<>();
        for (CareTariff tariff : content.care().tariffs()) {
            tariffs.add(tariff.careType() == type
                    ? new CareTariff(type, tariff.hospitalLevel(), new BigDecimal(ratio), new BigDecimal(limit))
                    : tariff);
        }
        return new RuleSetContent(content.scale(), content.entitlement(),
                new CareTariffs(tariffs, content.care().specializedMinimumHospitalLevel()), content.procedure(),
                content.settlement(), content.homeCare(), content.contracting());
    }
}
