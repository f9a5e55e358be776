package org.ltcare.institution.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Agreement documents as the institution service would fill them in: a hospital contracted for three care types. */
final class Agreements {

    static final String NUMBER = "XY-370200-2026-0042";
    static final String BUREAU = "青岛市医疗保障局";
    static final String INSTITUTION = "青岛市市南区康宁护理院";
    static final String CREDIT_CODE = "12370200MB1234567X";

    private Agreements() {
    }

    static List<AgreementLine> threeCareTypes() {
        return List.of(
                new AgreementLine("专护", 20, new BigDecimal("210")),
                new AgreementLine("院护", 120, new BigDecimal("120.00")),
                new AgreementLine("家护", 60, new BigDecimal("45.5")));
    }

    /** {@code count} lines, each with its own name, places and charge, so a lost row shows. */
    static List<AgreementLine> numberedLines(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new AgreementLine("护理类型%02d".formatted(i), i, new BigDecimal(100 + i)))
                .toList();
    }

    static AgreementDocument aHospitalAgreement() {
        return withLinesAndRenewal(threeCareTypes(), null);
    }

    static AgreementDocument withLinesAndRenewal(List<AgreementLine> lines, String renews) {
        return new AgreementDocument(
                NUMBER,
                BUREAU,
                INSTITUTION,
                CREDIT_CODE,
                "医院",
                "山东省青岛市市南区宁夏路288号",
                "刘敏",
                "0532-85912345",
                lines,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31),
                "王建国",
                LocalDate.of(2025, 12, 18),
                "SD-2025",
                renews);
    }

    static AgreementDocument withoutContactDetails() {
        return new AgreementDocument(NUMBER, BUREAU, INSTITUTION, null, "养老机构", " ", null, null,
                threeCareTypes(), LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), "王建国",
                LocalDate.of(2025, 12, 18), "SD-2025", null);
    }
}
