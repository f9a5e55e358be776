package org.ltcare.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetAccess;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.deposit.DepositBandService;
import org.ltcare.policy.deposit.ReleaseSchedule;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;

/**
 * 保证金返还档次: a rule-set version's score bands for the annual clearing of the quality deposit; the bureau's
 * administrator edits a draft's (shares entered in per cent), versions in force are shown read-only.
 */
@Named
@ViewScoped
public class DepositBandsPage extends Page {

    private static final int ROWS = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    private RuleSetAccess ruleSetAccess;

    @Inject
    private DepositBandService bands;

    @Inject
    private RuleSetService ruleSets;

    private Long ruleSet;
    private RuleSet current;
    private final List<Row> rows = new ArrayList<>();

    /** An editable band: from a score, a share in per cent. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer minScore;
        private BigDecimal percent;

        public Integer getMinScore() {
            return minScore;
        }

        public void setMinScore(Integer minScore) {
            this.minScore = minScore;
        }

        public BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(BigDecimal percent) {
            this.percent = percent;
        }
    }

    public void load() {
        if (ruleSet == null) {
            return;
        }
        try {
            current = ruleSets.find(actor, ruleSet);
            rows.clear();
            for (ReleaseSchedule.Band band : bands.schedule(actor, ruleSet).bands()) {
                Row row = new Row();
                row.minScore = band.minScore();
                row.percent = band.share().multiply(HUNDRED).stripTrailingZeros();
                rows.add(row);
            }
            while (isEditable() && rows.size() < ROWS) {
                rows.add(new Row());
            }
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public boolean isEditable() {
        return current != null && ruleSetAccess.mayEdit(actor, current);
    }

    public void save() {
        List<ReleaseSchedule.Band> given = new ArrayList<>();
        for (Row row : rows) {
            if (row.minScore != null || row.percent != null) {
                given.add(new ReleaseSchedule.Band(row.minScore == null ? -1 : row.minScore,
                        row.percent == null ? null : row.percent.divide(HUNDRED, 6, RoundingMode.UNNECESSARY)
                                .stripTrailingZeros()));
            }
        }
        try {
            bands.replace(actor, ruleSet, given);
            errors.info("depositBands.saved");
            load();
        } catch (BusinessException e) {
            errors.show(e, "bandsForm");
        }
    }

    public Long getRuleSet() {
        return ruleSet;
    }

    public void setRuleSet(Long ruleSet) {
        this.ruleSet = ruleSet;
    }

    public RuleSet getCurrent() {
        return current;
    }

    public List<Row> getRows() {
        return rows;
    }
}
