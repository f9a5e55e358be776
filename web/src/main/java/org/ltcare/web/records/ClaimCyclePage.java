package org.ltcare.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.settlement.run.ClaimRun;
import org.ltcare.settlement.run.ClaimRunService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;

/**
 * 结算周期: the bureau's list of the claims submitted into a settlement cycle, with totals and the payout due date;
 * those past it are marked overdue (Weihai: within 30 working days of submission).
 */
@Named
@ViewScoped
public class ClaimCyclePage extends Page {

    @Inject
    private ClaimService claims;

    @Inject
    private InstitutionChoice institutions;

    @Inject
    private ClaimRunService claimRuns;

    private String cycle;
    private String runMonth;
    private List<ClaimRun> runs = List.of();
    private List<CareClaim> list = List.of();

    public void load() {
        cycle = MonthParam.orElse(cycle, YearMonth.now(ClockProducer.ZONE)).toString();
        runMonth = MonthParam.orElse(runMonth, YearMonth.now(ClockProducer.ZONE).minusMonths(1)).toString();
        try {
            list = claims.ofCycle(actor, YearMonth.parse(cycle));
            runs = claimRuns.recent(actor);
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    /** 全市生成: the month's drafts of every institution with someone in care, as a background job. */
    public void startRun() {
        try {
            ClaimRun run = claimRuns.start(actor, MonthParam.orElse(runMonth, YearMonth.now(ClockProducer.ZONE)
                    .minusMonths(1)));
            errors.info("claimRun.started", run.getMonth().toString(), run.getRun().getTotal());
            runs = claimRuns.recent(actor);
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public void restartRun(ClaimRun run) {
        try {
            claimRuns.restart(actor, run.getId());
            errors.info("claimRun.restarted", run.getMonth().toString());
            runs = claimRuns.recent(actor);
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public void refreshRuns() {
        runs = claimRuns.recent(actor);
    }

    public boolean isRunning() {
        return runs.stream().anyMatch(r -> r.getRun().isRunning());
    }

    public boolean isMayRun() {
        return claimRuns.mayStart(actor);
    }

    public String getRunMonth() {
        return runMonth;
    }

    public void setRunMonth(String runMonth) {
        this.runMonth = runMonth;
    }

    public List<ClaimRun> getRuns() {
        return runs;
    }

    public String institutionOf(CareClaim claim) {
        return institutions.nameOf(claim.getInstitutionId());
    }

    /** Submitted, not yet approved for payout, and the due date has passed. */
    public boolean isOverdue(CareClaim claim) {
        return claim.getStatus() != ClaimStatus.DRAFT && claim.getStatus() != ClaimStatus.APPROVED
                && claim.getStatus() != ClaimStatus.PAID && claim.getPayoutDueOn() != null
                && claim.getPayoutDueOn().isBefore(LocalDate.now(ClockProducer.ZONE));
    }

    /** The cycle's fund share, as text with 2 decimals (a message format would group and round a number). */
    public BigDecimal getFundTotal() {
        return list.stream().map(c -> c.getAmounts().getFundShare()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public List<CareClaim> getList() {
        return list;
    }
}
