package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ltcare.policy.Region;
import org.ltcare.policy.RuleSetService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.calendar.WorkingDayCalendar;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.workflow.ProcessTasks;

/**
 * 公示 and the objections lodged during it. The notice runs from the day of approval through the rule set's
 * number of working days after it (so a full N working days follow the approval); the process's timer closes
 * it at midnight after the last day. The public list shows masked names and ID numbers only.
 */
@Stateless
public class PublicNoticeService {

    /** Who the audit trail names for what comes from the public page or the engine's timer. */
    static final Actor PUBLIC = Actor.system("public");

    @Inject
    private NoticeRepository notices;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private ProcessTasks process;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    /**
     * @throws org.ltcare.shared.calendar.CalendarYearMissingException when the period reaches a year not entered:
     *         a notice must not end on a guessed day, so the approval waits for the calendar
     */
    public PublicNotice open(Actor actor, Assessment round) {
        LocalDate today = LocalDate.now(clock);
        String region = ruleSets.regionOf(actor);
        int days = ruleSets.inForce(region, today).content().procedure().publicNoticeWorkingDays();
        PublicNotice notice = new PublicNotice(round, areaOf(round.getApplication()), calendar.explain(today, days));
        notices.save(notice);
        audit.record(actor, "OPEN_NOTICE", null, notice);
        return notice;
    }

    /** Called by the process's timer: closes the notice and tells whether any objection awaits a decision. */
    public boolean close(long applicationId) {
        PublicNotice notice = notices.openOf(applicationId, true)
                .orElseThrow(() -> new IllegalStateException("no open notice for application " + applicationId));
        Map<String, Object> before = notice.auditState();
        notice.close(clock.instant());
        audit.record(PUBLIC, "CLOSE_NOTICE", before, notice);
        return !notices.undecidedObjectionsOf(applicationId).isEmpty();
    }

    public List<PublicNotice> current(int first, int max) {
        return notices.open(first, Math.min(max, 100));
    }

    public long countCurrent() {
        return notices.countOpen();
    }

    public PublicNotice find(long noticeId) {
        return notices.find(noticeId).orElseThrow(() -> new NotFoundException("PublicNotice", noticeId));
    }

    /** Anyone, by real name, while the notice is open; recorded for the objection decision after it closes. */
    public Objection lodge(long noticeId, ObjectionForm form) {
        form.check();
        PublicNotice notice = notices.find(noticeId)
                .orElseThrow(() -> new NotFoundException("PublicNotice", noticeId));
        if (!notice.acceptsObjectionsOn(LocalDate.now(clock))) {
            throw new BusinessException("objection.noticeClosed", notice.getEndsOn().toString());
        }
        Objection objection = new Objection(notice.getApplication().getId(), notice.getId(), Objection.Source.PUBLIC,
                form, null, clock.instant());
        notices.save(objection);
        process.setVariable(notice.getApplication().getProcessInstanceId(), AssessmentProcess.OBJECTIONS_LODGED, true);
        audit.record(PUBLIC, "LODGE_OBJECTION", null, objection);
        return objection;
    }

    private String areaOf(AssessmentApplication application) {
        String code = application.getInsured().getRegionCode();
        Region region = code == null ? null : em.find(Region.class, code);
        return region != null ? region.getName() : (code == null ? "—" : code);
    }
}
