package org.ltcare.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.ltcare.assessment.Assessment;
import org.ltcare.assessment.AssessmentConclusion;
import org.ltcare.assessment.CaseAction;
import org.ltcare.assessment.CaseRecord;
import org.ltcare.assessment.CaseRecordService;
import org.ltcare.assessment.CaseTimelineService;
import org.ltcare.assessment.ConclusionDocumentService;
import org.ltcare.assessment.ObjectionForm;
import org.ltcare.assessment.ObjectionService;
import org.ltcare.assessment.ReassessmentService;
import org.ltcare.assessment.scale.DisabilityGrade;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;
import org.ltcare.web.shell.People;
import org.ltcare.web.trial.ScaleLabels;
import org.ltcare.web.trial.TrialTexts;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The assessment part of a case's page: rounds, notice, objections, conclusions with their 评估结论书, and the
 * timeline of every step with who and when. Agency reviewers decide objections here, and record an objection
 * the applicant's side makes after the conclusion (institutions may record one for their residents).
 */
@Named
@ViewScoped
public class CaseProgress extends Page {

    /** Per action, which recorded fields the timeline shows as its detail. */
    private static final Map<String, List<String>> DETAILS = Map.ofEntries(
            Map.entry("REFUSE", List.of("refusalGround", "refusalReason")),
            Map.entry("DISPATCH", List.of("purpose", "assessors", "dueOn", "openingReason")),
            Map.entry("ASSIGN_MANUALLY", List.of("assessors", "manualReason")),
            Map.entry("ENTER", List.of("grade")),
            Map.entry("RETURN_ENTRY", List.of("returnReason")),
            Map.entry("SEND_BACK", List.of("returnReason")),
            Map.entry("APPROVE", List.of("grade")),
            Map.entry("OPEN_NOTICE", List.of("startsOn", "endsOn")),
            Map.entry("ACCEPT_OBJECTION", List.of("decisionReason")),
            Map.entry("REJECT_OBJECTION", List.of("decisionReason")),
            Map.entry("CHARGE_FEE", List.of("feePayer", "feeAmount")),
            Map.entry("ISSUE", List.of("documentNumber", "grade", "validThrough")),
            Map.entry("AWAIT_MANUAL_DISPATCH", List.of("purpose", "openingReason")),
            Map.entry("REQUEST_ADMISSION", List.of("careType")),
            Map.entry("REQUEST_CHANGE", List.of("careType")),
            Map.entry("ADMIT", List.of("admittedOn", "startsOn", "visitsPerWeek")),
            Map.entry("DECLINE", List.of("declineReason")),
            Map.entry("END_ADMISSION", List.of("endsOn", "endReason")));

    @Inject
    private CaseRecordService records;

    @Inject
    private People people;

    @Inject
    private CaseTimelineService timelines;

    @Inject
    private ObjectionService objections;

    @Inject
    private ConclusionDocumentService documents;

    @Inject
    private ReassessmentService reassessments;

    @Inject
    private Messages messages;

    @Inject
    private TrialTexts texts;

    private Long id;
    private CaseRecord record;
    private List<TimelineLine> timeline = List.of();
    private String decisionReason;
    private String objectorName;
    private String objectorContact;
    private String objectionReason;
    private String expiryNote;
    private String orderReason;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            record = records.of(actor, id);
            timeline = timelines.of(actor, id).stream().map(this::lineOf).toList();
        } catch (BusinessException e) {
            record = null;
        }
    }

    private TimelineLine lineOf(CaseTimelineService.Step step) {
        String what = messages.get("timeline." + step.entityType() + "." + step.action());
        List<String> fields = DETAILS.getOrDefault(step.action(), List.of());
        String detail = messages.joinClauses(fields.stream().filter(f -> step.after().get(f) != null)
                .map(f -> messages.labelled(fieldLabel(step.entityType(), f), valueText(f, step.after().get(f))))
                .toList());
        return new TimelineLine(step.at(), actorName(step.actor()), what, detail);
    }

    /** The public page and the engine's timers act without a login: named, not shown as user names. */
    private String actorName(String username) {
        return switch (username) {
            case "public", "process-engine" -> messages.get("timeline.actor." + username);
            default -> people.name(username);
        };
    }

    /** A field's label, which may depend on what it belongs to (an admission's start is not a notice's). */
    private String fieldLabel(String entityType, String field) {
        return Messages.find(Messages.ASSESSMENT_BUNDLE, Messages.currentLocale(),
                "timeline.field." + entityType + "." + field).orElseGet(() -> messages.get("timeline.field." + field));
    }

    /** Codes read as words; everything else as recorded. */
    private String valueText(String field, String value) {
        return switch (field) {
            case "feePayer" -> messages.get("feePayer." + value);
            case "refusalGround" -> messages.get("refusal." + value);
            case "purpose" -> messages.get("purpose." + value);
            case "careType" -> messages.careType(org.ltcare.policy.rules.CareType.valueOf(value));
            case "endReason" -> messages.get("care.endReason." + value);
            default -> value;
        };
    }

    public void decide(boolean accepted) {
        try {
            objections.decide(actor, id, accepted, decisionReason);
            errors.info(accepted ? "objection.accepted" : "objection.rejected", id);
            decisionReason = null;
        } catch (BusinessException e) {
            errors.show(e, "objectionDecisionForm");
        }
        load();
    }

    public void lodge() {
        try {
            objections.lodgeForApplicant(actor, id, new ObjectionForm(objectorName, objectorContact, objectionReason));
            errors.info("objection.recorded", id);
            objectorName = null;
            objectorContact = null;
            objectionReason = null;
        } catch (BusinessException e) {
            errors.show(e, "applicantObjectionForm");
        }
        load();
    }

    public void decideOnExpiry(boolean reassess) {
        try {
            reassessments.decideOnExpiry(actor, id, reassess, expiryNote);
            errors.info(reassess ? "expiry.reassessing" : "expiry.ended", id);
            expiryNote = null;
        } catch (BusinessException e) {
            errors.show(e, "expiryForm");
        }
        load();
    }

    public void orderEarly() {
        try {
            reassessments.orderEarly(actor, id, orderReason);
            errors.info("order.done", id);
            orderReason = null;
        } catch (BusinessException e) {
            errors.show(e, "orderForm");
        }
        load();
    }

    public boolean isMayDecideOnExpiry() {
        return mayDo(CaseAction.DECIDE_ON_EXPIRY);
    }

    public boolean isMayOrderEarly() {
        return mayDo(CaseAction.ORDER_EARLY);
    }

    public String getExpiryNote() {
        return expiryNote;
    }

    public void setExpiryNote(String expiryNote) {
        this.expiryNote = expiryNote;
    }

    public String getOrderReason() {
        return orderReason;
    }

    public void setOrderReason(String orderReason) {
        this.orderReason = orderReason;
    }

    public StreamedContent pdf(AssessmentConclusion conclusion) {
        ConclusionDocumentService.Pdf pdf = documents.pdf(actor, conclusion.getId());
        return DefaultStreamedContent.builder().name(pdf.fileName()).contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf.content())).build();
    }

    /** How the conclusion's grade came to be, in the page's language. */
    public List<String> howGraded(AssessmentConclusion conclusion) {
        return documents.howGraded(actor, conclusion.getId(), Messages.currentLocale());
    }

    public String assessorNames(Assessment round) {
        return messages.joinItems(round.assessors().stream().map(a -> a.getName()).toList());
    }

    /** "3 级 · 重度失能Ⅰ级". */
    public String gradeText(int grade) {
        return ScaleLabels.grade(texts, DisabilityGrade.of(grade));
    }

    public boolean isMayDecideObjections() {
        return mayDo(CaseAction.DECIDE_OBJECTIONS);
    }

    public boolean isMayRecordObjection() {
        return mayDo(CaseAction.LODGE_OBJECTION);
    }

    public boolean isMaySeeObjectors() {
        return mayDo(CaseAction.SEE_OBJECTORS);
    }

    public boolean isMayOpenAssessment() {
        return mayDo(CaseAction.OPEN_ASSESSMENT);
    }

    private boolean mayDo(CaseAction action) {
        return record != null && record.open().contains(action);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseRecord getRecord() {
        return record;
    }

    public List<TimelineLine> getTimeline() {
        return timeline;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public String getObjectorName() {
        return objectorName;
    }

    public void setObjectorName(String objectorName) {
        this.objectorName = objectorName;
    }

    public String getObjectorContact() {
        return objectorContact;
    }

    public void setObjectorContact(String objectorContact) {
        this.objectorContact = objectorContact;
    }

    public String getObjectionReason() {
        return objectionReason;
    }

    public void setObjectionReason(String objectionReason) {
        this.objectionReason = objectionReason;
    }
}
