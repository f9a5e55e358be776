package org.ltcare.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.settlement.queue.ClaimQueueService;
import org.ltcare.settlement.queue.CycleTotal;
import org.ltcare.settlement.queue.QueueRow;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;

/**
 * 待审结算: the claims of a cycle waiting for the user's step across institutions, filtered by institution and by
 * anomalies; reviewers accept the clean ones in bulk; approvers see the cycle's totals by institution and care type.
 */
@Named
@ViewScoped
public class ReviewQueuePage extends Page {

    @Inject
    private ClaimQueueService queue;

    private String cycle;
    private String institutionText;
    private boolean anomaliesOnly;
    private List<QueueRow> rows = List.of();
    private List<QueueRow> selected = new ArrayList<>();
    private List<CycleTotal> byInstitution = List.of();
    private List<CycleTotal> byCareType = List.of();

    public void load() {
        cycle = MonthParam.orElse(cycle, YearMonth.now(ClockProducer.ZONE)).toString();
        try {
            rows = queue.queue(actor, YearMonth.parse(cycle), institutionText, anomaliesOnly);
            byInstitution = queue.totalsByInstitution(actor, YearMonth.parse(cycle));
            byCareType = queue.totalsByCareType(actor, YearMonth.parse(cycle));
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public void acceptSelected() {
        List<Long> ids = selected.stream().filter(r -> r.claim().getStatus() == ClaimStatus.SUBMITTED)
                .map(r -> r.claim().getId()).toList();
        try {
            int accepted = queue.acceptClean(actor, ids);
            errors.info("queue.accepted", accepted, selected.size() - accepted);
            selected = new ArrayList<>();
            load();
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public boolean isReviewer() {
        return queue.mayAcceptClean(actor);
    }

    public boolean isOverdue(QueueRow row) {
        return row.claim().getPayoutDueOn() != null
                && row.claim().getPayoutDueOn().isBefore(LocalDate.now(ClockProducer.ZONE));
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public String getInstitutionText() {
        return institutionText;
    }

    public void setInstitutionText(String institutionText) {
        this.institutionText = institutionText;
    }

    public boolean isAnomaliesOnly() {
        return anomaliesOnly;
    }

    public void setAnomaliesOnly(boolean anomaliesOnly) {
        this.anomaliesOnly = anomaliesOnly;
    }

    public List<QueueRow> getRows() {
        return rows;
    }

    public List<QueueRow> getSelected() {
        return selected;
    }

    public void setSelected(List<QueueRow> selected) {
        this.selected = selected;
    }

    public List<CycleTotal> getByInstitution() {
        return byInstitution;
    }

    public List<CycleTotal> getByCareType() {
        return byCareType;
    }

    /** The care type a total of {@link #getByCareType} is keyed by, for the page to name. */
    public CareType careTypeOf(CycleTotal total) {
        return CareType.valueOf(total.key());
    }
}
