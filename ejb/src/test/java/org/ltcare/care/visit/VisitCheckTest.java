package org.ltcare.care.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ltcare.policy.catalogue.ServiceItems.item;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.ltcare.benefit.CareAdmission;
import org.ltcare.institution.worker.CareWorker;
import org.ltcare.institution.worker.CareWorkers;
import org.ltcare.policy.catalogue.ServiceItem;
import org.ltcare.policy.catalogue.ServiceItems;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * Each test starts from a visit in order (家护 admitted on 2025-03-01, a visit on 2025-03-20 09:00–09:45 of the
 * institution's active worker, two catalogue items, a signed confirmation; now 2025-03-20 18:00) and changes one
 * thing.
 */
class VisitCheckTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 20, 18, 0);
    private static final LocalDate STARTS_ON = LocalDate.of(2025, 3, 1);
    private static final long INSTITUTION = Admissions.INSTITUTION;
    private static final String WORKER = "张护理";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Map<String, ServiceItem> CATALOGUE = ServiceItems.catalogue(
            item("SH01", CareType.HOME, CareType.VISITING, CareType.RESIDENTIAL, CareType.SPECIALIZED),
            item("MC04", CareType.HOME, CareType.VISITING, CareType.SPECIALIZED),
            item("RS01", CareType.RESIDENTIAL, CareType.SPECIALIZED),
            item("VS01", CareType.VISITING));

    /** The fields of a form in order, changed by each test. */
    private static final class Form {
        LocalDateTime checkedInAt = LocalDateTime.of(2025, 3, 20, 9, 0);
        LocalDateTime checkedOutAt = LocalDateTime.of(2025, 3, 20, 9, 45);
        VisitForm.Coordinates checkIn = at("36.651200", "117.120000");
        VisitForm.Coordinates checkOut = at("36.651300", "117.120100");
        String deviceId = "PAD-07";
        Map<String, Integer> items = Map.of("SH01", 1, "MC04", 2);
        Confirmation confirmation = Confirmation.SIGNATURE;
        String confirmedBy = "李家属";
        String confirmationCode;
        byte[] signaturePng = png(2048);
        String externalRef = "V-2025-0001";

        VisitForm build() {
            return new VisitForm(7, checkedInAt, checkedOutAt, checkIn, checkOut, deviceId, items, confirmation,
                    confirmedBy, confirmationCode, signaturePng, externalRef);
        }
    }

    /** The context of a visit in order, changed by each test. */
    private static final class Context {
        CareAdmission admission = Admissions.admitted(CareType.HOME, INSTITUTION, STARTS_ON);
        CareWorker worker = CareWorkers.active(INSTITUTION, WORKER);
        LocalDateTime now = NOW;
        boolean monthClosed;
        int workerVisitsThatDay = 1;
        int maxVisitsPerWorkerPerDay = 3;

        VisitCheck.Context build() {
            return new VisitCheck.Context(admission, worker, CATALOGUE, now, monthClosed, workerVisitsThatDay,
                    maxVisitsPerWorkerPerDay);
        }
    }

    private static VisitForm.Coordinates at(String latitude, String longitude) {
        return new VisitForm.Coordinates(latitude == null ? null : new BigDecimal(latitude),
                longitude == null ? null : new BigDecimal(longitude));
    }

    /** A PNG signature of {@code size} bytes: the PNG file signature, then filler. */
    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 7);
        System.arraycopy(PNG_SIGNATURE, 0, bytes, 0, Math.min(size, PNG_SIGNATURE.length));
        return bytes;
    }

    private static List<FieldError> errors(Consumer<Form> formChange, Consumer<Context> contextChange) {
        Form form = new Form();
        formChange.accept(form);
        Context context = new Context();
        contextChange.accept(context);
        return VisitCheck.problems(form.build(), context.build());
    }

    /** The problems as {@code field:messageKey}. */
    private static List<String> problems(Consumer<Form> formChange, Consumer<Context> contextChange) {
        return errors(formChange, contextChange).stream().map(e -> e.field() + ":" + e.messageKey()).toList();
    }

    private static List<String> problems(Consumer<Form> formChange) {
        return problems(formChange, context -> { });
    }

    private static List<String> contextProblems(Consumer<Context> contextChange) {
        return problems(form -> { }, contextChange);
    }

    private static LocalDateTime time(String value) {
        return value == null ? null : LocalDateTime.parse(value);
    }

    @Test
    void aVisitInOrderHasNoProblems() {
        assertThat(errors(form -> { }, context -> { })).isEmpty();
    }

    @Test
    void anOpenVisitWithoutCheckOutCoordinatesOrConfirmationHasNoProblems() {
        assertThat(problems(form -> {
            form.checkedOutAt = null;
            form.checkIn = null;
            form.checkOut = null;
            form.deviceId = null;
            form.confirmation = Confirmation.NONE;
            form.confirmedBy = null;
            form.signaturePng = null;
            form.externalRef = null;
        })).isEmpty();
    }

    // care type and check-in

    @ParameterizedTest
    @EnumSource(value = CareType.class, names = {"HOME", "VISITING"})
    void homeAndVisitingCareMayRecordVisits(CareType careType) {
        assertThat(problems(form -> form.items = Map.of("SH01", 1),
                context -> context.admission = Admissions.admitted(careType, INSTITUTION, STARTS_ON))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CareType.class, names = {"SPECIALIZED", "RESIDENTIAL"})
    void bedBasedCareRecordsNoVisits(CareType careType) {
        assertThat(problems(form -> form.items = Map.of("SH01", 1),
                context -> context.admission = Admissions.admitted(careType, INSTITUTION, STARTS_ON)))
                .containsExactly("checkedInAt:records.visit.notHomeCare");
    }

    @Test
    void aCheckInIsRequiredAndWithoutItTheCheckOutIsNotChecked() {
        assertThat(problems(form -> {
            form.checkedInAt = null;
            form.checkedOutAt = NOW.plusDays(1);
        })).containsExactly("checkedInAt:validation.required");
    }

    @ParameterizedTest(name = "check-in {0}: {1}")
    @CsvSource(nullValues = "-", value = {
            "2025-03-20T18:00,    -",
            "2025-03-20T18:00:01, checkedInAt:records.future",
            "2025-03-21T08:00,    checkedInAt:records.future",
    })
    void theCheckInIsNotInTheFuture(String checkedInAt, String expected) {
        assertThat(problems(form -> {
            form.checkedInAt = time(checkedInAt);
            form.checkedOutAt = null;
        })).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "admission {0}..{1}, check-in {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "2025-03-01, -,          2025-03-01T00:00, -",
            "2025-03-01, -,          2025-02-28T23:59, checkedInAt:records.outsideCare",
            "2025-03-10, 2025-03-15, 2025-03-15T20:00, -",
            "2025-03-10, 2025-03-15, 2025-03-16T08:00, checkedInAt:records.outsideCare",
            "2025-03-21, -,          2025-03-20T09:00, checkedInAt:records.outsideCare",
    })
    void theCheckInIsOnADayOfTheAdmission(LocalDate startsOn, LocalDate endsOn, String checkedInAt,
                                          String expected) {
        CareAdmission admission = endsOn == null ? Admissions.admitted(CareType.HOME, INSTITUTION, startsOn)
                : Admissions.ended(CareType.HOME, INSTITUTION, startsOn, endsOn);

        assertThat(problems(form -> {
            form.checkedInAt = time(checkedInAt);
            form.checkedOutAt = null;
        }, context -> context.admission = admission)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void aDayOutsideTheAdmissionIsNamedInTheMessage() {
        assertThat(errors(form -> { },
                context -> context.admission = Admissions.ended(CareType.HOME, INSTITUTION, STARTS_ON,
                        LocalDate.of(2025, 3, 19))))
                .containsExactly(new FieldError("checkedInAt", "records.outsideCare", List.of("2025-03-20")));
    }

    @Test
    void anAdmissionOnlyRequestedCoversNoDay() {
        assertThat(contextProblems(context -> context.admission = Admissions.requested(CareType.HOME, INSTITUTION)))
                .containsExactly("checkedInAt:records.outsideCare");
    }

    @Test
    void aCheckInInTheFutureIsNotAlsoReportedOutsideTheAdmission() {
        assertThat(problems(form -> {
            form.checkedInAt = LocalDateTime.of(2025, 4, 2, 9, 0);
            form.checkedOutAt = null;
        }, context -> context.admission = Admissions.ended(CareType.HOME, INSTITUTION, STARTS_ON,
                LocalDate.of(2025, 3, 31)))).containsExactly("checkedInAt:records.future");
    }

    @Test
    void aVisitOfAClosedMonthIsRefusedNamingTheMonth() {
        assertThat(errors(form -> { }, context -> context.monthClosed = true))
                .containsExactly(new FieldError("checkedInAt", "records.monthClosed", List.of("2025-03")));
    }

    // check-out

    @ParameterizedTest(name = "{0} .. {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "2025-03-20T09:00, 2025-03-20T09:00,    -",
            "2025-03-20T09:00, 2025-03-20T08:59:59, checkedOutAt:records.visit.checkOutBeforeCheckIn",
            "2025-03-20T09:00, 2025-03-19T10:00,    checkedOutAt:records.visit.checkOutBeforeCheckIn",
            "2025-03-20T09:00, 2025-03-20T18:00,    -",
            "2025-03-20T09:00, 2025-03-20T18:00:01, checkedOutAt:records.future",
            "2025-03-20T05:00, 2025-03-20T17:00,    -",
            "2025-03-20T05:00, 2025-03-20T17:00:01, checkedOutAt:records.visit.tooLong",
            "2025-03-19T08:00, 2025-03-20T08:00,    checkedOutAt:records.visit.tooLong",
    })
    void theCheckOutIsNotBeforeTheCheckInNotInTheFutureAndWithin12Hours(String checkedInAt, String checkedOutAt,
                                                                          String expected) {
        assertThat(problems(form -> {
            form.checkedInAt = time(checkedInAt);
            form.checkedOutAt = time(checkedOutAt);
        })).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void aVisitTooLongSaysTheLimit() {
        assertThat(errors(form -> {
            form.checkedInAt = LocalDateTime.of(2025, 3, 20, 5, 0);
            form.checkedOutAt = LocalDateTime.of(2025, 3, 20, 17, 30);
        }, context -> { })).containsExactly(new FieldError("checkedOutAt", "records.visit.tooLong", List.of("12")));
    }

    // coordinates

    @ParameterizedTest(name = "({0}, {1}): {2}")
    @CsvSource(nullValues = "-", value = {
            "-,           -,            true",
            "0,           0,            true",
            "90,          180,          true",
            "-90,         -180,         true",
            "90.000000,   -180.000000,  true",
            "36.6512,     -,            false",
            "-,           117.12,       false",
            "90.000001,   117.12,       false",
            "-90.5,       117.12,       false",
            "36.6512,     180.000001,   false",
            "36.6512,     -181,         false",
    })
    void coordinatesAreBothOrNeitherAndInRange(String latitude, String longitude, boolean valid) {
        assertThat(problems(form -> form.checkIn = at(latitude, longitude)))
                .isEqualTo(valid ? List.of() : List.of("checkIn:records.visit.coordinates"));
        assertThat(problems(form -> form.checkOut = at(latitude, longitude)))
                .isEqualTo(valid ? List.of() : List.of("checkOut:records.visit.coordinates"));
    }

    // device and external reference

    @Test
    void theDeviceIdAndTheExternalReferenceAreAtMost64Characters() {
        assertThat(problems(form -> {
            form.deviceId = "d".repeat(64);
            form.externalRef = "r".repeat(64);
        })).isEmpty();
        assertThat(errors(form -> {
            form.deviceId = "d".repeat(65);
            form.externalRef = "r".repeat(65);
        }, context -> { })).containsExactly(
                new FieldError("deviceId", "validation.tooLong", List.of("64")),
                new FieldError("externalRef", "validation.tooLong", List.of("64")));
    }

    // care worker

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
