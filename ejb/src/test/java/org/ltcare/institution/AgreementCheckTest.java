package org.ltcare.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ltcare.policy.rules.CareTariffs;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.ReferenceRuleSets;
import org.ltcare.shared.ValidationException.FieldError;

class AgreementCheckTest {

    /** SD-2025: 专护 from hospital level 2; 专护, 院护 and 家护 offered, 巡护 not. */
    private static final CareTariffs SD_2025 = ReferenceRuleSets.sd2025().care();
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2028, 12, 31);

    private static List<String> problems(InstitutionFacts institution, AgreedCareType... careTypes) {
        return AgreementCheck.problems(institution, SD_2025, new AgreementTerms(List.of(careTypes), FROM, UNTIL))
                .stream().map(e -> e.field() + ":" + e.messageKey()).toList();
    }

    private static AgreedCareType agreed(CareType type, int places, String charge) {
        return new AgreedCareType(type, places, new BigDecimal(charge));
    }

    /** Decision D6: a level-1 hospital is refused 专护 where the region requires level 2; 院护 is open to it. */
    @Test
    void aLevelOneHospitalIsRefusedSpecialisedCareButMayHaveResidentialCare() {
        InstitutionFacts levelOne = new InstitutionFacts(InstitutionKind.HOSPITAL, 1, true, 20);

        assertThat(problems(levelOne, agreed(CareType.SPECIALIZED, 10, "150.00")))
                .containsExactly("careTypes.SPECIALIZED:agreement.specialized.levelTooLow");
        assertThat(problems(levelOne, agreed(CareType.RESIDENTIAL, 10, "80.00"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} level {2} ward {3}: {4}")
    @CsvSource(nullValues = "NULL", value = {
            "HOSPITAL,         SPECIALIZED, 2,    true,  ''",
            "HOSPITAL,         SPECIALIZED, 3,    false, careTypes.SPECIALIZED:agreement.specialized.noLtcWard",
            "INTEGRATED,       SPECIALIZED, 1,    true,  careTypes.SPECIALIZED:agreement.specialized.levelTooLow",
            "NURSING_HOME,     SPECIALIZED, NULL, false, careTypes.SPECIALIZED:agreement.careType.notForKind",
            "NURSING_HOME,     RESIDENTIAL, NULL, false, ''",
            "HOME_CARE_AGENCY, RESIDENTIAL, NULL, false, careTypes.RESIDENTIAL:agreement.careType.notForKind",
            "HOME_CARE_AGENCY, HOME,        NULL, false, ''",
            "VILLAGE_CLINIC,   HOME,        NULL, false, careTypes.HOME:agreement.careType.notForKind",
            "VILLAGE_CLINIC,   VISITING,    NULL, false, careTypes.VISITING:agreement.careType.notOffered"
    })
    void whoMayProvideWhichCareType(InstitutionKind kind, CareType type, Integer level, boolean ward, String expected) {
        InstitutionFacts institution = new InstitutionFacts(kind, level, ward, 50);

        List<String> found = problems(institution, agreed(type, 10, "60.00"));

        assertThat(found).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void numbersAndDatesAreCheckedFieldByField() {
        InstitutionFacts nursingHome = new InstitutionFacts(InstitutionKind.NURSING_HOME, null, false, 40);
        AgreementTerms terms = new AgreementTerms(List.of(agreed(CareType.RESIDENTIAL, 41, "-1.00"),
                agreed(CareType.HOME, 0, "45.005"), agreed(CareType.HOME, 5, "45.00")), UNTIL, FROM);

        List<FieldError> found = AgreementCheck.problems(nursingHome, SD_2025, terms);

        assertThat(found).extracting(e -> e.field() + ":" + e.messageKey()).containsExactly(
                "careTypes.RESIDENTIAL.places:agreement.places.moreThanBeds",
                "careTypes.RESIDENTIAL.dailyCharge:agreement.charge.negative",
                "careTypes.HOME.places:agreement.places.notPositive",
                "careTypes.HOME.dailyCharge:agreement.charge.tooManyDecimals",
                "careTypes.HOME:agreement.careType.duplicate",
                "validUntil:agreement.datesOutOfOrder");
        assertThat(found.get(0).arguments()).containsExactly("40");
    }

    @Test
    void anAgreementNeedsACareTypeAndBothDates() {
        InstitutionFacts nursingHome = new InstitutionFacts(InstitutionKind.NURSING_HOME, null, false, 40);

        assertThat(AgreementCheck.problems(nursingHome, SD_2025, new AgreementTerms(List.of(), null, null)))
                .extracting(e -> e.field() + ":" + e.messageKey())
                .containsExactly("careTypes:agreement.careTypes.none", "validFrom:validation.required",
                        "validUntil:validation.required");
    }
}
