package org.ltcare.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;

/** 政策规则版本 (admin/rulesets/list.xhtml): the region's versions, copying one into a draft, choosing two to compare. */
@Named
@ViewScoped
public class RuleSetListPage extends Page {

    @Inject
    private RuleSetService ruleSets;

    private transient List<RuleSet> versions;
    private Long copyFromId;
    private String newCode;
    private String newName;
    private Long leftId;
    private Long rightId;

    public List<RuleSet> getVersions() {
        if (versions == null) {
            try {
                versions = ruleSets.list(actor);
            } catch (BusinessException e) {
                versions = List.of();
                errors.show(e, null);
            }
        }
        return versions;
    }

    public boolean isInForceToday(RuleSet ruleSet) {
        return ruleSet.isInForceOn(LocalDate.now(ClockProducer.ZONE));
    }

    /** Opens the new draft for editing. */
    public String copy() {
        try {
            RuleSet draft = ruleSets.createDraft(actor, copyFromId, newCode, newName);
            return "/admin/rulesets/edit?faces-redirect=true&id=" + draft.getId();
        } catch (BusinessException e) {
            errors.show(e, "copyForm");
            return null;
        }
    }

    public String compare() {
        return "/admin/rulesets/compare?faces-redirect=true&left=" + leftId + "&right=" + rightId;
    }

    public Long getCopyFromId() {
        return copyFromId;
    }

    public void setCopyFromId(Long copyFromId) {
        this.copyFromId = copyFromId;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Long getLeftId() {
        return leftId;
    }

    public void setLeftId(Long leftId) {
        this.leftId = leftId;
    }

    public Long getRightId() {
        return rightId;
    }

    public void setRightId(Long rightId) {
        this.rightId = rightId;
    }
}
