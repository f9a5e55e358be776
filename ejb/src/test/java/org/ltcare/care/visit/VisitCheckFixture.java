package org.ltcare.care.visit;

import static org.ltcare.policy.catalogue.ServiceItems.item;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ltcare.benefit.Admissions;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.care.worker.CareWorker;
import org.ltcare.care.worker.CareWorkers;
import org.ltcare.policy.catalogue.ServiceItem;
import org.ltcare.policy.catalogue.ServiceItems;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * The visit in order that the VisitCheck tests start from (家护 admitted on 2025-03-01, a visit on 2025-03-20
 * 09:00–09:45 of the institution's active worker, two catalogue items, a signed confirmation; now 2025-03-20
 * 18:00), and the helpers that change one thing of it and list the problems.
 */
final class VisitCheckFixture {

    private VisitCheckFixture() {
    }


    static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 20, 18, 0);
    static final LocalDate STARTS_ON = LocalDate.of(2025, 3, 1);
    static final long INSTITUTION = Admissions.INSTITUTION;
    static final String WORKER = "张护理";
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    static final Map<String, ServiceItem> CATALOGUE = ServiceItems.catalogue(
            item("SH01", CareType.HOME, CareType.VISITING, CareType.RESIDENTIAL, CareType.SPECIALIZED),
            item("MC04", CareType.HOME, CareType.VISITING, CareType.SPECIALIZED),
            item("RS01", CareType.RESIDENTIAL, CareType.SPECIALIZED),
            item("VS01", CareType.VISITING));

    /** The fields of a form in order, changed by each test. */
    static final class Form {
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
    static final class Context {
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

    static VisitForm.Coordinates at(String latitude, String longitude) {
        return new VisitForm.Coordinates(latitude == null ? null : new BigDecimal(latitude),
                longitude == null ? null : new BigDecimal(longitude));
    }

    /** A PNG signature of {@code size} bytes: the PNG file signature, then filler. */
    static byte[] png(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 7);
        System.arraycopy(PNG_SIGNATURE, 0, bytes, 0, Math.min(size, PNG_SIGNATURE.length));
        return bytes;
    }

    static List<FieldError> errors(Consumer<Form> formChange, Consumer<Context> contextChange) {
        Form form = new Form();
        formChange.accept(form);
        Context context = new Context();
        contextChange.accept(context);
        return VisitCheck.problems(form.build(), context.build());
    }

    /** The problems as {@code field:messageKey}. */
    static List<String> problems(Consumer<Form> formChange, Consumer<Context> contextChange) {
        return errors(formChange, contextChange).stream().map(e -> e.field() + ":" + e.messageKey()).toList();
    }

    static List<String> problems(Consumer<Form> formChange) {
        return problems(formChange, context -> { });
    }

    static List<String> contextProblems(Consumer<Context> contextChange) {
        return problems(form -> { }, contextChange);
    }

    static LocalDateTime time(String value) {
        return value == null ? null : LocalDateTime.parse(value);
    }
}
