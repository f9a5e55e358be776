package org.ltcare.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ltcare.settlement.audit.ClaimFinding;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimAction;
import org.ltcare.settlement.claim.ClaimLine;
import org.ltcare.settlement.claim.ClaimProcess;
import org.ltcare.settlement.claim.ClaimReviewService;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.claim.LineDecision;
import org.ltcare.settlement.claim.LineReview;
import org.ltcare.settlement.claim.ReviewReason;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;

/**
 * 结算申请: the institution generates its claim for a month from its care records, reads the lines with the days
 * not paid and why, and submits it in the claim window. Bureau staff open an institution's claims read-only.
 */
@Named
@ViewScoped
public class ClaimsPage extends Page {

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)](?:\\.(\\w+))?");

    @Inject
    private ClaimService claims;

    @Inject
    private ClaimReviewService reviews;

    @Inject
    private ClaimProcess process;

    @Inject
    private Messages messages;

    private Long id;
    private Long institution;
    private String month;
    private String escalationNote;
    private boolean escalated;
    private CareClaim claim;
    private List<ClaimLine> lines = List.of();
    /** The review steps open to this user on the claim shown. */
    private Set<ClaimAction> open = Set.of();
    private List<ClaimFinding> findings = List.of();
    private String windowHint;
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, String> decisions = new HashMap<>();
    private final Map<Long, BigDecimal> amounts = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    public void load() {
        if (id != null) {
            try {
                CareClaim opened = claims.find(actor, id);
                institution = opened.getInstitutionId();
                month = opened.getMonth().toString();
            } catch (BusinessException e) {
                errors.refuse(e);
            }
            id = null;
        }
        if (actor.isInstitutionScoped()) {
            institution = actor.organisationId();
        }
        month = MonthParam.orElse(month, YearMonth.now(ClockProducer.ZONE).minusMonths(1)).toString();
        if (institution == null) {
            return;
        }
        try {
            claim = claims.ofInstitutionMonth(actor, institution, YearMonth.parse(month)).orElse(null);
            lines = claim == null ? List.of() : claims.lines(actor, claim.getId());
            findings = claim == null ? List.of() : claims.findings(actor, claim.getId());
            names.clear();
            if (claim != null) {
                names.putAll(claims.beneficiaryNames(actor, claim.getId()));
                var terms = claims.termsOf(actor, claim.getId());
                windowHint = messages.format("claim.windowHint", terms.claimWindowFromDay(), terms.claimWindowToDay());
            }
            escalated = claim != null && process.isEscalated(claim);
            open = claim == null ? Set.of() : reviews.openActions(actor, claim);
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public boolean isMayPrepare() {
        return claims.mayPrepare(actor, institution, claim);
    }

    public void generate() {
        try {
            CareClaim generated = claims.generate(actor, institution, YearMonth.parse(month));
            errors.info("claim.generated", month, generated.getLineCount());
            load();
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public void submit() {
        try {
            CareClaim submitted = claims.submit(actor, claim.getId());
            errors.info("claim.submitted", month, submitted.getCycle());
            load();
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public boolean isMayFirstReview() {
        return open.contains(ClaimAction.FIRST_REVIEW);
    }

    public boolean isMaySecondReview() {
        return open.contains(ClaimAction.SECOND_REVIEW);
    }

    public boolean isMayApprove() {
        return open.contains(ClaimAction.APPROVE);
    }

    /** The first review: every line as decided on the page (lines left as 通过 are accepted). */
    public void firstReview() {
        List<LineDecision> list = new ArrayList<>();
        for (ClaimLine line : lines) {
            String review = decisions.getOrDefault(line.getId(), "ACCEPTED");
            String reason = reasons.get(line.getId());
            list.add(new LineDecision(line.getId(),
                    LineReview.valueOf(review), amounts.get(line.getId()),
                    reason == null || reason.isBlank() ? null : ReviewReason.valueOf(reason),
                    notes.get(line.getId())));
        }
        act(() -> reviews.firstReview(actor, claim.getId(), list), "claim.reviewed");
    }

    public void secondReview() {
        act(() -> reviews.secondReview(actor, claim.getId()), "claim.reviewed");
    }

    public void approve() {
        act(() -> reviews.approve(actor, claim.getId()), "claim.approved");
    }

    /** The payout deadline has passed its escalation point and an approver has yet to record what was done. */
    public boolean isMayHandleEscalation() {
        return open.contains(ClaimAction.HANDLE_ESCALATION);
    }

    public void handleEscalation() {
        act(() -> reviews.escalationHandled(actor, claim.getId(), escalationNote), "claim.escalationHandled");
        escalationNote = null;
    }

    public boolean isEscalated() {
        return escalated;
    }

    public String getEscalationNote() {
        return escalationNote;
    }

    public void setEscalationNote(String escalationNote) {
        this.escalationNote = escalationNote;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private void act(Runnable step, String doneKey) {
        try {
            step.run();
            errors.info(doneKey, month);
            load();
        } catch (BusinessException e) {
            errors.show(e, this::clientIdOf, this::labelOf);
        }
    }

    /** "lines[3].reason" is the reason menu in the table's fourth row; other fields are the form's own. */
    private String clientIdOf(String field) {
        Matcher line = LINE_FIELD.matcher(field);
        return line.matches() ? "claimForm:lines:" + line.group(1) + ":" + fieldOf(line)
                : "claimForm:" + field.replace('.', '_');
    }

    /** "第 4 行（张三）的原因": the row and the person, so the reviewer finds the line among fifty. */
    private String labelOf(String field) {
        Matcher line = LINE_FIELD.matcher(field);
        if (!line.matches()) {
            return messages.get("field." + field);
        }
        int index = Integer.parseInt(line.group(1));
        String person = index < lines.size() ? nameOf(lines.get(index)) : "";
        return messages.format("claim.review.lineField", index + 1, person,
                messages.get("claim.review.field." + fieldOf(line)));
    }

    /** The row's field; none means the decision itself. */
    private static String fieldOf(Matcher line) {
        return line.group(2) == null ? "decision" : line.group(2);
    }

    public List<ReviewReason> getReviewReasons() {
        return List.of(ReviewReason.values());
    }

    public Map<Long, String> getDecisions() {
        return decisions;
    }

    public Map<Long, BigDecimal> getAmounts() {
        return amounts;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    /** The finding's evidence in the reader's language; a day code's days with the record behind them. */
    public String evidenceOf(ClaimFinding finding) {
        return finding.fact().map(fact -> messages.format("finding.days.fact", finding.getEvidence().get(0),
                fact.describe(Messages.currentLocale())))
                .orElseGet(() -> messages.format("finding." + finding.getRule(), finding.getEvidence().toArray()));
    }

    /** What the rule was checked with: "规则版本 SD-2025 · 阈值 26 天" (empty for findings made before it was kept). */
    public String basisOf(ClaimFinding finding) {
        if (finding.getRuleSetCode() == null) {
            return "";
        }
        String version = messages.format("finding.ruleSet", finding.getRuleSetCode());
        return finding.getThreshold() == null ? version : version + " · "
                + messages.format("finding.threshold." + finding.getRule(), finding.getThreshold().toString());
    }

    public String personOf(ClaimFinding finding) {
        return finding.getInsuredId() == null ? "" : names.getOrDefault(finding.getInsuredId(), "");
    }

    public List<ClaimFinding> getFindings() {
        return findings;
    }

    public String nameOf(ClaimLine line) {
        return names.getOrDefault(line.getInsuredId(), "");
    }

    /** How the line's amounts came to be, in the page's language. */
    public List<String> howOf(ClaimLine line) {
        return line.explain(Messages.currentLocale());
    }

    /** "住院期间 3、无服务记录 1". */
    public String rejectedText(ClaimLine line) {
        return messages.joinItems(line.rejectionCounts().entrySet().stream()
                .map(e -> messages.get("rejectionReason." + e.getKey()) + " " + e.getValue()).toList());
    }

    public String getWindowHint() {
        return windowHint;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public CareClaim getClaim() {
        return claim;
    }

    public List<ClaimLine> getLines() {
        return lines;
    }
}
