package org.ltcare.demo.city;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ltcare.policy.rules.AssessmentProcedure;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.RuleSetContent;
import org.ltcare.shared.crypto.FieldCipher;

/**
 * The city's insured people, and for a quarter of them an accepted application, an approved assessment and its
 * conclusion — graded from generated item scores by the rule set — and for a fifth an admission: 10 % 专护 in the
 * hospitals, 40 % 院护 in the nursing homes and township hospitals, 50 % 家护. Six in ten are in care when the
 * history starts; the others are assessed and admitted during it, each from the first benefit day the rule set
 * gives their conclusion on. Written with JDBC batches.
 */
final class CityPopulation {

    /** 青岛: the generated homes lie within about 20 km of it. */
    private static final double LATITUDE = 36.07;
    private static final double LONGITUDE = 120.38;

    private final Connection connection;
    private final CityPlan plan;
    private final Random random;
    private final CityIdNumbers idNumbers;

    CityPopulation(Connection connection, CityPlan plan, Random random, CityIdNumbers idNumbers) {
        this.connection = connection;
        this.plan = plan;
        this.random = random;
        this.idNumbers = idNumbers;
    }

    /** Everything a row needs from the region: its rule set and organisations, the history's first and last day. */
    record Setting(long ruleSetId, String ruleSetCode, RuleSetContent rules, long agencyId, long assessingId,
                   LocalDate firstDay, LocalDate yesterday, LocalDateTime now,
                   Map<CareType, List<CityInstitution>> institutions) {
    }

    List<CityAdmission> write(Setting setting) throws SQLException {
        long personId = IdBlocks.reserve(connection, "insured_person", plan.insured());
        long applicationId = IdBlocks.reserve(connection, "assessment_application", plan.concluded());
        long assessmentId = IdBlocks.reserve(connection, "assessment", plan.concluded());
        long conclusionId = IdBlocks.reserve(connection, "assessment_conclusion", plan.concluded());
        long admissionId = IdBlocks.reserve(connection, "care_admission", plan.inCare());
        GradeProfiles profiles = new GradeProfiles(setting.rules().scale(), random);
        List<Integer> entitled = setting.rules().entitlement().entitledGrades().stream().sorted().toList();
        List<CityAdmission> admitted = new ArrayList<>();
        Map<CareType, Integer> placed = new EnumMap<>(CareType.class);
        try (BatchInsert people = new BatchInsert(connection, "insured_person", "id", "id_number", "name", "gender",
                "birth_date", "insurance_type", "region_code", "enrolled_on", "enrolment_status", "address",
                "created_at", "id_number_index");
             BatchInsert applications = new BatchInsert(connection, "assessment_application", "id", "insured_id",
                     "applicant_role", "applicant_name", "contact_phone", "residence_kind", "residence_address",
                     "filed_by_username", "filed_by_org_id", "filed_at", "status", "decided_by_username",
                     "decided_at").after(people);
             BatchInsert assessments = new BatchInsert(connection, "assessment", "id", "application_id", "round_no",
                     "purpose", "agency_id", "status", "dispatch_manner", "dispatched_by", "dispatched_at",
                     "item_scores", "on_site_date", "entered_by", "entered_at", "confirmed_by", "confirmed_at",
                     "reviewed_by", "reviewed_at", "rule_set_id", "rule_set_code", "adl_score", "cognition_score",
                     "perception_score", "grade").after(applications);
             BatchInsert conclusions = new BatchInsert(connection, "assessment_conclusion", "id", "document_number",
                     "application_id", "assessment_id", "insured_id", "grade", "adl_score", "cognition_score",
                     "perception_score", "item_scores", "rule_set_id", "rule_set_code", "concluded_on",
                     "valid_through", "benefit_from", "status", "issued_at").after(assessments);
             BatchInsert admissions = new BatchInsert(connection, "care_admission", "id", "insured_id",
                     "application_id", "conclusion_id", "care_type", "institution_id", "status", "indications",
                     "rule_set_code", "requested_by", "requested_at", "admitted_on", "starts_on", "visits_per_week",
                     "decided_by", "decided_at").after(conclusions)) {
            for (int i = 0; i < plan.insured(); i++) {
                long person = personId + i;
                boolean inCare = i < plan.inCare();
                boolean concluded = i < plan.concluded();
                LocalDate born = LocalDate.of(concluded ? 1928 : 1940, 1, 1)
                        .plusDays(random.nextInt(concluded ? 9_000 : 18_000));
                CityIdNumbers.Issued idNumber = idNumbers.next(born);
                String name = CityNames.person(random);
                String address = CityNames.address(random);
                people.add(person, idNumber.encrypted(), name,
                        (idNumber.number().value().charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE", born,
                        random.nextInt(10) < 7 ? "EMPLOYEE" : "RESIDENT", plan.regionCode(),
                        LocalDate.of(2008, 1, 1).plusDays(random.nextInt(4_000)), "ENROLLED", address,
                        setting.now(), idNumber.index());
                if (!concluded) {
                    continue;
                }
                // in care: an entitled grade (more of the lighter ones); assessed only: mostly below it
                int wanted = inCare || random.nextInt(10) < 4
                        ? entitled.get(Math.min(entitled.size() - 1, (int) (random.nextDouble() * random.nextDouble()
                        * entitled.size() * 1.6)))
                        : random.nextInt(Math.max(1, entitled.get(0)));
                GradeProfiles.Profile profile = profiles.of(wanted, random);
                LocalDate concludedOn = conclusionDate(setting);
                AssessmentProcedure procedure = setting.rules().procedure();
                LocalDate benefitFrom = procedure.firstBenefitDay(concludedOn);
                LocalDateTime filed = concludedOn.minusDays(25).atTime(9, 30);
                LocalDateTime decided = filed.plusDays(2);
                LocalDateTime assessed = concludedOn.minusDays(8).atTime(10, 0);
                LocalDateTime issued = concludedOn.atTime(16, 0);
                long application = applicationId + i;
                applications.add(application, person, "GUARDIAN", CityNames.person(random),
                        FieldCipher.encrypt("1385321" + String.format("%04d", i % 10_000)), "HOME", address, "city",
                        setting.agencyId(), filed, "ACCEPTED", "city", decided);
                var result = profile.result();
                assessments.add(assessmentId + i, application, 1, "INITIAL", setting.assessingId(), "APPROVED",
                        "RANDOM", "city", decided, profile.json(), assessed.toLocalDate(), "city", assessed,
                        "city", assessed.plusHours(1), "city", assessed.plusDays(3), setting.ruleSetId(),
                        setting.ruleSetCode(), result.adlScore(), result.cognitionScore(), result.perceptionScore(),
                        profile.grade());
                conclusions.add(conclusionId + i, "PGC-" + (conclusionId + i), application, assessmentId + i,
                        person, profile.grade(), result.adlScore(), result.cognitionScore(),
                        result.perceptionScore(), profile.json(), setting.ruleSetId(), setting.ruleSetCode(),
                        concludedOn, procedure.conclusionValidThrough(concludedOn), benefitFrom, "IN_FORCE", issued);
                if (!inCare || !setting.rules().entitlement().entitles(profile.grade())
                        || benefitFrom.isAfter(setting.yesterday())) {
                    continue;
                }
                CareType type = i % 10 == 0 ? CareType.SPECIALIZED : i % 10 < 5 ? CareType.RESIDENTIAL
                        : CareType.HOME;
                List<CityInstitution> candidates = setting.institutions().get(type);
                // round the type's institutions in turn (the person's number would favour a few of them)
                CityInstitution at = candidates.get(placed.merge(type, 1, Integer::sum) % candidates.size());
                LocalDate starts = benefitFrom.isBefore(setting.firstDay()) ? setting.firstDay()
                        : min(benefitFrom.plusDays(random.nextInt(20)), setting.yesterday());
                long admission = admissionId + admitted.size();
                admissions.add(admission, person, application, conclusionId + i, type.name(), at.id, "ADMITTED",
                        type == CareType.SPECIALIZED ? "TRACHEOSTOMY" : null, setting.ruleSetCode(), "city",
                        starts.atTime(9, 0), starts, starts, type == CareType.HOME ? 13 : null, at.staffUsername,
                        starts.atTime(11, 0));
                admitted.add(new CityAdmission(admission, person, at, at.admitted++, starts,
                        LATITUDE + (random.nextDouble() - 0.5) * 0.3, LONGITUDE + (random.nextDouble() - 0.5) * 0.3));
            }
        }
        return admitted;
    }

    /**
     * Six in ten of those assessed were concluded on the 1st of the month before the history,
     * so that their benefit covers it from its first day; the rest on a day of the history up to last month.
     */
    private LocalDate conclusionDate(Setting setting) {
        if (random.nextInt(10) < 6) {
            return setting.firstDay().minusMonths(1);
        }
        long span = ChronoUnit.DAYS.between(setting.firstDay(), setting.yesterday().withDayOfMonth(1));
        return setting.firstDay().plusDays(span <= 0 ? 0 : random.nextLong(span));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
