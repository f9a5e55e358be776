package org.ltcare.benefit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.AssessmentConclusion;
import org.ltcare.assessment.ConclusionRepository;
import org.ltcare.institution.AgreementService;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.institution.SanctionService;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetRepository;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.BusinessException;

/**
 * Where a person with an entitled conclusion may be cared for (rules.md §3): for a care type, each institution of the
 * person's region checked by one {@link PlaceCheck} — the list of options shows every answer (offered, or why not,
 * with the eligibility table's rule), and a choice is refused by the same check.
 */
@Stateless
public class CarePlaces {

    @Inject
    private ConclusionRepository conclusions;

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private AgreementService agreements;

    @Inject
    private SanctionService sanctions;

    @Inject
    private EligibilityDecision eligibility;

    @Inject
    private AdmissionRepository admissions;

    @Inject
    private Clock clock;

    /**
     * The institutions of the person's region with an agreement for {@code careType} from the first day care could
     * start, each with its check: the offered ones first (most free places first), then the others with why.
     */
    public List<CareOption> options(AssessmentApplication application, CareType careType,
                                    Set<MedicalIndication> indications) {
        AssessmentConclusion conclusion = entitledConclusion(application);
        LocalDate day = firstPossibleDay(conclusion);
        String region = application.getInsured().getRegionCode();
        List<PlaceCheck> checked = new ArrayList<>();
        for (CareInstitution institution : institutions.all()) {
            if (institution.getOrganisation().getRegionCode().equals(region)) {
                PlaceCheck check = check(application, conclusion, careType, indications, institution, day);
                if (check.agreed()) {
                    checked.add(check);
                }
            }
        }
        return checked.stream().map(CareOption::of)
                .sorted(Comparator.comparing((CareOption o) -> !o.offered()).thenComparing(CareOption::free,
                        Comparator.reverseOrder()))
                .toList();
    }

    /** The one check of the institution for the person and care type from {@code day}. */
    public PlaceCheck check(AssessmentApplication application, AssessmentConclusion conclusion, CareType careType,
                            Set<MedicalIndication> indications, CareInstitution institution, LocalDate day) {
        Eligibility answer = eligibility.decide(rulesOf(conclusion), conclusion.getGrade(), ageOn(application, day),
                indications, careType, institution);
        var line = agreements.inForce(institution.getId(), day).flatMap(a -> a.lineFor(careType)).orElse(null);
        var stop = sanctions.admissionStopOn(institution.getId(), day).orElse(null);
        long occupied = line == null ? 0 : admissions.occupiedFrom(institution.getId(), careType, day);
        return new PlaceCheck(institution, answer, line, stop, occupied);
    }

    /** The person's conclusion in force, if its grade is entitled; otherwise refused with why. */
    public AssessmentConclusion entitledConclusion(AssessmentApplication application) {
        AssessmentConclusion conclusion = conclusions.inForceFor(application.getInsured().getId(), false)
                .orElseThrow(() -> new BusinessException("care.noConclusion"));
        if (!rulesOf(conclusion).content().entitlement().entitles(conclusion.getGrade())) {
            throw new BusinessException("care.notEntitled", String.valueOf(conclusion.getGrade()));
        }
        return conclusion;
    }

    public RuleSet rulesOf(AssessmentConclusion conclusion) {
        return ruleSets.find(conclusion.getRuleSetId()).orElseThrow();
    }

    /** Today, or the conclusion's first benefit day if that is later. */
    public LocalDate firstPossibleDay(AssessmentConclusion conclusion) {
        LocalDate today = LocalDate.now(clock);
        return today.isAfter(conclusion.getBenefitFrom()) ? today : conclusion.getBenefitFrom();
    }

    private static int ageOn(AssessmentApplication application, LocalDate day) {
        return Period.between(application.getInsured().getBirthDate(), day).getYears();
    }
}
