package org.ltcare.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ltcare.benefit.AdmissionLine;
import org.ltcare.benefit.AdmissionQueries;
import org.ltcare.benefit.AdmissionStatus;
import org.ltcare.care.CareRecordAccess;
import org.ltcare.care.visit.Confirmation;
import org.ltcare.care.visit.HomeVisitService;
import org.ltcare.care.visit.VisitCounts;
import org.ltcare.care.visit.VisitForm;
import org.ltcare.care.visit.VisitLine;
import org.ltcare.care.worker.CareWorker;
import org.ltcare.care.worker.CareWorkerService;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.catalogue.ServiceCatalogueService;
import org.ltcare.policy.catalogue.ServiceItem;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;
import org.ltcare.web.files.StoredFiles;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * 上门服务: the institution's home visits of a period (unverified ones flagged), a form to record a visit (at
 * check-in, or whole) and the check-out of open visits. Bureau staff choose an institution and read.
 */
@Named
@ViewScoped
public class VisitsPage extends Page {

    private static final int PAGE = 50;

    @Inject
    private HomeVisitService visits;

    @Inject
    private AdmissionQueries admissions;

    @Inject
    private CareWorkerService workers;

    @Inject
    private ServiceCatalogueService catalogue;

    @Inject
    private RuleSetService ruleSets;

    private Long institution;
    private LocalDate from;
    private LocalDate to;
    private boolean unverifiedOnly;
    private int first;
    private List<VisitLine> lines = List.of();
    private long total;
    private long unverified;
    private List<AdmissionLine> beneficiaries = List.of();
    private List<CareWorker> activeWorkers = List.of();
    private List<ServiceItem> items = List.of();

    private Long admissionId;
    private Long workerId;
    private LocalDateTime checkedInAt;
    private LocalDateTime checkedOutAt;
    private List<String> itemCodes = new ArrayList<>();
    private Confirmation confirmation = Confirmation.NONE;
    private String confirmedBy;
    private String confirmationCode;
    private transient UploadedFile signature;
    private Long checkingOut;

    public void load() {
        if (actor.isInstitutionScoped()) {
            institution = actor.organisationId();
        }
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        if (to == null) {
            to = today;
        }
        if (from == null) {
            from = to.withDayOfMonth(1);
        }
        if (institution == null) {
            return;
        }
        try {
            VisitCounts counts = visits.counts(actor, institution, from, to);
            total = counts.total();
            unverified = counts.unverified();
            lines = visits.list(actor, institution, from, to, unverifiedOnly, first, PAGE);
            if (isMayRecord()) {
                beneficiaries = admissions.linesOf(actor, institution, AdmissionStatus.ADMITTED).stream()
                        .filter(l -> l.admission().getCareType().isVisitBased())
                        .filter(l -> l.admission().holdsPlaceFrom(today.minusMonths(1))).toList();
                activeWorkers = workers.ofInstitution(actor, institution).stream().filter(CareWorker::isActive).toList();
                items = catalogue.inForce(ruleSets.regionOf(actor), today).stream()
                        .filter(i -> i.allows(CareType.HOME) || i.allows(CareType.VISITING)).toList();
            }
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public boolean isMayRecord() {
        return institution != null && CareRecordAccess.mayWrite(actor, institution);
    }

    public void record() {
        try {
            visits.record(actor, admissionId == null ? -1 : admissionId, form());
            String name = beneficiaries.stream().filter(l -> l.admission().getId().equals(admissionId))
                    .map(AdmissionLine::name).findFirst().orElse("");
            errors.info("visit.saved", name);
            clearForm();
            load();
        } catch (BusinessException e) {
            errors.show(e, "visitForm");
        }
    }

    public void startCheckOut(VisitLine line) {
        checkingOut = line.visit().getId();
        checkedOutAt = LocalDateTime.now(ClockProducer.ZONE).withSecond(0).withNano(0);
        itemCodes = new ArrayList<>(line.visit().getItems().keySet());
        confirmation = line.visit().getConfirmation();
        confirmedBy = line.visit().getConfirmedBy();
    }

    public void checkOut() {
        try {
            var done = visits.checkOut(actor, checkingOut, form());
            errors.info("visit.checkedOut", lines.stream().filter(l -> l.visit().getId().equals(done.getId()))
                    .map(VisitLine::name).findFirst().orElse(""));
            clearForm();
            load();
        } catch (BusinessException e) {
            errors.show(e, "checkOutForm");
        }
    }

    private VisitForm form() {
        Map<String, Integer> done = new LinkedHashMap<>();
        itemCodes.forEach(code -> done.put(code, 1));
        byte[] png = signature == null || signature.getSize() == 0 ? null : signature.getContent();
        return new VisitForm(workerId == null ? 0 : workerId, checkedInAt, checkedOutAt, null, null, null, done,
                confirmation, confirmedBy, confirmationCode, png, null);
    }

    private void clearForm() {
        admissionId = null;
        workerId = null;
        checkedInAt = null;
        checkedOutAt = null;
        itemCodes = new ArrayList<>();
        confirmation = Confirmation.NONE;
        confirmedBy = null;
        confirmationCode = null;
        signature = null;
        checkingOut = null;
    }

    public void nextPage() {
        if (first + PAGE < (unverifiedOnly ? unverified : total)) {
            first += PAGE;
            load();
        }
    }

    public void previousPage() {
        first = Math.max(0, first - PAGE);
        load();
    }

    public void search() {
        first = 0;
        load();
    }

    public String itemsText(VisitLine line) {
        StringBuilder text = new StringBuilder();
        line.visit().getItems().forEach((code, quantity) -> text.append(text.length() == 0 ? "" : "、")
                .append(code).append(quantity > 1 ? "×" + quantity : ""));
        return text.toString();
    }

    /** The signature image confirming the visit (its own institution and the bureau). */
    public StreamedContent signature(VisitLine line) {
        long id = line.visit().getId();
        byte[] png = visits.signature(actor, id).orElse(new byte[0]);
        return StoredFiles.download("signature-" + id + ".png", "image/png", png);
    }

    public List<Confirmation> getConfirmations() {
        return List.of(Confirmation.values());
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isUnverifiedOnly() {
        return unverifiedOnly;
    }

    public void setUnverifiedOnly(boolean unverifiedOnly) {
        this.unverifiedOnly = unverifiedOnly;
    }

    public int getFirst() {
        return first;
    }

    public List<VisitLine> getLines() {
        return lines;
    }

    public long getTotal() {
        return total;
    }

    public long getUnverified() {
        return unverified;
    }

    public List<AdmissionLine> getBeneficiaries() {
        return beneficiaries;
    }

    public List<CareWorker> getActiveWorkers() {
        return activeWorkers;
    }

    public List<ServiceItem> getItems() {
        return items;
    }

    public Long getAdmissionId() {
        return admissionId;
    }

    public void setAdmissionId(Long admissionId) {
        this.admissionId = admissionId;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }

    public LocalDateTime getCheckedInAt() {
        return checkedInAt;
    }

    public void setCheckedInAt(LocalDateTime checkedInAt) {
        this.checkedInAt = checkedInAt;
    }

    public LocalDateTime getCheckedOutAt() {
        return checkedOutAt;
    }

    public void setCheckedOutAt(LocalDateTime checkedOutAt) {
        this.checkedOutAt = checkedOutAt;
    }

    public List<String> getItemCodes() {
        return itemCodes;
    }

    public void setItemCodes(List<String> itemCodes) {
        this.itemCodes = itemCodes == null ? new ArrayList<>() : new ArrayList<>(itemCodes);
    }

    public Confirmation getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(Confirmation confirmation) {
        this.confirmation = confirmation;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public void setConfirmedBy(String confirmedBy) {
        this.confirmedBy = confirmedBy;
    }

    public String getConfirmationCode() {
        return confirmationCode;
    }

    public void setConfirmationCode(String confirmationCode) {
        this.confirmationCode = confirmationCode;
    }

    public UploadedFile getSignature() {
        return signature;
    }

    public void setSignature(UploadedFile signature) {
        this.signature = signature;
    }

    public Long getCheckingOut() {
        return checkingOut;
    }
}
