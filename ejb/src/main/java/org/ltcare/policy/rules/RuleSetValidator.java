package org.ltcare.policy.rules;

import java.util.List;

/**
 * Lists everything wrong with rule-set content, so that a bureau administrator can fix a draft in one pass.
 * Never throws for bad content: an empty list means the content may be put in force. The calculators
 * assume validated content.
 */
public final class RuleSetValidator {

    private RuleSetValidator() {
    }

    public static List<RuleSetProblem> validate(RuleSetContent content) {
        Problems problems = new Problems();
        ScaleCheck.checkItems(content.scale(), problems);
        for (Dimension dimension : Dimension.values()) {
            BandCheck.check(content.scale(), dimension, problems);
        }
        ScaleCheck.checkMatrix(content.scale().matrix(), problems);
        checkEntitlement(content.entitlement(), problems);
        TariffCheck.check(content.care(), problems);
        checkProcedure(content.procedure(), problems);
        checkSettlement(content.settlement(), problems);
        problems.requirePositive("homeVisitMinimumMinutes", content.homeCare().homeVisitMinimumMinutes());
        problems.requirePositive("maxVisitsPerWorkerPerDay", content.homeCare().maxVisitsPerWorkerPerDay());
        checkContracting(content.contracting(), problems);
        return problems.toList();
    }

    private static void checkEntitlement(Entitlement entitlement, Problems problems) {
        if (entitlement.entitledGrades().isEmpty()) {
            problems.add("entitledGrades", RuleSetMessage.GRADES_EMPTY);
        }
        for (int grade : entitlement.entitledGrades()) {
            if (grade < GradeMatrix.LOWEST_GRADE || grade > GradeMatrix.HIGHEST_GRADE) {
                problems.add("entitledGrades", RuleSetMessage.GRADE_OUT_OF_RANGE, grade,
                        GradeMatrix.LOWEST_GRADE, GradeMatrix.HIGHEST_GRADE);
            }
        }
        problems.requireNotNegative("minimumAge", entitlement.minimumAge());
    }

    private static void checkProcedure(AssessmentProcedure procedure, Problems problems) {
        problems.requirePositive("conclusionValidityMonths", procedure.conclusionValidityMonths());
        problems.requirePositive("acceptanceWorkingDays", procedure.acceptanceWorkingDays());
        problems.requirePositive("dispatchWorkingDays", procedure.dispatchWorkingDays());
        problems.requirePositive("publicNoticeWorkingDays", procedure.publicNoticeWorkingDays());
        problems.requirePositive("objectionWorkingDaysAfterConclusion",
                procedure.objectionWorkingDaysAfterConclusion());
        problems.requirePositive("reassessmentWorkingDays", procedure.reassessmentWorkingDays());
        problems.requirePositive("expiryReminderDays", procedure.expiryReminderDays());
        problems.requireAmount("reassessmentFeeHome", procedure.reassessmentFeeHome());
        problems.requireAmount("reassessmentFeeInstitution", procedure.reassessmentFeeInstitution());
    }

    private static void checkSettlement(SettlementTerms settlement, Problems problems) {
        int from = settlement.claimWindowFromDay();
        int to = settlement.claimWindowToDay();
        if (from < 1 || from > to || to > SettlementTerms.LAST_POSSIBLE_CLAIM_DAY) {
            problems.add("claimWindow", RuleSetMessage.CLAIM_WINDOW_INVALID, from, to,
                    SettlementTerms.LAST_POSSIBLE_CLAIM_DAY);
        }
        problems.requirePositive("payoutDeadlineWorkingDays", settlement.payoutDeadlineWorkingDays());
        problems.requireRatio("qualityDepositRate", settlement.qualityDepositRate());
    }

    private static void checkContracting(ContractingTerms contracting, Problems problems) {
        int passMark = contracting.evaluationPassMark();
        if (passMark < 0 || passMark > ContractingTerms.HIGHEST_SCORE) {
            problems.add("evaluationPassMark", RuleSetMessage.PASS_MARK_OUT_OF_RANGE, passMark,
                    ContractingTerms.HIGHEST_SCORE);
        }
        problems.requirePositive("correctionWorkingDays", contracting.correctionWorkingDays());
        problems.requirePositive("noticeWorkingDays", contracting.noticeWorkingDays());
        problems.requirePositive("agreementValidityYears", contracting.agreementValidityYears());
        problems.requirePositive("renewalLeadDays", contracting.renewalLeadDays());
    }
}
