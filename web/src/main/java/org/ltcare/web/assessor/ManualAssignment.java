package org.ltcare.web.assessor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.assessment.Assessment;
import org.ltcare.assessment.AssessmentStatus;
import org.ltcare.assessment.DispatchService;
import org.ltcare.assessment.OnSiteAssessmentService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.security.Role;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;

/**
 * 人工指派 on the assessment page, when too few assessors were eligible for the draw: the supervisor picks two of
 * the agency's pool, seeing why each would not have been drawn, and records the reason.
 */
@Named
@ViewScoped
public class ManualAssignment extends Page {

    /** One assessor of the pool as the supervisor sees it, with what speaks against choosing them. */
    public record PoolOption(long id, String label, boolean disabled) implements Serializable {
    }

    @Inject
    private OnSiteAssessmentService onSite;

    @Inject
    private DispatchService dispatch;

    @Inject
    private Messages messages;

    private Long roundId;
    private List<PoolOption> pool = List.of();
    private List<Long> chosen = new ArrayList<>();
    private String reason;

    @PostConstruct
    void load() {
        Long applicationId = CaseParameter.applicationId();
        if (applicationId == null || !actor.has(Role.ASSESSMENT_SUPERVISOR)) {
            return;
        }
        try {
            Assessment round = onSite.latestFor(actor, applicationId);
            if (round.getStatus() != AssessmentStatus.AWAITING_ASSESSORS) {
                return;
            }
            roundId = round.getId();
            pool = dispatch.poolFor(actor, roundId).stream().map(this::optionOf).toList();
        } catch (BusinessException e) {
            roundId = null;
        }
    }

    private PoolOption optionOf(DispatchService.PoolMember member) {
        List<String> against = new ArrayList<>();
        if (member.linkedToInstitution()) {
            against.add(messages.get("assignment.linked"));
        }
        if (member.assessedEarlierRound()) {
            against.add(messages.get("assignment.earlierRound"));
        }
        if (!member.hasLogin()) {
            against.add(messages.get("assignment.noLogin"));
        }
        String label = member.assessor().getName() + (against.isEmpty() ? "" : "（" + String.join("；", against) + "）");
        return new PoolOption(member.assessor().getId(), label,
                member.assessedEarlierRound() || !member.hasLogin());
    }

    public String assign() {
        if (chosen.size() != 2) {
            errors.show(new BusinessException("assignment.chooseTwo"), "assignForm");
            return null;
        }
        try {
            Assessment round = dispatch.assignManually(actor, roundId, chosen.get(0), chosen.get(1), reason);
            errors.info("assignment.done", round.getApplication().getId());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/assessor/assessment?faces-redirect=true&application=" + round.getApplication().getId();
        } catch (BusinessException e) {
            errors.show(e, "assignForm");
            return null;
        }
    }

    public boolean isMayAssign() {
        return roundId != null;
    }

    public List<PoolOption> getPool() {
        return pool;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
