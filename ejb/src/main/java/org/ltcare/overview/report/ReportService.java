package org.ltcare.overview.report;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.node.RunLeases;
import org.ltcare.shared.node.ThisNode;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * The bureau's reports (issue 9): asked for on the page, generated in the background (progress kept on the job),
 * downloaded as Excel and PDF when ready. Every bureau role; figures of the user's region only.
 */
@Stateless
public class ReportService {

    /** The longest period of the assessment statistics. */
    public static final int MAX_MONTHS = 24;
    /** The failure of a report whose node was lost while generating it (a key of the bundles: ask again). */
    public static final String NODE_LOST = "report.nodeLost";
    private static final String TABLE = "report_job";
    private static final Logger LOG = Logger.getLogger(ReportService.class.getName());

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private SettlementSummaryReport settlement;

    @Inject
    private AssessmentStatisticsReport assessments;

    @Inject
    private InstitutionCardReport cards;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private ThisNode node;

    @Inject
    private RunLeases leases;

    /** Checks the request, records the job (committed first) and generates it in the background. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReportJob request(Actor actor, ReportRequest request) {
        actor.requireBureau("report.read");
        String region = accounts.regionOf(actor);
        String institutionName = check(request, region);
        ReportService self = context.getBusinessObject(ReportService.class);
        ReportJob job = self.create(region, request, institutionName, actor.username());
        self.generate(job.getId(), request);
        return job;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ReportJob create(String region, ReportRequest request, String institutionName, String by) {
        ReportJob job = new ReportJob(region, request.kind(), request.describe(institutionName), by, clock.instant(),
                node.bootId());
        em.persist(job);
        return job;
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void generate(long jobId, ReportRequest request) {
        ReportService self = context.getBusinessObject(ReportService.class);
        try {
            Report report = build(self.regionOfJob(jobId), request);
            self.progressed(jobId, 50);
            byte[] xlsx = ReportFiles.xlsx(report);
            self.progressed(jobId, 75);
            byte[] pdf = ReportFiles.pdf(report);
            self.completed(jobId, xlsx, pdf);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Report " + jobId + " failed", e);
            self.failed(jobId, String.valueOf(e.getMessage()));
        }
    }

    /** The report itself (also what the tests compare with independent sums). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Report build(String region, ReportRequest request) {
        return switch (request.kind()) {
            case SETTLEMENT_SUMMARY -> settlement.build(region, request.from());
            case ASSESSMENT_STATISTICS -> assessments.build(region, request.from(), request.to());
            case INSTITUTION_CARD -> cards.build(institutions.find(request.institutionId()).orElseThrow(),
                    request.year(), LocalDate.now(clock));
        };
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String regionOfJob(long jobId) {
        return em.find(ReportJob.class, jobId).getRegionCode();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progressed(long jobId, int percent) {
        em.find(ReportJob.class, jobId).progressed(percent);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void completed(long jobId, byte[] xlsx, byte[] pdf) {
        em.find(ReportJob.class, jobId).completed(xlsx, pdf, clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long jobId, String why) {
        em.find(ReportJob.class, jobId).failed(why, clock.instant());
    }

    /**
     * Every ten seconds, on each node: a report whose node was lost while generating it (issue 24) is ended with
     * {@link #NODE_LOST}: a report takes seconds, its request is not kept, the user asks again.
     */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void endJobsOfLostNodes() {
        for (long jobId : leases.lostRuns(TABLE)) {
            if (leases.takeOverVersioned(TABLE, jobId)) {
                context.getBusinessObject(ReportService.class).failed(jobId, NODE_LOST);
            }
        }
    }

    public List<ReportJob> recent(Actor actor) {
        actor.requireBureau("report.read");
        // by the time asked, not by id: two nodes draw ids from blocks of their own, so a later job may have a lower id
        return em.createQuery("select j from ReportJob j where j.regionCode = :region "
                + "order by j.requested.at desc, j.id desc", ReportJob.class)
                .setParameter("region", accounts.regionOf(actor)).setMaxResults(30).getResultList();
    }

    public ReportJob find(Actor actor, long jobId) {
        actor.requireBureau("report.read");
        ReportJob job = em.find(ReportJob.class, jobId);
        if (job == null || !job.getRegionCode().equals(accounts.regionOf(actor))) {
            throw new NotFoundException("ReportJob", jobId);
        }
        return job;
    }

    public byte[] xlsx(Actor actor, long jobId) {
        return ready(find(actor, jobId)).xlsx();
    }

    public byte[] pdf(Actor actor, long jobId) {
        return ready(find(actor, jobId)).pdf();
    }

    /** The region's institutions, for the report card's choice. */
    public List<CareInstitution> institutions(Actor actor) {
        actor.requireBureau("report.read");
        String region = accounts.regionOf(actor);
        return institutions.all().stream().filter(i -> i.getOrganisation().getRegionCode().equals(region))
                .sorted(java.util.Comparator.comparing(CareInstitution::getName)).toList();
    }

    private static ReportJob ready(ReportJob job) {
        if (!job.getRun().isCompleted()) {
            throw new NotFoundException("ReportJob", job.getId());
        }
        return job;
    }

    /** @return the institution's name for a report card, else null */
    private String check(ReportRequest request, String region) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth current = YearMonth.now(clock);
        String institutionName = null;
        if (request == null || request.kind() == null) {
            throw new ValidationException(List.of(new FieldError("kind", "validation.required")));
        }
        switch (request.kind()) {
            case SETTLEMENT_SUMMARY -> {
                if (request.from() == null || request.from().isAfter(current)) {
                    errors.add(new FieldError("from", "report.monthInvalid"));
                }
            }
            case ASSESSMENT_STATISTICS -> {
                if (request.from() == null || request.to() == null || request.from().isAfter(request.to())
                        || request.to().isAfter(current) || request.from().plusMonths(MAX_MONTHS - 1L)
                        .isBefore(request.to())) {
                    errors.add(new FieldError("from", "report.periodInvalid", List.of(String.valueOf(MAX_MONTHS))));
                }
            }
            case INSTITUTION_CARD -> {
                CareInstitution institution = request.institutionId() == null ? null
                        : institutions.find(request.institutionId()).orElse(null);
                if (institution == null || !institution.getOrganisation().getRegionCode().equals(region)) {
                    errors.add(new FieldError("institution", "validation.required"));
                } else {
                    institutionName = institution.getName();
                }
                if (request.year() == null || request.year() < 2000 || request.year() > current.getYear()) {
                    errors.add(new FieldError("year", "report.yearInvalid"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return institutionName;
    }
}
