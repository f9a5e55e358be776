package org.ltcare.policy.rules;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes rule-set content with a streaming generator, so that keys come out in the order written here
 * whatever the JSON implementation (two versions of equal content give equal text, and diffs stay readable).
 */
final class RuleSetJsonWriter {

    private static final JsonGeneratorFactory PRETTY =
            Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private RuleSetJsonWriter() {
    }

    static String write(RuleSetContent content) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = PRETTY.createGenerator(out)) {
            json.writeStartObject();
            json.write("formatVersion", RuleSetJson.FORMAT_VERSION);
            writeScale(json, content.scale());
            json.writeStartObject("entitlement");
            writeIntegers(json, "entitledGrades", content.entitlement().entitledGrades());
            json.write("minimumAge", content.entitlement().minimumAge());
            json.writeEnd();
            writeCare(json, content.care());
            writeProcedure(json, content.procedure());
            writeSettlement(json, content.settlement());
            json.writeStartObject("homeCare");
            json.write("homeVisitMinimumMinutes", content.homeCare().homeVisitMinimumMinutes());
            json.write("maxVisitsPerWorkerPerDay", content.homeCare().maxVisitsPerWorkerPerDay());
            json.writeEnd();
            writeContracting(json, content.contracting());
            json.writeEnd();
        }
        return out.toString();
    }

    private static void writeScale(JsonGenerator json, AssessmentScale scale) {
        json.writeStartObject("scale");
        json.writeStartArray("items");
        for (ScaleItem item : scale.items()) {
            json.writeStartObject();
            json.write("dimension", item.dimension().key());
            json.write("code", item.code());
            json.write("nameZh", item.nameZh());
            writeIntegers(json, "allowedScores", item.allowedScores());
            json.writeEnd();
        }
        json.writeEnd();
        json.writeStartObject("bands");
        for (Dimension dimension : Dimension.values()) {
            json.writeStartObject(dimension.key());
            for (Map.Entry<ImpairmentLevel, ScoreRange> band : scale.bandsOf(dimension).entrySet()) {
                json.writeStartObject(band.getKey().name());
                json.write("min", band.getValue().min());
                json.write("max", band.getValue().max());
                json.writeEnd();
            }
            json.writeEnd();
        }
        json.writeEnd();
        json.writeStartArray("matrix");
        for (List<Integer> row : scale.matrix().rows()) {
            json.writeStartArray();
            row.forEach(json::write);
            json.writeEnd();
        }
        json.writeEnd();
        json.writeEnd();
    }

    private static void writeCare(JsonGenerator json, CareTariffs care) {
        json.writeStartObject("care");
        json.write("specializedMinimumHospitalLevel", care.specializedMinimumHospitalLevel());
        json.writeStartArray("tariffs");
        for (CareTariff tariff : care.tariffs()) {
            json.writeStartObject();
            json.write("careType", tariff.careType().name());
            if (tariff.hospitalLevel() == null) {
                json.writeNull("hospitalLevel");
            } else {
                json.write("hospitalLevel", tariff.hospitalLevel());
            }
            json.write("fundRatio", tariff.fundRatio().toPlainString());
            json.write("dailyLimit", tariff.dailyLimit().toPlainString());
            json.writeEnd();
        }
        json.writeEnd();
        json.writeEnd();
    }

    private static void writeProcedure(JsonGenerator json, AssessmentProcedure procedure) {
        json.writeStartObject("procedure");
        json.write("benefitStart", procedure.benefitStart().name());
        json.write("conclusionValidityMonths", procedure.conclusionValidityMonths());
        json.write("acceptanceWorkingDays", procedure.acceptanceWorkingDays());
        json.write("dispatchWorkingDays", procedure.dispatchWorkingDays());
        json.write("publicNoticeWorkingDays", procedure.publicNoticeWorkingDays());
        json.write("objectionWorkingDaysAfterConclusion", procedure.objectionWorkingDaysAfterConclusion());
        json.write("reassessmentWorkingDays", procedure.reassessmentWorkingDays());
        json.write("expiryReminderDays", procedure.expiryReminderDays());
        json.write("reassessmentFeeHome", procedure.reassessmentFeeHome().toPlainString());
        json.write("reassessmentFeeInstitution", procedure.reassessmentFeeInstitution().toPlainString());
        json.writeEnd();
    }

    private static void writeSettlement(JsonGenerator json, SettlementTerms settlement) {
        json.writeStartObject("settlement");
        json.write("claimWindowFromDay", settlement.claimWindowFromDay());
        json.write("claimWindowToDay", settlement.claimWindowToDay());
        json.write("payoutDeadlineWorkingDays", settlement.payoutDeadlineWorkingDays());
        json.write("qualityDepositRate", settlement.qualityDepositRate().toPlainString());
        json.writeEnd();
    }

    private static void writeIntegers(JsonGenerator json, String key, Collection<Integer> values) {
        json.writeStartArray(key);
        values.forEach(json::write);
        json.writeEnd();
    }

    private static void writeContracting(JsonGenerator json, ContractingTerms contracting) {
        json.writeStartObject("contracting");
        json.write("evaluationPassMark", contracting.evaluationPassMark());
        json.write("correctionWorkingDays", contracting.correctionWorkingDays());
        json.write("noticeWorkingDays", contracting.noticeWorkingDays());
        json.write("agreementValidityYears", contracting.agreementValidityYears());
        json.write("renewalLeadDays", contracting.renewalLeadDays());
        json.writeEnd();
    }
}
