package org.ltcare.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.BigDecimalConverter;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.IntegerConverter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ltcare.policy.EligibilityTableService;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.RuleSetStatus;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.ImpairmentLevel;
import org.ltcare.policy.rules.PolicyNumbers;
import org.ltcare.policy.rules.ScaleItem;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * One rule-set version (admin/rulesets/edit.xhtml): every number of an active version shown read-only; a draft
 * edited, saved with the domain's validation (each problem shown at its field), activated from a date, or
 * deleted.
 */
@Named
@ViewScoped
public class RuleSetEditPage extends Page {

    static final String FORM = "ruleSetForm";

    @Inject
    private EligibilityTableService eligibilityTables;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private Messages messages;

    @Inject
    private RuleSetPathLabels labels;

    private Long id;
    private transient RuleSet ruleSet;
    private RuleSetForm form;
    private String name;
    /** The problems of the last save or activation, by the validator's path. */
    private Map<String, String> problems = Map.of();
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private transient UploadedFile eligibilityUpload;

    public void load() {
        if (id == null) {
            // Nothing to edit: the page has no rule set to show (its parts dereference one), so it is "not found".
            errors.refuse(new NotFoundException("RuleSet", ""));
            return;
        }
        try {
            ruleSet = ruleSets.find(actor, id);
            form = new RuleSetForm(ruleSet.content());
            name = ruleSet.getName();
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public void save() {
        try {
            ruleSet = ruleSets.saveDraft(actor, id, name, form.toContent(current().content()));
            problems = Map.of();
            errors.info("ruleSet.saved", ruleSet.getCode());
        } catch (ValidationException e) {
            showProblems(e);
        } catch (BusinessException e) {
            errors.show(e, FORM);
        }
    }

    /** Activation uses the stored draft: unsaved edits are not activated by surprise. */
    public String activate() {
        try {
            RuleSet active = ruleSets.activate(actor, id, effectiveFrom, effectiveTo);
            errors.info("ruleSet.activatedNotice", active.getCode(), String.valueOf(active.getEffectiveFrom()));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/rulesets/list?faces-redirect=true";
        } catch (ValidationException e) {
            showProblems(e);
        } catch (BusinessException e) {
            errors.show(e, "activateForm");
        }
        return null;
    }

    public String delete() {
        try {
            ruleSets.deleteDraft(actor, id);
            return "/admin/rulesets/list?faces-redirect=true";
        } catch (BusinessException e) {
            errors.show(e, null);
            return null;
        }
    }

    private void showProblems(ValidationException e) {
        problems = e.errors().stream().collect(Collectors.toMap(ValidationException.FieldError::field,
                this::problemText, (a, b) -> a + "；" + b, LinkedHashMap::new));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        problems.values().forEach(text -> faces.addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
    }

    /**
     * "日常生活活动能力 · 中度：与 轻度 等级之间…": where, then what; level and care-type codes among the
     * arguments read as their names.
     */
    private String problemText(ValidationException.FieldError error) {
        Object[] arguments = error.arguments().stream().map(this::nameOfCode).toArray();
        String where = labels.of(error.field().replaceFirst("^bands\\.", ""));
        return where + "：" + messages.format(error.messageKey(), arguments);
    }

    private String nameOfCode(String argument) {
        return argument.matches("[A-Z_]+") ? labels.nameOf(argument).orElse(argument) : argument;
    }

    /** The problems at a path and below it ("matrix" covers "matrix[1][2]"), or null. */
    /** The version's care-type eligibility table (DMN), its own or the reference one, to read or edit offline. */
    public StreamedContent eligibilityTable() {
        byte[] xml = eligibilityTables.tableOf(actor, id).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("care-type-eligibility-" + current().getCode() + ".dmn")
                .contentType("application/xml").stream(() -> new ByteArrayInputStream(xml)).build();
    }

    public void uploadEligibilityTable() {
        if (eligibilityUpload == null || eligibilityUpload.getSize() == 0) {
            errors.show(new ValidationException(List.of(new ValidationException.FieldError("eligibilityTable",
                    "ruleSet.dmn.fileMissing"))), "eligibilityForm");
            return;
        }
        String fileName = eligibilityUpload.getFileName();
        byte[] content = eligibilityUpload.getContent();
        changeEligibilityTable(() -> eligibilityTables.upload(actor, id, fileName, content),
                "ruleSet.dmn.saved");
    }

    public void resetEligibilityTable() {
        changeEligibilityTable(() -> eligibilityTables.save(actor, id, null), "ruleSet.dmn.reset");
    }

    private void changeEligibilityTable(Supplier<RuleSet> change, String doneKey) {
        try {
            ruleSet = change.get();
            errors.info(doneKey);
        } catch (BusinessException e) {
            errors.show(e, "eligibilityForm");
        }
    }

    public boolean isOwnEligibilityTable() {
        return current().getCareEligibilityDmn() != null;
    }

    public UploadedFile getEligibilityUpload() {
        return eligibilityUpload;
    }

    public void setEligibilityUpload(UploadedFile eligibilityUpload) {
        this.eligibilityUpload = eligibilityUpload;
    }

    public String problemAt(String path) {
        String text = problems.entrySet().stream()
                .filter(p -> p.getKey().equals(path) || p.getKey().startsWith(path + ".")
                        || p.getKey().startsWith(path + "["))
                .map(Map.Entry::getValue)
                .collect(Collectors.joining("；"));
        return text.isEmpty() ? null : text;
    }

    private RuleSet current() {
        if (ruleSet == null) {
            ruleSet = ruleSets.find(actor, id);
        }
        return ruleSet;
    }

    public boolean isEditable() {
        return form != null && current().getStatus() == RuleSetStatus.DRAFT;
    }

    public RuleSet getRuleSet() {
        return form == null ? null : current();
    }

    public List<ScaleItem> itemsOf(Dimension dimension) {
        return current().content().scale().itemsOf(dimension);
    }

    public List<Dimension> getDimensions() {
        return List.of(Dimension.values());
    }

    /** The score bands' levels, and the grade matrix's rows (ADL) and columns (cognition and perception). */
    public List<ImpairmentLevel> getLevels() {
        return List.of(ImpairmentLevel.values());
    }

    public List<Integer> getGrades() {
        return List.of(0, 1, 2, 3, 4, 5);
    }

    /** The parts of single numbers, each a heading of the form ({@link PolicyNumbers}). */
    public List<String> getNumberParts() {
        return PolicyNumbers.parts();
    }

    public List<PolicyNumbers.Field> numbersOf(String part) {
        return PolicyNumbers.fieldsOf(part);
    }

    /** The converter of a number's type: the form holds its numbers in one map, untyped for the page. */
    public Converter<?> converterOf(PolicyNumbers.Field number) {
        if (number.isWhole()) {
            return new IntegerConverter();
        }
        return number.isDecimal() ? new BigDecimalConverter() : new EnumConverter(number.type());
    }

    public RuleSetForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public void setEffectiveTo(LocalDate effectiveTo) {
        this.effectiveTo = effectiveTo;
    }
}
