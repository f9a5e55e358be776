package org.ltcare.web.institution;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ltcare.institution.AgreedCareType;
import org.ltcare.institution.AgreementService;
import org.ltcare.institution.AgreementTerms;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionService;
import org.ltcare.institution.agreement.AgreementDocumentService;
import org.ltcare.institution.contracting.ChecklistItem;
import org.ltcare.institution.contracting.ContractingAction;
import org.ltcare.institution.contracting.ContractingApplication.EvaluationManner;
import org.ltcare.institution.contracting.ContractingApplication;
import org.ltcare.institution.contracting.ContractingKind;
import org.ltcare.institution.contracting.ContractingService;
import org.ltcare.institution.evaluation.EvaluationItem;
import org.ltcare.institution.evaluation.ScoreSheet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Formats;
import org.ltcare.web.i18n.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One contracting application (定点申请) and the step waiting on it, for whoever may take it: the institution
 * applies and corrects, the agency reviews the documents and evaluates, the approver signs or refuses (also a
 * renewal). Without ?id= an institution's administrator (or a reviewer, with ?institution=) starts a new one.
 */
@Named
@ViewScoped
public class ContractingApplicationPage extends Page {

    @Inject
    private ContractingService contracting;

    @Inject
    private InstitutionService institutions;

    @Inject
    private AgreementService agreements;

    @Inject
    private AgreementDocumentService documents;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private Messages messages;

    private Long id;
    private Long institutionId;
    private ContractingApplication application;
    private CareInstitution institution;
    private List<AgreementLine> lines = blankLines();
    private ChecklistItem[] present = new ChecklistItem[0];
    private String reason;
    private EvaluationManner manner;
    private final Map<EvaluationItem, Integer> points = new EnumMap<>(EvaluationItem.class);
    private String remarks;
    private LocalDate validFrom;
    private LocalDate validUntil;

    public void load() {
        try {
            if (id != null) {
                application = contracting.find(actor, id);
                institutionId = application.getInstitutionId();
                fillForms();
            } else {
                institutionId = InstitutionPages.shownInstitution(institutionId, actor);
            }
            institution = institutionId == null ? null : institutions.find(actor, institutionId);
        } catch (BusinessException e) {
            application = null;
            institution = null;
            errors.refuse(e);
        }
    }

    /** The forms start from what the application asks for, and the dates from today and the rule set. */
    private void fillForms() {
        lines = blankLines();
        application.requestedTerms().forEach(t -> lines.stream().filter(l -> l.getCareType() == t.careType())
                .findFirst().ifPresent(l -> {
                    l.setPlaces(t.places());
                    l.setDailyCharge(t.dailyCharge());
                }));
        present = getChecklist().toArray(new ChecklistItem[0]);
        if (application.getRenewsAgreementId() != null) {
            validFrom = agreements.find(actor, application.getRenewsAgreementId()).getValidUntil().plusDays(1);
        } else {
            validFrom = LocalDate.now(ClockProducer.ZONE).plusDays(1);
        }
        String region = institutions.find(actor, application.getInstitutionId()).getOrganisation().getRegionCode();
        validUntil = ruleSets.inForce(region, validFrom).content().contracting().defaultValidUntil(validFrom);
    }

    public String submit() {
        return act("contractingForm", () -> {
            return contracting.submit(actor, institutionId, requested());
        });
    }

    public String resubmit() {
        return act("contractingForm", () -> contracting.resubmit(actor, id, requested()));
    }

    public String review() {
        Set<ChecklistItem> missing = EnumSet.noneOf(ChecklistItem.class);
        missing.addAll(getChecklist());
        missing.removeAll(List.of(present));
        return act("reviewForm", () -> contracting.review(actor, id, missing, reason));
    }

    public String evaluate() {
        return act("evaluationForm", () -> contracting.evaluate(actor, id, manner, new ScoreSheet(withoutBlanks()),
                remarks));
    }

    public String sign() {
        return act("signForm", () -> {
            contracting.sign(actor, id, new AgreementTerms(requested(), validFrom, validUntil));
            return contracting.find(actor, id);
        });
    }

    public String refuse() {
        return act("signForm", () -> contracting.refuse(actor, id, reason));
    }

    /** Runs a step; on success the page is shown afresh for the application (PRG), on refusal the form keeps its input. */
    private String act(String formId, java.util.function.Supplier<ContractingApplication> step) {
        try {
            ContractingApplication done = step.get();
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            errors.info("contracting.saved." + done.getStatus().name(), done.getNumber());
            return "/institutions/contracting-application?faces-redirect=true&id=" + done.getId();
        } catch (BusinessException e) {
            errors.show(e, formId, this::labelOf);
            return null;
        }
    }

    private Map<EvaluationItem, Integer> withoutBlanks() {
        Map<EvaluationItem, Integer> given = new EnumMap<>(EvaluationItem.class);
        points.forEach((item, value) -> {
            if (value != null) {
                given.put(item, value);
            }
        });
        return given;
    }

    private List<AgreedCareType> requested() {
        return lines.stream().filter(l -> l.getPlaces() != null)
                .map(l -> new AgreedCareType(l.getCareType(), l.getPlaces(),
                        l.getDailyCharge() == null ? BigDecimal.ZERO : l.getDailyCharge()))
                .toList();
    }

    private String labelOf(String field) {
        String[] parts = field.split("\\.");
        if (parts.length >= 2 && parts[0].equals("careTypes")) {
            String type = messages.careType(CareType.valueOf(parts[1]));
            return parts.length == 2 ? type : type + " · " + messages.get("agreement." + parts[2]);
        }
        if (parts.length == 2 && parts[0].equals("score")) {
            return messages.get("evaluation.item." + parts[1]);
        }
        return switch (field) {
            case "careTypes" -> messages.get("agreement.careTypes");
            case "validFrom", "validUntil" -> messages.get("agreement." + field);
            default -> messages.get("contracting.field." + field);
        };
    }

    public StreamedContent agreementPdf() {
        AgreementDocumentService.Pdf pdf = documents.pdf(actor, application.getAgreementId());
        return DefaultStreamedContent.builder().name(pdf.fileName()).contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf.content())).build();
    }

    // ---- what the page shows and offers

    public List<ChecklistItem> getChecklist() {
        Set<CareType> asked = EnumSet.noneOf(CareType.class);
        if (application != null) {
            application.requestedTerms().forEach(t -> asked.add(t.careType()));
        }
        return Arrays.stream(ChecklistItem.values()).filter(i -> i.appliesTo(asked)).toList();
    }

    public boolean isMayApply() {
        return institution != null && allowed(ContractingAction.APPLY);
    }

    public boolean isMayResubmit() {
        return allowed(ContractingAction.RESUBMIT);
    }

    public boolean isMayReview() {
        return allowed(ContractingAction.REVIEW);
    }

    public boolean isMayEvaluate() {
        return allowed(ContractingAction.EVALUATE);
    }

    public boolean isMaySign() {
        return allowed(ContractingAction.SIGN);
    }

    public boolean isRenewal() {
        return application != null && application.getKind() == ContractingKind.RENEWAL;
    }

    public boolean isNoticeRunning() {
        return application != null && contracting.isNoticeRunning(application);
    }

    /** The service's answer for what the user may do now (the page only shows it). */
    private boolean allowed(ContractingAction action) {
        long of = application != null ? application.getInstitutionId() : institutionId == null ? -1 : institutionId;
        return contracting.allowedActions(actor, of, application).contains(action);
    }

    public int getPassMark() {
        String region = institution.getOrganisation().getRegionCode();
        return ruleSets.byCode(region, application.getRuleSetCode()).content().contracting().evaluationPassMark();
    }

    public String missingText() {
        return messages.joinItems(application.getMissing().stream()
                .map(i -> messages.get("contracting.checklist." + i.name())).toList());
    }

    public String termsText() {
        return messages.joinClauses(application.getCareTypes().stream().map(c -> messages.careType(c.getCareType())
                + " " + c.getPlaces() + " · " + Formats.yuan(c.getDailyCharge())).toList());
    }

    public List<EvaluationItem> getSheetItems() {
        return List.of(EvaluationItem.values());
    }

    public Integer scoreOf(EvaluationItem item) {
        return application.getScoreSheet().points().get(item);
    }

    public List<EvaluationManner> getManners() {
        return List.of(EvaluationManner.values());
    }

    private static List<AgreementLine> blankLines() {
        return Arrays.stream(CareType.values()).map(AgreementLine::new).toList();
    }

    // ---- bean properties

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public ContractingApplication getApplication() {
        return application;
    }

    public CareInstitution getInstitution() {
        return institution;
    }

    public List<AgreementLine> getLines() {
        return lines;
    }

    public ChecklistItem[] getPresent() {
        return present;
    }

    public void setPresent(ChecklistItem[] present) {
        this.present = present == null ? new ChecklistItem[0] : present;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public EvaluationManner getManner() {
        return manner;
    }

    public void setManner(EvaluationManner manner) {
        this.manner = manner;
    }

    public Map<EvaluationItem, Integer> getPoints() {
        return points;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
