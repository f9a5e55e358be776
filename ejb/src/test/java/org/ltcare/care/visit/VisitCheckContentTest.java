package org.ltcare.care.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ltcare.care.visit.VisitCheckFixture.*;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.ltcare.benefit.Admissions;
import org.ltcare.care.worker.CareWorkers;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * VisitCheck on the care worker, the service items and the confirmation; each test changes one thing of
 * {@link VisitCheckFixture}'s visit in order.
 */
class VisitCheckContentTest {

    @Test
    void noWorkerIsAnUnknownWorker() {
        assertThat(contextProblems(context -> context.worker = null))
                .containsExactly("careWorker:records.visit.unknownWorker");
    }

    @Test
    void aWorkerOfAnotherInstitutionIsAnUnknownWorkerEvenWhenInactive() {
        assertThat(contextProblems(context -> context.worker = CareWorkers.active(INSTITUTION + 1, WORKER)))
                .containsExactly("careWorker:records.visit.unknownWorker");
        assertThat(contextProblems(context -> context.worker = CareWorkers.inactive(INSTITUTION + 1, WORKER)))
                .containsExactly("careWorker:records.visit.unknownWorker");
    }

    @Test
    void anInactiveWorkerIsRefusedByName() {
        assertThat(errors(form -> { }, context -> context.worker = CareWorkers.inactive(INSTITUTION, WORKER)))
                .containsExactly(new FieldError("careWorker", "records.visit.workerInactive", List.of(WORKER)));
    }

    @ParameterizedTest(name = "{0} visits already, at most {1} a day: {2}")
    @CsvSource({
            "0, 3, true",
            "2, 3, true",
            "3, 3, false",
            "4, 3, false",
            "0, 1, true",
            "1, 1, false",
    })
    void aWorkerMayNotExceedTheVisitsADay(int visitsThatDay, int maxPerDay, boolean allowed) {
        List<FieldError> errors = errors(form -> { }, context -> {
            context.workerVisitsThatDay = visitsThatDay;
            context.maxVisitsPerWorkerPerDay = maxPerDay;
        });

        assertThat(errors).isEqualTo(allowed ? List.of() : List.of(new FieldError("careWorker",
                "records.visit.workerDayFull", List.of(WORKER, String.valueOf(maxPerDay)))));
    }

    // service items

    @Test
    void atLeastOneItemIsRequired() {
        assertThat(problems(form -> form.items = Map.of())).containsExactly("items:records.visit.itemsRequired");
        assertThat(problems(form -> form.items = null)).containsExactly("items:records.visit.itemsRequired");
    }

    @Test
    void anItemNotInTheCatalogueIsUnknown() {
        assertThat(errors(form -> form.items = Map.of("SH01", 1, "XX99", 1), context -> { }))
                .containsExactly(new FieldError("items", "records.visit.unknownItem", List.of("XX99")));
    }

    @Test
    void anItemNotAllowedForTheCareTypeIsRefused() {
        assertThat(errors(form -> form.items = Map.of("SH01", 1, "RS01", 1, "VS01", 1), context -> { }))
                .containsExactly(new FieldError("items", "records.visit.itemNotForCareType", List.of("RS01")),
                        new FieldError("items", "records.visit.itemNotForCareType", List.of("VS01")));
    }

    @Test
    void anItemOfVisitingCareIsAllowedInVisitingCare() {
        assertThat(problems(form -> form.items = Map.of("VS01", 1, "MC04", 1),
                context -> context.admission = Admissions.admitted(CareType.VISITING, INSTITUTION, STARTS_ON)))
                .isEmpty();
    }

    @ParameterizedTest(name = "quantity {0}: {1}")
    @CsvSource({
            "-1,  false",
            "0,   false",
            "1,   true",
            "99,  true",
            "100, false",
    })
    void quantitiesAreFrom1To99(int quantity, boolean valid) {
        assertThat(errors(form -> form.items = Map.of("SH01", 1, "MC04", quantity), context -> { }))
                .isEqualTo(valid ? List.of()
                        : List.of(new FieldError("items", "records.visit.quantity", List.of("MC04"))));
    }

    @Test
    void itemProblemsAreReportedInCodeOrderAndAnUnknownItemIsAlsoCheckedForItsQuantity() {
        assertThat(errors(form -> form.items = Map.of("ZZ01", 0, "SH01", 100, "AA01", 1), context -> { }))
                .containsExactly(
                        new FieldError("items", "records.visit.unknownItem", List.of("AA01")),
                        new FieldError("items", "records.visit.quantity", List.of("SH01")),
                        new FieldError("items", "records.visit.unknownItem", List.of("ZZ01")),
                        new FieldError("items", "records.visit.quantity", List.of("ZZ01")));
    }

    // confirmation

    @ParameterizedTest
    @EnumSource(value = Confirmation.class, names = {"SIGNATURE", "ONE_TIME_CODE"})
    void aConfirmationNamesWhoConfirmed(Confirmation confirmation) {
        Consumer<Form> proof = form -> {
            form.confirmation = confirmation;
            form.confirmationCode = "4821";
        };

        assertThat(problems(proof.andThen(form -> form.confirmedBy = null)))
                .containsExactly("confirmedBy:validation.required");
        assertThat(problems(proof.andThen(form -> form.confirmedBy = "   ")))
                .containsExactly("confirmedBy:validation.required");
        assertThat(problems(proof.andThen(form -> form.confirmedBy = "家".repeat(32)))).isEmpty();
        assertThat(errors(proof.andThen(form -> form.confirmedBy = "家".repeat(33)), context -> { }))
                .containsExactly(new FieldError("confirmedBy", "validation.tooLong", List.of("32")));
    }

    @Test
    void noConfirmationNeedsNeitherWhoNorProof() {
        assertThat(problems(form -> {
            form.confirmation = Confirmation.NONE;
            form.confirmedBy = null;
            form.signaturePng = null;
            form.confirmationCode = "not a code";
        })).isEmpty();
        assertThat(problems(form -> {
            form.confirmation = null;
            form.confirmedBy = null;
            form.signaturePng = new byte[] {1, 2, 3};
        })).isEmpty();
    }

    @Test
    void aSignatureMustBeAPng() {
        assertThat(problems(form -> form.signaturePng = null)).containsExactly("signature:records.visit.signatureNotPng");
        assertThat(problems(form -> form.signaturePng = new byte[0]))
                .containsExactly("signature:records.visit.signatureNotPng");
        assertThat(problems(form -> form.signaturePng = Arrays.copyOf(PNG_SIGNATURE, 7)))
                .containsExactly("signature:records.visit.signatureNotPng");
        assertThat(problems(form -> form.signaturePng = new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff,
                (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F'})).containsExactly("signature:records.visit.signatureNotPng");
        byte[] corrupted = png(100);
        corrupted[4] = '\n';
        assertThat(problems(form -> form.signaturePng = corrupted))
                .containsExactly("signature:records.visit.signatureNotPng");
        assertThat(problems(form -> form.signaturePng = PNG_SIGNATURE.clone())).isEmpty();
    }

    @Test
    void aSignatureIsAtMost512Kilobytes() {
        assertThat(problems(form -> form.signaturePng = png(512 * 1024))).isEmpty();
        assertThat(errors(form -> form.signaturePng = png(512 * 1024 + 1), context -> { }))
                .containsExactly(new FieldError("signature", "records.visit.signatureTooLarge", List.of("512 KB")));
    }

    @ParameterizedTest(name = "code [{0}]: {1}")
    @CsvSource(nullValues = "-", value = {
            "1234,      true",
            "00000000,  true",
            "' 4821 ',  true",
            "123,       false",
            "123456789, false",
            "12a4,      false",
            "12-34,     false",
            "'12 34',   false",
            "１２３４,  false",
            "-,         false",
            "'  ',      false",
    })
    void aOneTimeCodeIs4To8Digits(String code, boolean valid) {
        assertThat(problems(form -> {
            form.confirmation = Confirmation.ONE_TIME_CODE;
            form.confirmationCode = code;
            form.signaturePng = null;
        })).isEqualTo(valid ? List.of() : List.of("confirmationCode:records.visit.codeInvalid"));
    }

    // everything at once

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(problems(form -> {
            form.checkedOutAt = LocalDateTime.of(2025, 3, 20, 8, 0);
            form.checkIn = at("91", "117.12");
            form.items = Map.of();
            form.confirmedBy = null;
            form.signaturePng = null;
        }, context -> {
            context.monthClosed = true;
            context.worker = null;
        })).containsExactly(
                "checkedInAt:records.monthClosed",
                "checkedOutAt:records.visit.checkOutBeforeCheckIn",
                "checkIn:records.visit.coordinates",
                "careWorker:records.visit.unknownWorker",
                "items:records.visit.itemsRequired",
                "confirmedBy:validation.required",
                "signature:records.visit.signatureNotPng");
    }
}
