package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ltcare.assessment.conclusion.ConclusionDocument;
import org.ltcare.assessment.conclusion.ConclusionPdf;
import org.ltcare.assessment.conclusion.DimensionLine;
import org.ltcare.assessment.conclusion.ItemLine;
import org.ltcare.assessment.scale.DisabilityGrade;
import org.ltcare.assessment.scale.GradeCalculator;
import org.ltcare.assessment.scale.GradeExplanation;
import org.ltcare.insured.Gender;
import org.ltcare.policy.RuleSetRepository;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.RuleSetContent;
import org.ltcare.policy.rules.ScaleItem;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.i18n.EnumLabels;
import org.ltcare.shared.pdf.PrintedDocument;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * The printable 评估结论书 of a conclusion, for whoever may see its case (the applicant's institution, the agency,
 * the bureau). Everything printed comes from the conclusion's snapshot and the rule-set version it names, so a
 * reprint years later reads as the original did. The ID number is printed masked: the document is handed on.
 */
@Stateless
public class ConclusionDocumentService {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** A rendered document and the name it is downloaded under. */
    public record Pdf(String fileName, byte[] content) {
    }

    @Inject
    private ApplicationService applications;

    @Inject
    private ConclusionRepository conclusions;

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private ConclusionService conclusionService;

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private UserAccountRepository accounts;

    public Pdf pdf(Actor actor, long conclusionId) {
        AssessmentConclusion conclusion = conclusions.find(conclusionId)
                .orElseThrow(() -> new NotFoundException("AssessmentConclusion", conclusionId));
        applications.find(actor, conclusion.getApplication().getId());
        return new Pdf(conclusion.getDocumentNumber() + ".pdf", ConclusionPdf.render(document(conclusion)));
    }

    /**
     * How the conclusion's grade came to be, in {@code locale}: its stored item scores graded again by the scale of
     * the rule-set version it was concluded under (a version in force never changes), for whoever may read the case.
     */
    public List<String> howGraded(Actor actor, long conclusionId, Locale locale) {
        AssessmentConclusion conclusion = conclusions.find(conclusionId)
                .orElseThrow(() -> new NotFoundException("AssessmentConclusion", conclusionId));
        applications.find(actor, conclusion.getApplication().getId());
        AssessmentScale scale = ruleSets.find(conclusion.getRuleSetId()).orElseThrow().content().scale();
        return GradeCalculator.explain(scale, conclusion.itemScores()).steps(locale, conclusion.getRuleSetCode());
    }

    ConclusionDocument document(AssessmentConclusion conclusion) {
        AssessmentApplication application = conclusion.getApplication();
        Assessment round = assessments.find(conclusion.getAssessmentId()).orElseThrow();
        RuleSetContent rules = ruleSets.find(conclusion.getRuleSetId()).orElseThrow().content();
        AssessmentScale scale = rules.scale();
        GradeExplanation graded = GradeCalculator.explain(scale, conclusion.itemScores());
        boolean entitled = rules.entitlement().entitles(conclusion.getGrade());
        return new ConclusionDocument(
                conclusion.getDocumentNumber(),
                accounts.organisation(round.getAgencyId()).getName(),
                application.getInsured().getName(),
                application.getInsured().getGender() == Gender.MALE ? "男" : "女",
                application.getInsured().getIdNumber().masked(),
                application.getResidenceKind() == ResidenceKind.HOME ? application.getResidenceAddress()
                        : institutionName(application),
                String.valueOf(application.getId()),
                round.visit().date(),
                round.assessors().stream().map(Assessor::getName).collect(Collectors.joining("、")),
                conclusion.getConcludedOn(),
                conclusion.getConcludedOn(),
                conclusion.getValidThrough(),
                entitled ? conclusion.getBenefitFrom() : null,
                conclusion.getGrade(),
                printed(DisabilityGrade.of(conclusion.getGrade())),
                graded.briefBasis(PrintedDocument.LOCALE),
                dimensionLines(scale, graded),
                itemLines(scale, conclusion.itemScores()),
                conclusion.getRuleSetCode(),
                round.getRound() > 1,
                feeNote(round),
                entitled ? "符合长期护理保险待遇享受条件" : "未达到长期护理保险待遇享受等级，不享受长期护理保险待遇",
                objectionNote(conclusion, round, rules));
    }

    private String institutionName(AssessmentApplication application) {
        return application.getCurrentInstitutionId() == null ? null
                : accounts.organisation(application.getCurrentInstitutionId()).getName();
    }

    private static List<DimensionLine> dimensionLines(AssessmentScale scale, GradeExplanation graded) {
        return graded.dimensions().stream().map(d -> new DimensionLine(printed(d.dimension()), d.total(),
                scale.maxScore(d.dimension()), d.band(), printed(d.level()))).toList();
    }

    /** Grades, dimensions and levels by their Chinese names: the document is the bureau's, in Chinese. */
    private static String printed(Enum<?> value) {
        return EnumLabels.of(value, PrintedDocument.LOCALE);
    }

    private static List<ItemLine> itemLines(AssessmentScale scale, Map<String, Map<String, Integer>> scores) {
        List<ItemLine> lines = new ArrayList<>();
        for (ScaleItem item : scale.items()) {
            lines.add(new ItemLine(printed(item.dimension()), item.nameZh(),
                    scores.get(item.dimension().key()).get(item.code()), item.maxScore()));
        }
        return lines;
    }

    private static String feeNote(Assessment round) {
        if (round.getFeePayer() == null) {
            return null;
        }
        String amount = round.getFeeAmount().toPlainString();
        return round.getFeePayer() == FeePayer.APPLICANT
                ? "复评等级与原评估等级一致，复评费用 " + amount + " 元由申请人承担"
                : "复评等级与原评估等级不一致，复评费用 " + amount + " 元由评估机构承担";
    }

    private String objectionNote(AssessmentConclusion conclusion, Assessment round, RuleSetContent rules) {
        if (round.getPurpose().isObjection()) {
            return "本结论为异议复评结论，为终局结论。";
        }
        int days = rules.procedure().objectionWorkingDaysAfterConclusion();
        LocalDate lastDay = conclusionService.objectionWindowLastDay(conclusion, rules.procedure());
        return "申请人对本结论有异议的，可自结论日期起 " + days + " 个工作日内（至 " + lastDay.format(CHINESE_DATE)
                + "）向经办机构提出复评申请；复评结论与原结论一致的，复评费用由申请人承担。";
    }
}
