package org.ltcare.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.ltcare.settlement.deposit.ClearingYear;
import org.ltcare.settlement.deposit.DepositClearing;
import org.ltcare.settlement.deposit.DepositClearingService;
import org.ltcare.settlement.deposit.Withheld;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 保证金清算: a past year's quality deposits per institution — cleared (score, band, released, kept, status) or
 * still open (evaluated or waiting for the evaluation); the officer prepares, an approver approves; statements and
 * the bank file of the released deposits.
 */
@Named
@ViewScoped
public class DepositClearingPage extends Page {

    @Inject
    private DepositClearingService clearing;

    @Inject
    private InstitutionChoice institutions;

    private Integer year;
    private ClearingYear view;

    public void load() {
        int lastYear = LocalDate.now(ClockProducer.ZONE).getYear() - 1;
        if (year == null || year < 2000 || year > lastYear + 1) {
            year = lastYear;
        }
        try {
            view = clearing.year(actor, year);
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public boolean isMayPrepare() {
        return clearing.mayPrepare(actor) && view != null && view.open().stream().anyMatch(view::isEvaluated);
    }

    public boolean isMayApprove() {
        return clearing.mayApprove(actor) && view != null
                && view.made().stream().anyMatch(c -> !c.isApproved());
    }

    public boolean isAnyApproved() {
        return view != null && view.made().stream().anyMatch(DepositClearing::isApproved);
    }

    public void prepare() {
        act(() -> errors.info("clearing.prepared", clearing.prepare(actor, year).size(), String.valueOf(year)));
    }

    public void approve() {
        act(() -> errors.info("clearing.approvedCount", clearing.approve(actor, year).size(), String.valueOf(year)));
    }

    private void act(Runnable step) {
        try {
            step.run();
            load();
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public StreamedContent statement(DepositClearing c) {
        byte[] pdf = clearing.statement(actor, c.getId());
        return DefaultStreamedContent.builder().name("deposit-clearing-" + c.getYear() + "-" + c.getInstitutionId()
                + ".pdf").contentType("application/pdf").stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public StreamedContent getReleaseFile() {
        byte[] csv = clearing.releaseFile(actor, year);
        return DefaultStreamedContent.builder().name("deposit-release-" + year + ".csv")
                .contentType("text/csv; charset=UTF-8").stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public String nameOf(long institutionId) {
        return institutions.nameOf(institutionId);
    }

    public String scoreOf(Withheld withheld) {
        Integer score = view.scores().get(withheld.institutionId());
        return score == null ? null : String.valueOf(score);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ClearingYear getView() {
        return view;
    }
}
