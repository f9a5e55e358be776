package org.ltcare.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.Assessor;
import org.ltcare.assessment.AssessorRelation;
import org.ltcare.assessment.AssessorRepository;
import org.ltcare.assessment.RelationKind;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.CreditCode;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.InstitutionProfile;
import org.ltcare.institution.InstitutionService;
import org.ltcare.care.worker.CareWorkerForm;
import org.ltcare.care.worker.CareWorkerService;
import org.ltcare.institution.LicenceForm;
import org.ltcare.institution.LicenceKind;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.InsuredRepository;
import org.ltcare.policy.Region;
import org.ltcare.policy.RegionRepository;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.rules.ReferenceRuleSets;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.ApiTokens;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.PasswordHasher;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.UserAccountRepository;

/** The demo city (青岛 style reference region): organisations, users, institutions, insured people, applications. */
@Stateless
public class DemoData {

    static final String REGION = "370200";

    @Inject
    private RegionRepository regions;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private InsuredRepository insured;

    @Inject
    private ApplicationService applicationService;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Inject
    private ApiTokens tokens;

    /**
     * The second factor of every demo login whose role requires one: printed with the logins (demo-logins.txt) so
     * that anyone trying the demo adds it to an authenticator app once, or computes codes with {@code oathtool}.
     */
    public static final String TWO_FACTOR_SECRET = "LTCDEMOTWOFACTORSECRETJ4N6K2P7QX";

    /** The demo's printed tokens last as long as a demo data directory is likely to. */
    private static final java.time.Duration DEMO_TOKEN_VALIDITY = java.time.Duration.ofDays(3650);

    @Inject
    private RuleSetService ruleSetService;

    @Inject
    private AssessorRepository assessors;

    @Inject
    private InstitutionService institutionService;

    @Inject
    private CareWorkerService careWorkers;

    /**
     * Every login of demo-logins.txt, and an assessor record for each assessor login: creates what is missing,
     * so that a data directory made by an older version gets the logins the run command prints.
     */
    public void ensureLoginsAndAssessors() {
        for (DemoLogins.Login login : DemoLogins.read()) {
            UserAccount account = accounts.findByUsername(login.username()).orElse(null);
            boolean machine = login.roles().stream().allMatch(Role::isMachineRole);
            if (account == null) {
                Organisation organisation = accounts.findOrganisationByCode(login.organisationCode()).orElseThrow();
                // A machine credential's printed "password" is its bearer token; its account has none.
                account = machine ? UserAccount.machine(login.username(), login.description(), organisation,
                        login.roles().iterator().next(), clock.instant())
                        : new UserAccount(login.username(), login.description(),
                        hasher.hash(login.password().toCharArray()), organisation, login.roles(), clock.instant());
                accounts.save(account);
            }
            if (account.requiresSecondFactor() && !account.isSecondFactorEnrolled()) {
                account.enrolSecondFactor(TWO_FACTOR_SECRET, List.of(), clock.instant());
            }
            if (machine && !tokens.exists(login.password())) {
                tokens.issue(Actor.system("demo"), account, login.password(), DEMO_TOKEN_VALIDITY);
            }
            if (login.roles().contains(Role.ASSESSOR) && !assessors.existsForUser(account.getId())) {
                assessors.save(new Assessor(account.getOrganisation().getId(), account.getId(),
                        personName(login.description())));
            }
        }
    }

    /**
     * A conflict of interest to see in the demo: assessor1 (王芳) works at 福寿园护理院, so she is never drawn for
     * its residents. Recorded once; a supervisor may change it on the screen afterwards.
     */
    public void ensureAssessorRelations() {
        Assessor wangFang = accounts.findByUsername("assessor1")
                .flatMap(account -> assessors.ofUser(account.getUsername())).orElseThrow();
        if (assessors.relationsOf(wangFang.getId()).isEmpty()) {
            long nursingHome = accounts.findOrganisationByCode("INST-NH1").orElseThrow().getId();
            assessors.save(new AssessorRelation(wangFang.getId(), nursingHome, RelationKind.EMPLOYED,
                    "演示：兼职护理评估", "demo", clock.instant()));
        }
    }

    /**
     * Credit codes, staff numbers, payout accounts and a licence for the demo institutions that have none (also for
     * data directories made before the registry had them). Hospitals and the township hospital are public
     * institutions (12…), nursing homes private non-enterprise units (52…), the home-care agency a company (91…).
     */
    public void ensureInstitutionProfiles() {
        Actor reviewer = accounts.findByUsername("reviewer").orElseThrow().toActor();
        for (CareInstitution institution : institutions.all()) {
            // Only the demo's own institutions (codes INST-…), and each code from its id: unique whatever else
            // has been added to the registry since.
            if (institution.getCreditCode() != null || !institution.getOrganisation().getCode().startsWith("INST-")) {
                continue;
            }
            long sequence = institution.getId();
            String type = switch (institution.getKind()) {
                case HOSPITAL, INTEGRATED, VILLAGE_CLINIC -> "12";
                case NURSING_HOME -> "52";
                case HOME_CARE_AGENCY -> "91";
            };
            CreditCode code = CreditCode.fromFirst17(type + REGION + String.format("MB%07d", sequence % 10_000_000));
            institutionService.updateProfile(reviewer, institution.getId(), new InstitutionProfile(code.value(),
                    institution.getBeds(), Math.max(4, institution.getBeds() / 4), institution.getAddress(),
                    "张主任", "0532-8" + String.format("%07d", 1234560 + sequence % 1000), "中国工商银行青岛分行",
                    institution.getName(), "380300" + String.format("%013d", sequence)));
            LicenceKind kind = institution.getKind() == InstitutionKind.NURSING_HOME
                    || institution.getKind() == InstitutionKind.HOME_CARE_AGENCY
                    ? LicenceKind.ELDERLY_CARE_FILING : LicenceKind.MEDICAL_PRACTICE;
            institutionService.addLicence(reviewer, institution.getId(), new LicenceForm(kind,
                    "PDY" + code.value().substring(8, 17), "青岛市卫生健康委员会（演示）", LocalDate.of(2022, 3, 1),
                    LocalDate.now(clock).plusYears(2)));
        }
    }

    /**
     * Care workers of the demo nursing home and home-care agency (registered by their administrators), so that
     * visits can name one; each only once.
     */
    public void ensureCareWorkers() {
        String[][] demo = {
            {"nhadmin", "赵秀兰", "370202197803150021", "养老护理员（四级）"},
            {"nhadmin", "钱丽", "370202198206220046", "护士执业证书"},
            {"hcadmin", "孙建国", "370203197511080015", "养老护理员（三级）"},
            {"hcadmin", "李梅", "370203198904120028", "养老护理员（四级）"},
            {"hcadmin", "周芳", "370203199207300043", "护士执业证书"},
        };
        for (String[] worker : demo) {
            Actor admin = accounts.findByUsername(worker[0]).orElseThrow().toActor();
            if (careWorkers.ofInstitution(admin, admin.organisationId()).stream()
                    .noneMatch(w -> w.getName().equals(worker[1]))) {
                String idNumber = org.ltcare.insured.IdNumber.fromFirst17(worker[2].substring(0, 17)).value();
                careWorkers.register(admin, admin.organisationId(),
                        new CareWorkerForm(worker[1], idNumber, worker[3], null));
            }
        }
    }

    /** "评估员（王芳）" → "王芳". */
    static String personName(String description) {
        int open = description.indexOf('（');
        int close = description.indexOf('）', open + 1);
        return open >= 0 && close > open ? description.substring(open + 1, close) : description;
    }

    /** 参考规则 SD-2025 in force in the demo region from 2025-01-01; safe to call on every start. */
    public void ensureReferenceRuleSet() {
        Actor installer = accounts.findByUsername("admin").orElseThrow().toActor();
        ruleSetService.install(installer, REGION, ReferenceRuleSets.SD_2025, "参考规则 SD-2025",
                ReferenceRuleSets.sd2025(), LocalDate.of(2025, 1, 1));
    }

    public void load() {
        regions.save(new Region(REGION, "青岛市（演示）"));
        Map<String, Organisation> organisations = new HashMap<>();
        for (DemoOrganisations.Org org : DemoOrganisations.ALL) {
            Organisation organisation = new Organisation(org.code(), org.name(), org.kind(), REGION);
            accounts.save(organisation);
            organisations.put(org.code(), organisation);
            if (org.kind() == OrganisationKind.CARE_INSTITUTION) {
                institutions.save(new CareInstitution(organisation, org.institutionKind(), org.hospitalLevel(),
                        org.institutionKind() == InstitutionKind.HOSPITAL, org.beds(), org.address()));
            }
        }
        ensureLoginsAndAssessors();
        // Filing reads the acceptance deadline from the rule set in force.
        ensureReferenceRuleSet();
        List<InsuredPerson> people = DemoPeople.generate(200, REGION, clock);
        people.forEach(insured::save);
        DemoApplications.fileSome(applicationService, people, organisations, accounts);
    }
}
