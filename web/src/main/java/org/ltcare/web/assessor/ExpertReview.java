package org.ltcare.web.assessor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ltcare.assessment.Assessment;
import org.ltcare.assessment.AssessmentStatus;
import org.ltcare.assessment.ExpertReviewService;
import org.ltcare.assessment.OnSiteAssessmentService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.security.Role;
import org.ltcare.web.Page;

/** 专家复核 on the assessment page: the supervisor approves the confirmed round or sends it back with a reason. */
@Named
@ViewScoped
public class ExpertReview extends Page {

    @Inject
    private OnSiteAssessmentService onSite;

    @Inject
    private ExpertReviewService review;

    private Long roundId;
    private boolean mayReview;
    private boolean overdueEscalated;
    private String reason;
    private String followUpNote;

    @PostConstruct
    void load() {
        Long applicationId = CaseParameter.applicationId();
        if (applicationId == null || !actor.has(Role.ASSESSMENT_SUPERVISOR)) {
            return;
        }
        try {
            Assessment round = onSite.latestFor(actor, applicationId);
            roundId = round.getId();
            mayReview = round.getStatus() == AssessmentStatus.CONFIRMED;
            overdueEscalated = review.isOverdueEscalated(round);
        } catch (BusinessException e) {
            mayReview = false;
        }
    }

    public String approve() {
        try {
            Assessment approved = review.approve(actor, roundId);
            return done("assessment.approved", approved);
        } catch (BusinessException e) {
            errors.show(e, "reviewForm");
            return null;
        }
    }

    public String sendBack() {
        try {
            Assessment returned = review.sendBack(actor, roundId, reason);
            return done("assessment.sentBack", returned);
        } catch (BusinessException e) {
            errors.show(e, "reviewForm");
            return null;
        }
    }

    public void followUpOverdue() {
        try {
            review.followUpOverdue(actor, roundId, followUpNote);
            overdueEscalated = false;
            errors.info("overdue.followedUp");
        } catch (BusinessException e) {
            errors.show(e, "overdueForm");
        }
    }

    public boolean isOverdueEscalated() {
        return overdueEscalated;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public void setFollowUpNote(String followUpNote) {
        this.followUpNote = followUpNote;
    }

    private String done(String key, Assessment round) {
        errors.info(key, round.getApplication().getId());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/applications/detail?faces-redirect=true&id=" + round.getApplication().getId();
    }

    public boolean isMayReview() {
        return mayReview;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
