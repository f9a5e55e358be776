package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.ltcare.benefit.EligibilityDecision;
import org.ltcare.benefit.MedicalIndication;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.policy.EligibilityTable;
import org.ltcare.policy.EligibilityTableService;
import org.ltcare.policy.Region;
import org.ltcare.policy.RegionRepository;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.ReferenceRuleSets;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * A rule-set version's own eligibility table: checked on upload (nothing stored when refused), copied into a draft
 * made from the version, fixed once in force, and the one care assignment then decides with.
 */
class EligibilityTableIT extends IntegrationTest {

    @Inject
    RuleSetService ruleSets;

    @Inject
    EligibilityTableService eligibilityTables;

    @Inject
    RegionRepository regions;

    @Inject
    UserAccountRepository accounts;

    @Inject
    EligibilityDecision eligibility;

    @Inject
    Institutions institutions;

    @Test
    void aDraftTakesAStricterTableWhichThenDecides() {
        String region = "7" + (10000 + ThreadLocalRandom.current().nextInt(89999));
        regions.save(new Region(region, "测试统筹区" + region));
        Organisation bureau = new Organisation("B" + region, "测试医保局" + region, OrganisationKind.BUREAU, region);
        accounts.save(bureau);
        Actor admin = new Actor("rules-admin", bureau.getId(), OrganisationKind.BUREAU, EnumSet.of(Role.SYSTEM_ADMIN));
        RuleSet reference = ruleSets.install(admin, region, "SD-2025", "参考规则", ReferenceRuleSets.sd2025(),
                LocalDate.of(2025, 1, 1));
        RuleSet draft = ruleSets.createDraft(admin, reference.getId(), "SD-2026", "专护五级");

        ValidationException refused = assertThrows(ValidationException.class,
                () -> eligibilityTables.save(admin, draft.getId(), "<definitions/>"));
        assertTrue(refused.errors().get(0).messageKey().startsWith("ruleSet.dmn."));
        assertNull(ruleSets.find(admin, draft.getId()).getCareEligibilityDmn(), "nothing stored");
        String stricter = EligibilityTable.reference().replace("<text>&lt; 4</text>", "<text>&lt; 5</text>");
        RuleSet withOwn = eligibilityTables.save(admin, draft.getId(), stricter);
        assertEquals(stricter, eligibilityTables.tableOf(admin, draft.getId()));
        assertThrows(BusinessException.class, () -> eligibilityTables.save(admin, reference.getId(), stricter),
                "a version in force keeps its table");

        CareInstitution hospital = institutions.aNew(InstitutionKind.HOSPITAL, 2, region);
        Set<MedicalIndication> indication = Set.of(MedicalIndication.TRACHEOSTOMY);
        assertTrue(eligibility.decide(reference, 4, 70, indication, CareType.SPECIALIZED, hospital).eligible());
        assertEquals("SPECIALIZED_GRADE",
                eligibility.decide(withOwn, 4, 70, indication, CareType.SPECIALIZED, hospital).reason());
        assertEquals(stricter, ruleSets.createDraft(admin, withOwn.getId(), "SD-2027", "复制").getCareEligibilityDmn(),
                "a copy keeps the table");
    }
}
