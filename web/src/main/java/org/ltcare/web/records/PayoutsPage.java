package org.ltcare.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.ltcare.institution.CareInstitution;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.payout.PayoutBatch;
import org.ltcare.settlement.payout.PayoutDocuments;
import org.ltcare.settlement.payout.PayoutService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 支付批次: a cycle's approved claims not yet in a batch, a batch prepared and run from them (in the background,
 * the progress bar following it), resumed after it stopped; the bank payment file and the institutions'
 * statements to download.
 */
@Named
@ViewScoped
public class PayoutsPage extends Page {

    @Inject
    private PayoutService payouts;

    @Inject
    private PayoutDocuments documents;

    @Inject
    private InstitutionChoice institutions;

    @Inject
    private Messages messages;

    private String cycle;
    private List<CareClaim> payable = List.of();
    private List<PayoutBatch> batches = List.of();
    /** The batch whose institutions' statements are listed, and they (read once when it is chosen). */
    private PayoutBatch statementsBatch;
    private List<CareInstitution> statements = List.of();

    public void load() {
        cycle = MonthParam.orElse(cycle, YearMonth.now(ClockProducer.ZONE)).toString();
        try {
            payable = payouts.payable(actor, YearMonth.parse(cycle));
            batches = payouts.recent(actor);
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    /** Refreshes the batches for the poll while one runs. */
    public void refresh() {
        batches = payouts.recent(actor);
    }

    public boolean isMayRun() {
        return payouts.mayRun(actor);
    }

    public void prepare() {
        try {
            PayoutBatch batch = payouts.prepare(actor, YearMonth.parse(cycle));
            payouts.runInBackground(actor, batch.getId());
            errors.info("payout.started", batch.getId(), batch.getRun().getTotal());
            load();
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public void resume(PayoutBatch batch) {
        try {
            payouts.runInBackground(actor, batch.getId());
            errors.info("payout.resumed", batch.getId());
            refresh();
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public boolean isRunning() {
        return batches.stream().anyMatch(b -> b.getRun().isRunning());
    }

    public StreamedContent paymentFile(PayoutBatch batch) {
        byte[] csv = documents.paymentFile(actor, batch.getId());
        return DefaultStreamedContent.builder().name("payment-B" + batch.getId() + "-" + batch.getCycle() + ".csv")
                .contentType("text/csv; charset=UTF-8").stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /** Lists the institutions the batch paid, each with its statement to download. */
    public void showStatements(PayoutBatch batch) {
        statementsBatch = batch;
        statements = documents.paidInstitutions(actor, batch.getId());
        // the list opens below the batches: bring it into view
        PrimeFaces.current().scrollTo("payoutForm:statementsPanel");
    }

    public PayoutBatch getStatementsBatch() {
        return statementsBatch;
    }

    public List<CareInstitution> getStatements() {
        return statements;
    }

    public StreamedContent statement(CareInstitution institution) {
        long batchId = statementsBatch.getId();
        byte[] pdf = documents.statement(actor, batchId, institution.getId());
        return DefaultStreamedContent.builder().name("statement-B" + batchId + "-" + institution.getId() + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public StreamedContent statementWorkbook(CareInstitution institution) {
        long batchId = statementsBatch.getId();
        byte[] xlsx = documents.statementWorkbook(actor, batchId, institution.getId());
        return DefaultStreamedContent.builder().name("statement-B" + batchId + "-" + institution.getId() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(xlsx)).build();
    }

    /** "payout.noBankAccount|福寿园" → the message in the user's language. */
    public String failureText(PayoutBatch batch) {
        return messages.runFailure(batch.getRun().getFailure());
    }

    public String institutionOf(CareClaim claim) {
        return institutions.nameOf(claim.getInstitutionId());
    }

    public BigDecimal getPayableTotal() {
        return payable.stream().map(CareClaim::getPayable).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public List<CareClaim> getPayable() {
        return payable;
    }

    public List<PayoutBatch> getBatches() {
        return batches;
    }
}
