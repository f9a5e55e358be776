package org.ltcare.institution.contracting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ltcare.institution.AgreedCareType;
import org.ltcare.institution.evaluation.ScoreSheet;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/**
 * An institution's application to be contracted (定点申请), or a renewal, with what each step decided: the
 * checklist items found missing and the correction deadline, the evaluation sheet and score, the notice period,
 * and the agreement signed or the reason it was not. The workflow moves it; each move is audited.
 */
@Entity
@Table(name = "contracting_application")
public class ContractingApplication extends Versioned implements Auditable {

    public enum EvaluationManner { EXPERT, ON_SITE }

    @AuditedField
    private String number;

    @AuditedField
    private long institutionId;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private ContractingKind kind;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private ContractingStatus status;

    private String ruleSetCode;

    private Long renewsAgreementId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contracting_care_type", joinColumns = @JoinColumn(name = "application_id"))
    private List<RequestedCareType> careTypes = new ArrayList<>();

    @AuditedField
    private String missingItems;

    @AuditedField
    private String returnReason;

    @AuditedField
    private LocalDate correctionDue;

    private int timesReturned;

    @Enumerated(EnumType.STRING)
    private EvaluationManner evaluationManner;

    @AuditedField
    private String evaluationScores;

    @AuditedField
    private Integer evaluationScore;

    private String evaluationRemarks;

    @Embedded
    private Stamp evaluated;

    private LocalDate noticeFrom;

    @AuditedField
    private LocalDate noticeUntil;

    @AuditedField
    private Long agreementId;

    @AuditedField
    private String decisionReason;

    private String processInstanceId;

    @Embedded
    private Stamp submitted;

    protected ContractingApplication() {
    }

    ContractingApplication(String number, long institutionId, ContractingKind kind, List<AgreedCareType> checked,
                           String ruleSetCode, Long renewsAgreementId, String submittedBy, Instant submittedAt) {
        this.number = number;
        this.institutionId = institutionId;
        this.kind = kind;
        this.status = kind == ContractingKind.NEW ? ContractingStatus.DOCUMENT_REVIEW
                : ContractingStatus.RENEWAL_REVIEW;
        this.ruleSetCode = ruleSetCode;
        this.renewsAgreementId = renewsAgreementId;
        this.submitted = Stamp.of(submittedBy, submittedAt);
        replaceCareTypes(checked);
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void documentsComplete() {
        require(ContractingStatus.DOCUMENT_REVIEW);
        this.missingItems = null;
        this.status = ContractingStatus.EVALUATION;
    }

    void returnForCorrection(Set<ChecklistItem> missing, String reason, LocalDate due) {
        require(ContractingStatus.DOCUMENT_REVIEW);
        this.missingItems = missing.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.returnReason = reason;
        this.correctionDue = due;
        this.timesReturned++;
        this.status = ContractingStatus.RETURNED;
    }

    void corrected(List<AgreedCareType> checked) {
        require(ContractingStatus.RETURNED);
        replaceCareTypes(checked);
        this.status = ContractingStatus.DOCUMENT_REVIEW;
    }

    void evaluated(EvaluationManner manner, ScoreSheet checkedSheet, boolean passed, String remarks, String by,
                   Instant at, LocalDate noticeFrom, LocalDate noticeUntil) {
        require(ContractingStatus.EVALUATION);
        this.evaluationManner = manner;
        this.evaluationScores = checkedSheet.toJson();
        this.evaluationScore = checkedSheet.total();
        this.evaluationRemarks = remarks;
        this.evaluated = Stamp.of(by, at);
        this.status = passed ? ContractingStatus.PUBLIC_NOTICE : ContractingStatus.FAILED;
        this.noticeFrom = passed ? noticeFrom : null;
        this.noticeUntil = passed ? noticeUntil : null;
    }

    void signed(long agreementId) {
        requireAwaitingSignature();
        this.agreementId = agreementId;
        this.status = ContractingStatus.SIGNED;
    }

    void refused(String reason) {
        requireAwaitingSignature();
        this.decisionReason = reason;
        this.status = ContractingStatus.REFUSED;
    }

    /** The correction deadline passed, or the agreement under renewal ran out: the application ends unsigned. */
    void lapse() {
        if (status != ContractingStatus.RETURNED && status != ContractingStatus.RENEWAL_REVIEW) {
            throw new IllegalStateException("application " + number + " cannot lapse when " + status);
        }
        this.status = ContractingStatus.LAPSED;
    }

    private void requireAwaitingSignature() {
        if (status != ContractingStatus.PUBLIC_NOTICE && status != ContractingStatus.RENEWAL_REVIEW) {
            throw new IllegalStateException("application " + number + " is not awaiting signature but " + status);
        }
    }

    private void require(ContractingStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("application " + number + " is " + status + ", not " + expected);
        }
    }

    private void replaceCareTypes(List<AgreedCareType> checked) {
        careTypes.clear();
        checked.forEach(agreed -> careTypes.add(new RequestedCareType(agreed)));
    }

    public List<AgreedCareType> requestedTerms() {
        return careTypes.stream().map(RequestedCareType::toAgreed).toList();
    }

    public Set<ChecklistItem> getMissing() {
        if (missingItems == null || missingItems.isBlank()) {
            return EnumSet.noneOf(ChecklistItem.class);
        }
        return Arrays.stream(missingItems.split(",")).map(ChecklistItem::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ChecklistItem.class)));
    }

    public ScoreSheet getScoreSheet() {
        return ScoreSheet.fromJson(evaluationScores);
    }

    /** Whether the notice period is over on {@code day}, so that the approver may sign. */
    public boolean isNoticeOver(LocalDate day) {
        return status == ContractingStatus.PUBLIC_NOTICE && noticeUntil != null && day.isAfter(noticeUntil);
    }

    @Override
    public String auditType() {
        return "ContractingApplication";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = AuditStates.of(this);
        state.put("careTypes", String.join("；", careTypes.stream().map(c -> c.getCareType().name() + " "
                + c.getPlaces() + " 床/人 " + c.getDailyCharge().toPlainString() + " 元/日").toList()));
        return state;
    }

    public String getNumber() {
        return number;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public ContractingKind getKind() {
        return kind;
    }

    public ContractingStatus getStatus() {
        return status;
    }

    public String getRuleSetCode() {
        return ruleSetCode;
    }

    public Long getRenewsAgreementId() {
        return renewsAgreementId;
    }

    public List<RequestedCareType> getCareTypes() {
        return careTypes;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public LocalDate getCorrectionDue() {
        return correctionDue;
    }

    public int getTimesReturned() {
        return timesReturned;
    }

    public EvaluationManner getEvaluationManner() {
        return evaluationManner;
    }

    public Integer getEvaluationScore() {
        return evaluationScore;
    }

    public String getEvaluationRemarks() {
        return evaluationRemarks;
    }

    public Stamp getEvaluated() {
        return evaluated;
    }

    public LocalDate getNoticeFrom() {
        return noticeFrom;
    }

    public LocalDate getNoticeUntil() {
        return noticeUntil;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Stamp getSubmitted() {
        return submitted;
    }
}
