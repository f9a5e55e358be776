package org.ltcare.web.overview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.overview.CaseStageCount;
import org.ltcare.overview.DeadlineClaim;
import org.ltcare.overview.InstitutionRank;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.xlsx.TableWorkbook;
import org.ltcare.web.i18n.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The dashboard's tables as Excel workbooks, with the page's headers in the user's language. */
@Named
@RequestScoped
public class DashboardExports {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private DashboardPage page;

    @Inject
    private Messages messages;

    public StreamedContent beneficiaries() {
        List<String> headers = new ArrayList<>(List.of(messages.get("beneficiaries.grade")));
        for (CareType type : CareType.values()) {
            headers.add(messages.careType(type));
        }
        headers.add(messages.get("dashboard.total"));
        List<List<Object>> rows = new ArrayList<>();
        for (GradeRow grade : page.getGrades()) {
            List<Object> row = new ArrayList<>(List.of(grade.grade()));
            row.addAll(grade.counts());
            row.add(grade.total());
            rows.add(row);
        }
        return xlsx("beneficiaries", "beneficiaries.title", headers, rows);
    }

    public StreamedContent cases() {
        List<List<Object>> rows = new ArrayList<>();
        for (CaseStageCount stage : page.getDashboard().cases()) {
            rows.add(List.of(page.stepName(stage), stage.open(), stage.overdue()));
        }
        return xlsx("cases", "cases.title", List.of(messages.get("cases.step"), messages.get("cases.open"),
                messages.get("cases.overdue")), rows);
    }

    public StreamedContent spend() {
        List<String> headers = new ArrayList<>(List.of(messages.get("spend.month")));
        for (CareType type : CareType.values()) {
            headers.add(messages.careType(type));
        }
        headers.addAll(List.of(messages.get("spend.fund"), messages.get("spend.personal"),
                messages.get("spend.budget")));
        List<List<Object>> rows = new ArrayList<>();
        for (SpendRow month : page.getSpend()) {
            List<Object> row = new ArrayList<>(List.of(month.month().toString()));
            row.addAll(month.fund());
            row.add(month.totalFund());
            row.add(month.personal());
            row.add(month.budget());
            rows.add(row);
        }
        return xlsx("fund-spend", "spend.title", headers, rows);
    }

    public StreamedContent institutions() {
        List<List<Object>> rows = new ArrayList<>();
        for (InstitutionRank rank : page.getDashboard().institutions()) {
            rows.add(java.util.Arrays.asList(rank.name(), rank.beneficiaries(), rank.fundSpend(), rank.deducted(),
                    rank.score()));
        }
        return xlsx("institutions", "institutions.title", List.of(messages.get("institutions.name"),
                messages.get("institutions.beneficiaries"), messages.get("institutions.spend"),
                messages.get("institutions.deducted"), messages.get("institutions.score")), rows);
    }

    public StreamedContent due() {
        List<List<Object>> rows = new ArrayList<>();
        for (DeadlineClaim claim : page.getDashboard().dueSoon()) {
            rows.add(List.of(claim.institution(), claim.month().toString(), messages.label(claim.status()),
                    claim.dueOn().toString(), claim.fundShare(), claim.daysLeft()));
        }
        return xlsx("payout-deadlines", "due.title", List.of(messages.get("due.institution"),
                messages.get("due.month"), messages.get("due.status"), messages.get("due.dueOn"),
                messages.get("due.fund"), messages.get("due.daysLeft")), rows);
    }

    private StreamedContent xlsx(String name, String titleKey, List<String> headers, List<List<Object>> rows) {
        String title = messages.format(titleKey, page.getDueWithinDays());
        byte[] book = TableWorkbook.of(messages.get("dashboard.table"), title, headers, rows);
        return DefaultStreamedContent.builder().name(name + ".xlsx").contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(book)).build();
    }
}
