package org.ltcare.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.rules.RuleSetDiff;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.security.Actor;
import org.ltcare.web.i18n.FacesErrors;

/** Two versions side by side (admin/rulesets/compare.xhtml): only the values that differ. */
@Named
@RequestScoped
public class RuleSetComparePage {

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private Actor actor;

    @Inject
    private FacesErrors errors;

    @Inject
    private RuleSetPathLabels labels;

    private Long left;
    private Long right;
    private RuleSet leftSet;
    private RuleSet rightSet;
    private List<RuleSetDiff.Difference> differences = List.of();

    public void load() {
        if (left == null || right == null) {
            return;
        }
        try {
            leftSet = ruleSets.find(actor, left);
            rightSet = ruleSets.find(actor, right);
            differences = RuleSetDiff.between(leftSet.content(), rightSet.content());
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public String label(String path) {
        return labels.of(path);
    }

    public RuleSet getLeftSet() {
        return leftSet;
    }

    public RuleSet getRightSet() {
        return rightSet;
    }

    public List<RuleSetDiff.Difference> getDifferences() {
        return differences;
    }

    public Long getLeft() {
        return left;
    }

    public void setLeft(Long left) {
        this.left = left;
    }

    public Long getRight() {
        return right;
    }

    public void setRight(Long right) {
        this.right = right;
    }
}
