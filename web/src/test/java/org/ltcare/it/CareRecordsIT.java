package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.care.AbsenceReason;
import org.ltcare.care.BedDayGrid;
import org.ltcare.care.BedDayService;
import org.ltcare.care.DayState;
import org.ltcare.care.visit.Confirmation;
import org.ltcare.care.visit.HomeVisit;
import org.ltcare.care.visit.HomeVisitService;
import org.ltcare.care.visit.UnverifiedReason;
import org.ltcare.care.visit.VisitCounts;
import org.ltcare.care.visit.VisitForm;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.care.worker.CareWorker;
import org.ltcare.care.worker.CareWorkerForm;
import org.ltcare.care.worker.CareWorkerService;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.catalogue.ServiceCatalogueService;
import org.ltcare.policy.catalogue.ServiceCategory;
import org.ltcare.policy.catalogue.ServiceItemForm;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.time.ClockProducer;

/**
 * Care records through the services against the real database: the catalogue per rule-set version, the
 * care-worker registry, bed-day absences with the month grid and month closing, home visits with their
 * verification flag; bad input refused with its reason and nothing changed; scope.
 */
class CareRecordsIT extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ClockProducer.ZONE);

    @PersistenceContext(unitName = "ltcare")
    EntityManager em;

    @Inject
    CareWorld care;

    @Inject
    CareRecordWorld records;

    @Inject
    ServiceCatalogueService catalogue;

    @Inject
    RuleSetService ruleSets;

    @Inject
    CareWorkerService workers;

    @Inject
    BedDayService bedDays;

    @Inject
    HomeVisitService visits;

    @Inject
    AuditLog audit;

    @Test
    void aVersionsCatalogueIsSeededCopiedIntoDraftsAndEditedOnlyThere() {
        AssessmentWorld.World world = care.world();
        RuleSet installed = ruleSets.inForce(world.region(), TODAY);
        int seeded = catalogue.items(world.admin(), installed.getId()).size();
        assertTrue(seeded >= 20, "reference items: " + seeded);
        ServiceItemForm bath = new ServiceItemForm("SH99", "助浴（上门）", ServiceCategory.DAILY_LIVING, "次", 45,
                new BigDecimal("60.00"), Set.of(CareType.HOME));
        assertThrows(BusinessException.class, () -> catalogue.add(world.admin(), installed.getId(), bath),
                "a version in force does not change");

        RuleSet draft = ruleSets.createDraft(world.admin(), installed.getId(), "SD-2027", "草稿");
        assertEquals(seeded, catalogue.items(world.admin(), draft.getId()).size());
        var added = catalogue.add(world.admin(), draft.getId(), bath);
        assertEquals(seeded + 1, catalogue.items(world.admin(), draft.getId()).size());
        assertEquals(seeded, catalogue.items(world.admin(), installed.getId()).size());
        ValidationException taken = assertThrows(ValidationException.class, () -> catalogue.add(world.admin(),
                draft.getId(), bath));
        assertEquals("catalogue.code.taken", taken.errors().get(0).messageKey());
        assertThrows(AccessDeniedException.class, () -> catalogue.remove(world.reviewer(), added.getId()));
        catalogue.remove(world.admin(), added.getId());
        assertEquals(List.of("ADD_SERVICE_ITEM", "REMOVE_SERVICE_ITEM"), audit.history("ServiceItem",
                String.valueOf(added.getId())).stream().map(e -> e.getAction()).toList());
    }

    @Test
    void anInstitutionKeepsItsOwnCareWorkers() {
        AssessmentWorld.World world = care.world();
        CareInstitution agency = care.contracted(world, InstitutionKind.HOME_CARE_AGENCY, null, CareType.HOME, 5);
        CareInstitution other = care.contracted(world, InstitutionKind.HOME_CARE_AGENCY, null, CareType.HOME, 5);
        CareWorker worker = records.worker(agency, "李护理", 1);
        Actor admin = records.adminOf(agency);

        ValidationException twice = assertThrows(ValidationException.class, () -> workers.register(admin,
                agency.getId(), new CareWorkerForm("李护理", worker.getIdNumber().value(), "护士", null)));
        assertEquals("worker.idNumber.taken", twice.errors().get(0).messageKey());
        ValidationException bad = assertThrows(ValidationException.class, () -> workers.register(admin,
                agency.getId(), new CareWorkerForm("", "370202198501150010", "", "12")));
        assertEquals(Set.of("name", "idNumber", "qualification", "phone"),
                Set.copyOf(bad.errors().stream().map(ValidationException.FieldError::field).toList()));
        assertThrows(AccessDeniedException.class, () -> workers.register(records.adminOf(other), agency.getId(),
                new CareWorkerForm("王", worker.getIdNumber().value(), "护士", null)));
        assertThrows(AccessDeniedException.class, () -> workers.ofInstitution(care.staffOf(other), agency.getId()));
        assertThrows(AccessDeniedException.class, () -> workers.register(care.staffOf(agency), agency.getId(),
                new CareWorkerForm("王", worker.getIdNumber().value(), "护士", null)), "staff read, the admin edits");

        workers.setActive(admin, agency.getId(), worker.getId(), false);
        assertFalse(workers.ofInstitution(world.reviewer(), agency.getId()).get(0).isActive());
    }

    @Test
    void absencesAreRecordedCheckedShownAndClosedWithTheMonth() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5);
        CareInstitution other = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5);
        LocalDate since = TODAY.minusDays(40);
        CareAdmission resident = records.inCareSince(world, home, CareType.RESIDENTIAL, since);
        Actor staff = care.staffOf(home);

        ValidationException before = assertThrows(ValidationException.class, () -> bedDays.markAbsent(staff,
                resident.getId(), since.minusDays(1), AbsenceReason.HOME_LEAVE, null));
        assertEquals("records.outsideCare", before.errors().get(0).messageKey());
        ValidationException ahead = assertThrows(ValidationException.class, () -> bedDays.markAbsent(staff,
                resident.getId(), TODAY.plusDays(1), AbsenceReason.HOME_LEAVE, null));
        assertEquals("records.future", ahead.errors().get(0).messageKey());
        ValidationException noNote = assertThrows(ValidationException.class, () -> bedDays.markAbsent(staff,
                resident.getId(), TODAY, AbsenceReason.OTHER, " "));
        assertEquals("records.bedDay.noteRequired", noNote.errors().get(0).messageKey());
        assertThrows(NotFoundException.class, () -> bedDays.markAbsent(care.staffOf(other), resident.getId(), TODAY,
                AbsenceReason.HOME_LEAVE, null), "another institution's resident");

        bedDays.markAbsent(staff, resident.getId(), TODAY, AbsenceReason.HOME_LEAVE, "春节回家");
        BedDayGrid grid = bedDays.grid(world.reviewer(), home.getId(), YearMonth.from(TODAY));
        assertEquals(1, grid.rows().size());
        var today = grid.rows().get(0).cells().get(TODAY.getDayOfMonth() - 1);
        assertEquals(DayState.ABSENT, today.state());
        assertEquals(AbsenceReason.HOME_LEAVE, today.reason());
        assertEquals(TODAY.getDayOfMonth() - 1, grid.rows().get(0).getPresentDays());
        assertThrows(AccessDeniedException.class, () -> bedDays.grid(care.staffOf(other), home.getId(),
                YearMonth.from(TODAY)));

        bedDays.markPresent(staff, resident.getId(), TODAY);
        assertEquals(DayState.PRESENT, bedDays.grid(staff, home.getId(), YearMonth.from(TODAY)).rows().get(0)
                .cells().get(TODAY.getDayOfMonth() - 1).state());
        assertEquals(List.of("MARK_ABSENT", "MARK_PRESENT"), audit.history("BedDayAbsence",
                resident.getId() + "/" + TODAY).stream().map(e -> e.getAction()).toList());

        YearMonth last = YearMonth.from(TODAY).minusMonths(1);
        bedDays.closeMonth(staff, home.getId(), last);
        ValidationException closed = assertThrows(ValidationException.class, () -> bedDays.markAbsent(staff,
                resident.getId(), last.atEndOfMonth(), AbsenceReason.HOSPITAL, null));
        assertEquals("records.monthClosed", closed.errors().get(0).messageKey());
        assertTrue(bedDays.grid(staff, home.getId(), last).closed());
    }

    @Test
    void aVisitWithoutCheckOutOrShorterThanTheMinimumIsUnverified() {
        AssessmentWorld.World world = care.world();
        CareInstitution agency = care.contracted(world, InstitutionKind.HOME_CARE_AGENCY, null, CareType.HOME, 5);
        CareInstitution other = care.contracted(world, InstitutionKind.HOME_CARE_AGENCY, null, CareType.HOME, 5);
        CareAdmission client = records.inCareSince(world, agency, CareType.HOME, TODAY.minusDays(10));
        CareWorker worker = records.worker(agency, "张护理", 2);
        Actor staff = care.staffOf(agency);
        LocalDateTime in = TODAY.minusDays(1).atTime(9, 0);

        HomeVisit open = visits.record(staff, client.getId(), form(worker, in, null, Map.of("SH01", 1, "MC01", 1)));
        assertEquals(UnverifiedReason.NO_CHECK_OUT, open.getUnverifiedReason());
        HomeVisit shortOne = visits.checkOut(staff, open.getId(), form(worker, in, in.plusMinutes(20),
                Map.of("SH01", 1)));
        assertEquals(UnverifiedReason.TOO_SHORT, shortOne.getUnverifiedReason());
        assertThrows(BusinessException.class, () -> visits.checkOut(staff, open.getId(), form(worker, in,
                in.plusMinutes(50), Map.of("SH01", 1))), "checked out once");

        HomeVisit full = visits.record(staff, client.getId(), form(worker, in.plusHours(3), in.plusHours(4),
                Map.of("SH05", 1)));
        assertNull(full.getUnverifiedReason());
        assertEquals(60L, full.getDurationMinutes());

        ValidationException bad = assertThrows(ValidationException.class, () -> visits.record(staff, client.getId(),
                form(worker, in.plusHours(5), in.plusHours(4), Map.of("XX99", 1))));
        assertEquals(Set.of("records.visit.checkOutBeforeCheckIn", "records.visit.unknownItem"),
                Set.copyOf(bad.errors().stream().map(ValidationException.FieldError::messageKey).toList()));
        assertThrows(NotFoundException.class, () -> visits.record(care.staffOf(other), client.getId(),
                form(worker, in.plusHours(6), in.plusHours(7), Map.of("SH01", 1))));

        assertEquals(new VisitCounts(2, 1), visits.counts(world.reviewer(), agency.getId(), in.toLocalDate(), TODAY));
        assertEquals(List.of(full.getId(), shortOne.getId()), visits.list(staff, agency.getId(), in.toLocalDate(),
                TODAY, false, 0, 10).stream().map(line -> line.visit().getId()).toList(), "newest check-in first");
        assertEquals("张护理", visits.list(staff, agency.getId(), in.toLocalDate(), TODAY, true, 0, 10).get(0)
                .workerName());

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        HomeVisit signed = visits.record(staff, client.getId(), new VisitForm(worker.getId(), in.plusHours(8), null,
                null, null, null, Map.of("SH01", 1), Confirmation.SIGNATURE, "家属李某", null, png, null));
        HomeVisit signedOut = visits.checkOut(staff, signed.getId(), new VisitForm(0, null, in.plusHours(9), null,
                null, null, Map.of("SH01", 1), Confirmation.SIGNATURE, "家属李某", null, null, null));
        assertNull(signedOut.getUnverifiedReason(), "the signature taken at check-in stands");
        org.junit.jupiter.api.Assertions.assertArrayEquals(png,
                visits.signature(world.reviewer(), signed.getId()).orElseThrow());
        assertThrows(NotFoundException.class, () -> visits.signature(care.staffOf(other), signed.getId()));
    }

    /**
     * A check-in is a wall-clock time in the city: stored as such whatever the server JVM's own zone (run.sh on a
     * machine in UTC stored it 8 hours later before the mapping said so), and read back the same.
     */
    @Test
    void aVisitIsStoredAtItsWallClockTimeWhateverTheServersTimeZone() {
        AssessmentWorld.World world = care.world();
        CareInstitution agency = care.contracted(world, InstitutionKind.HOME_CARE_AGENCY, null, CareType.HOME, 5);
        CareAdmission client = records.inCareSince(world, agency, CareType.HOME, TODAY.minusDays(10));
        CareWorker worker = records.worker(agency, "李护理", 2);
        LocalDateTime in = TODAY.minusDays(1).atTime(9, 5);
        TimeZone serverZone = TimeZone.getDefault();
        HomeVisit visit;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            visit = visits.record(care.staffOf(agency), client.getId(), form(worker, in, in.plusHours(1),
                    Map.of("SH05", 1)));
        } finally {
            TimeZone.setDefault(serverZone);
        }
        assertEquals("09:05 10:05", em.createNativeQuery("select concat(date_format(checked_in_at, '%H:%i'), ' ', "
                + "date_format(checked_out_at, '%H:%i')) from home_visit where id = ?").setParameter(1, visit.getId())
                .getSingleResult());
        em.clear();
        assertEquals(in, em.find(HomeVisit.class, visit.getId()).getCheckedInAt());
    }

    private static VisitForm form(CareWorker worker, LocalDateTime in, LocalDateTime out, Map<String, Integer> items) {
        return new VisitForm(worker.getId(), in, out, new VisitForm.Coordinates(new BigDecimal("36.066"),
                new BigDecimal("120.383")), null, "PAD-7", items, Confirmation.ONE_TIME_CODE, "家属王某", "4821", null,
                null);
    }
}
