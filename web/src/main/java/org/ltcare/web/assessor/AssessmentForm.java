package org.ltcare.web.assessor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ltcare.assessment.Assessment;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.AssessmentPhoto;
import org.ltcare.assessment.AssessmentStatus;
import org.ltcare.assessment.OnSiteAssessmentService;
import org.ltcare.assessment.OnSiteVisit;
import org.ltcare.assessment.PhotoInfo;
import org.ltcare.assessment.PhotoService;
import org.ltcare.assessment.ResidenceKind;
import org.ltcare.assessment.scale.GradePreview;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.ValidationException;
import org.ltcare.web.Page;
import org.ltcare.web.assessment.IdDisplay;
import org.ltcare.web.files.StoredFiles;
import org.ltcare.web.i18n.Messages;
import org.ltcare.web.trial.DimensionPanel;
import org.ltcare.web.trial.ScaleChoices;
import org.ltcare.web.trial.ScaleLabels;
import org.ltcare.web.trial.TrialTexts;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * 现场评估 of one case (?application=id, its latest round): the assigned assessors fill in the 17 items with a live
 * preview of totals, levels and grade, save drafts and submit; the other assessor then confirms or returns it.
 * Everyone else who may see the round reads it. The grade shown is a preview: the service grades what it stores.
 */
@Named
@ViewScoped
public class AssessmentForm extends Page {

    static final String FORM = "assessmentForm";

    /** What the acting user may do with the round as it stands. */
    public enum Mode { ENTER, CONFIRM, READ }

    @Inject
    private OnSiteAssessmentService onSite;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private PhotoService photoService;

    @Inject
    private TrialTexts texts;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Long applicationId;
    private Assessment round;
    private Mode mode = Mode.READ;
    private List<DimensionPanel> dimensions = List.of();
    private List<PreviewLine> preview = List.of();
    private String previewGrade;
    private LocalDate onSiteDate;
    private String onSiteTime;
    private String onSiteAddress;
    private String notes;
    private String returnReason;
    private List<PhotoInfo> photos = List.of();

    /** Loaded before the view is built: the items are components made with c:forEach, one per scale item. */
    @PostConstruct
    void load() {
        applicationId = CaseParameter.applicationId();
        if (applicationId == null) {
            return;
        }
        try {
            round = onSite.latestFor(actor, applicationId);
            mode = modeOf(round);
            onSiteDate = round.visit().date() != null ? round.visit().date() : LocalDate.now(clock);
            AssessmentScale scale = onSite.ruleSetFor(actor, onSiteDate).content().scale();
            dimensions = ScaleChoices.panels(scale, texts);
            ScaleChoices.choose(dimensions, round.itemScores());
            onSiteTime = round.visit().time() == null ? null : round.visit().time().toString();
            onSiteAddress = round.visit().address() != null ? round.visit().address() : defaultAddress();
            notes = round.visit().notes();
            photos = photoService.of(actor, round.getId());
            refreshPreview();
        } catch (BusinessException e) {
            round = null;
            errors.show(e, null);
        }
    }

    private Mode modeOf(Assessment loaded) {
        if (!onSite.isAssignedTo(actor, loaded)) {
            return Mode.READ;
        }
        if (loaded.getStatus() == AssessmentStatus.DISPATCHED) {
            return Mode.ENTER;
        }
        if (loaded.getStatus() == AssessmentStatus.ENTERED && !loaded.isEnteredBy(actor.username())) {
            return Mode.CONFIRM;
        }
        return Mode.READ;
    }

    /** Where the assessors will go: the home address, or the institution the applicant lives in. */
    private String defaultAddress() {
        AssessmentApplication application = round.getApplication();
        if (application.getResidenceKind() == ResidenceKind.HOME) {
            return application.getResidenceAddress();
        }
        return application.getCurrentInstitutionId() == null ? null
                : institutions.find(application.getCurrentInstitutionId())
                        .map(i -> i.getName() + (i.getAddress() == null ? "" : "（" + i.getAddress() + "）"))
                        .orElse(null);
    }

    /** After each choice: the totals so far, each dimension's level once complete, the grade once all are. */
    public void refreshPreview() {
        GradePreview graded = onSite.preview(actor, onSiteDate, ScaleChoices.chosen(dimensions));
        List<PreviewLine> lines = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            GradePreview.DimensionPreview line = graded.of(dimension);
            DimensionPanel panel = dimensions.stream().filter(p -> p.key().equals(dimension.key())).findFirst()
                    .orElseThrow();
            int max = panel.items().stream().mapToInt(i -> i.getOptions().stream()
                    .mapToInt(o -> o.value()).max().orElse(0)).sum();
            lines.add(new PreviewLine(dimension.key(), panel.title(), line.score() + " / " + max,
                    messages.format("assessment.preview.chosen", line.chosen(), line.items()),
                    line.level().map(texts::label).orElse("—"), line.isComplete()));
        }
        preview = lines;
        previewGrade = graded.result().map(r -> ScaleLabels.grade(texts, r.grade())).orElse(null);
    }

    /** Each photo is stored as soon as it is uploaded (its own request, so choices on the form are not touched). */
    public void uploadPhoto(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            photoService.add(actor, round.getId(), file.getFileName(), file.getContent());
            errors.info("photo.added", file.getFileName());
        } catch (BusinessException e) {
            errors.show(e, null);
        }
        photos = photoService.of(actor, round.getId());
    }

    public void removePhoto(PhotoInfo photo) {
        try {
            photoService.remove(actor, photo.id());
        } catch (BusinessException e) {
            errors.show(e, null);
        }
        photos = photoService.of(actor, round.getId());
    }

    public StreamedContent download(PhotoInfo photo) {
        AssessmentPhoto stored = photoService.photo(actor, photo.id());
        return StoredFiles.download(stored.getFile().getFileName(), stored.getFile().getContentType(), stored.getContent());
    }

    public List<PhotoInfo> getPhotos() {
        return photos;
    }

    public void saveDraft() {
        try {
            round = onSite.saveDraft(actor, round.getId(), ScaleChoices.chosen(dimensions), visit());
            errors.info("assessment.draftSaved");
        } catch (BusinessException e) {
            errors.show(e, FORM, this::labelOf);
        }
    }

    public String submit() {
        try {
            onSite.submit(actor, round.getId(), ScaleChoices.scores(dimensions), visit());
            return done("assessment.submitted");
        } catch (BusinessException e) {
            errors.show(e, FORM, this::labelOf);
            return null;
        }
    }

    public String confirm() {
        try {
            onSite.confirm(actor, round.getId());
            return done("assessment.confirmed");
        } catch (BusinessException e) {
            errors.show(e, FORM, this::labelOf);
            return null;
        }
    }

    public String returnToEnterer() {
        try {
            onSite.returnForCorrection(actor, round.getId(), returnReason);
            return done("assessment.returned");
        } catch (BusinessException e) {
            errors.show(e, FORM, this::labelOf);
            return null;
        }
    }

    private String done(String key) {
        errors.info(key, applicationId);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/assessor/assessments?faces-redirect=true";
    }

    /** The visit as entered; a time that is not HH:mm is refused here with the field named, nothing sent on. */
    private OnSiteVisit visit() {
        LocalTime time = null;
        if (onSiteTime != null && !onSiteTime.isBlank()) {
            try {
                time = LocalTime.parse(onSiteTime.trim());
            } catch (DateTimeParseException e) {
                throw new ValidationException(List.of(new FieldError("onSiteTime", "assessment.visit.timeInvalid",
                        List.of())));
            }
        }
        return new OnSiteVisit(onSiteDate, time, onSiteAddress, notes);
    }

    private String labelOf(String field) {
        return ScaleChoices.labelOf(dimensions, field).orElseGet(() -> messages.get("field." + field));
    }

    public String getIdNumber() {
        return round == null ? "" : IdDisplay.of(actor, round.getApplication().getInsured().getIdNumber());
    }

    public boolean isOverdue() {
        return round != null && round.getDueOn() != null && mode == Mode.ENTER
                && round.getDueOn().isBefore(LocalDate.now(clock));
    }

    public String getAssessorNames() {
        return round == null ? "" : String.join("、", round.assessors().stream().map(a -> a.getName()).toList());
    }

    public Map<String, String> getChosenLabels() {
        Map<String, String> labels = new java.util.HashMap<>();
        dimensions.forEach(panel -> panel.items().forEach(item -> item.getOptions().stream()
                .filter(o -> item.getScore() != null && o.value() == item.getScore()).findFirst()
                .ifPresent(o -> labels.put(item.getId(), o.label()))));
        return labels;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Assessment getRound() {
        return round;
    }

    public Mode getMode() {
        return mode;
    }

    public boolean isEditable() {
        return mode == Mode.ENTER;
    }

    public List<DimensionPanel> getDimensions() {
        return dimensions;
    }

    public List<PreviewLine> getPreview() {
        return preview;
    }

    public String getPreviewGrade() {
        return previewGrade;
    }

    public LocalDate getOnSiteDate() {
        return onSiteDate;
    }

    public void setOnSiteDate(LocalDate onSiteDate) {
        this.onSiteDate = onSiteDate;
    }

    public String getOnSiteTime() {
        return onSiteTime;
    }

    public void setOnSiteTime(String onSiteTime) {
        this.onSiteTime = onSiteTime;
    }

    public String getOnSiteAddress() {
        return onSiteAddress;
    }

    public void setOnSiteAddress(String onSiteAddress) {
        this.onSiteAddress = onSiteAddress;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }
}
