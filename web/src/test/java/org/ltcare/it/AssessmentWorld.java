package org.ltcare.it;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.ltcare.assessment.ApplicantRole;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.Assessment;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.AssessmentRepository;
import org.ltcare.assessment.Assessor;
import org.ltcare.assessment.AssessorRelation;
import org.ltcare.assessment.AssessorRepository;
import org.ltcare.assessment.ExpertReviewService;
import org.ltcare.assessment.MaterialKind;
import org.ltcare.assessment.NewApplication;
import org.ltcare.assessment.NewMaterial;
import org.ltcare.assessment.OnSiteAssessmentService;
import org.ltcare.assessment.OnSiteVisit;
import org.ltcare.assessment.RelationKind;
import org.ltcare.assessment.ResidenceKind;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.InsuranceType;
import org.ltcare.insured.InsuredService;
import org.ltcare.insured.importing.InsuredRow;
import org.ltcare.policy.Region;
import org.ltcare.policy.RegionRepository;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.rules.ReferenceRuleSets;
import org.ltcare.shared.calendar.CalendarService;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;

/**
 * Test fixture of the assessment capability: a region of its own (so the demo data is never touched) with the
 * reference rule set, the agency's reviewer, an assessment agency with its supervisor and assessors (each with a
 * login, as dispatch requires), and a care institution; and applications filed and accepted there.
 */
@Dependent
public class AssessmentWorld {

    /**
     * Who acts in one test's region — its bureau's administrator and approver, the agency's two reviewers (four
     * eyes), the assessment agency's supervisor — and its assessors with their actors (by assessor id).
     */
    public record World(String region, Actor admin, Actor reviewer, Actor reviewer2, Actor approver,
                        Actor supervisor, long institutionId, List<Assessor> assessors,
                        Map<Long, Actor> assessorActors) {

        public Actor actorOf(Assessor assessor) {
            return assessorActors.get(assessor.getId());
        }
    }

    @Inject
    RegionRepository regions;

    @Inject
    UserAccountRepository accounts;

    @Inject
    TestLogins logins;

    @Inject
    AssessorRepository assessorRepository;

    @Inject
    RuleSetService ruleSets;

    @Inject
    InsuredService insured;

    @Inject
    ApplicationService applications;

    @Inject
    CalendarService calendar;

    @Inject
    AssessmentRepository assessments;

    @Inject
    OnSiteAssessmentService onSite;

    @Inject
    ExpertReviewService review;

    public World create(int assessorCount) {
        String region = "8" + (10000 + ThreadLocalRandom.current().nextInt(89999));
        regions.save(new Region(region, "测试区" + region));
        Organisation bureau = organisation("B", region, OrganisationKind.BUREAU);
        Organisation agency = organisation("A", region, OrganisationKind.AGENCY);
        Organisation assessing = organisation("P", region, OrganisationKind.ASSESSMENT_AGENCY);
        Organisation institution = organisation("I", region, OrganisationKind.CARE_INSTITUTION);
        Actor admin = new Actor("it-admin-" + region, bureau.getId(), OrganisationKind.BUREAU,
                EnumSet.of(Role.SYSTEM_ADMIN));
        ruleSets.install(admin, region, "SD-2025", "参考规则", ReferenceRuleSets.sd2025(), LocalDate.of(2025, 1, 1));
        List<Assessor> pool = new ArrayList<>();
        Map<Long, Actor> actors = new LinkedHashMap<>();
        for (int i = 1; i <= assessorCount; i++) {
            String username = "it-assessor-" + region + "-" + i;
            UserAccount account = new UserAccount(username, "评估员" + i, "-", assessing,
                    EnumSet.of(Role.ASSESSOR), Instant.now());
            accounts.save(account);
            Assessor assessor = new Assessor(assessing.getId(), account.getId(), "评估员" + i);
            assessorRepository.save(assessor);
            pool.add(assessor);
            actors.put(assessor.getId(), account.toActor());
        }
        ensureCalendarCoversTheNextMonths(admin);
        return new World(region, admin,
                new Actor("it-reviewer-" + region, agency.getId(), OrganisationKind.AGENCY,
                        EnumSet.of(Role.AGENCY_REVIEWER)),
                new Actor("it-reviewer2-" + region, agency.getId(), OrganisationKind.AGENCY,
                        EnumSet.of(Role.AGENCY_REVIEWER)),
                new Actor("it-approver-" + region, bureau.getId(), OrganisationKind.BUREAU,
                        EnumSet.of(Role.BUREAU_APPROVER)),
                new Actor("it-supervisor-" + region, assessing.getId(), OrganisationKind.ASSESSMENT_AGENCY,
                        EnumSet.of(Role.ASSESSMENT_SUPERVISOR)),
                institution.getId(), List.copyOf(pool), Map.copyOf(actors));
    }

    /**
     * A login (password "test") for one of the world's people, for the browser: the region's own bureau users act
     * on its cycles, so that nothing of the demo's region or another test's is touched.
     */
    public String login(Actor actor) {
        if (accounts.findByUsername(actor.username()).isEmpty()) {
            logins.save(actor.username(), actor.username(), accounts.organisation(actor.organisationId()),
                    actor.roles());
        }
        return actor.username();
    }

    public void relate(World world, Assessor assessor, RelationKind kind) {
        assessorRepository.save(new AssessorRelation(assessor.getId(), world.institutionId(), kind, "测试关联",
                world.admin().username(), Instant.now()));
    }

    /** A person of the world's region, filed at home (or living in the world's institution) and accepted. */
    public AssessmentApplication acceptedApplication(World world, boolean livesInTheInstitution) {
        return applications.accept(world.reviewer(), filedApplication(world, livesInTheInstitution).getId());
    }

    /** A case of the world's region assessed grade 3, confirmed, approved by the supervisor and in its public notice. */
    public AssessmentApplication inNotice(World world) {
        AssessmentApplication application = acceptedApplication(world, false);
        Assessment round = assessments.latestOf(application.getId()).orElseThrow();
        OnSiteVisit visit = new OnSiteVisit(LocalDate.now(ClockProducer.ZONE), LocalTime.of(9, 30), "测试路1号", "卧床为主");
        onSite.submit(world.actorOf(round.getAssessorA()), round.getId(), Scores.grade3(), visit);
        onSite.confirm(world.actorOf(round.getAssessorB()), round.getId());
        review.approve(world.supervisor(), round.getId());
        return application;
    }

    /** A person of the world's region, filed at home (or living in the world's institution), not yet accepted. */
    public AssessmentApplication filedApplication(World world, boolean livesInTheInstitution) {
        return filedFor(world, registeredPerson(world), livesInTheInstitution);
    }

    /** A new insured person of the world's region: their ID number. */
    public String registeredPerson(World world) {
        String idNumber = Insureds.freshIdNumber();
        insured.register(world.reviewer(), new InsuredRow(1, IdNumber.parse(idNumber), Insureds.nameFor("测试", idNumber),
                InsuranceType.RESIDENT, world.region(), LocalDate.of(2020, 1, 1), null, null));
        return idNumber;
    }

    /** The person's application, filed by the world's reviewer at the counter, not yet accepted. */
    public AssessmentApplication filedFor(World world, String idNumber, boolean livesInTheInstitution) {
        Long institution = livesInTheInstitution ? world.institutionId() : null;
        AssessmentApplication filed = applications.file(world.reviewer(), new NewApplication(idNumber,
                ApplicantRole.SELF, Insureds.nameFor("测试", idNumber), null, "13900001111",
                livesInTheInstitution ? ResidenceKind.INSTITUTION : ResidenceKind.HOME,
                livesInTheInstitution ? null : "测试路1号", institution,
                List.of(NewMaterial.seenOnPaper(MaterialKind.ID_DOCUMENT),
                        NewMaterial.seenOnPaper(MaterialKind.DIAGNOSIS))));
        return filed;
    }

    private Organisation organisation(String prefix, String region, OrganisationKind kind) {
        Organisation organisation = new Organisation(prefix + region, "测试" + kind.name() + region, kind, region);
        accounts.save(organisation);
        return organisation;
    }

    /**
     * Deadlines count working days from today and may reach into a year whose holiday notice is not out yet; the
     * test database then gets that year without holidays, so that no test starts failing on a date.
     */
    private void ensureCalendarCoversTheNextMonths(Actor admin) {
        int nextYear = LocalDate.now(ClockProducer.ZONE).plusMonths(3).getYear();
        if (calendar.years(admin).stream().noneMatch(y -> y.year() == nextYear)) {
            calendar.addYear(admin, nextYear, "测试用：无节假日");
        }
    }
}
