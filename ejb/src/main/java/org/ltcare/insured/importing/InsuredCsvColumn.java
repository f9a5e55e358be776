package org.ltcare.insured.importing;

import java.util.Arrays;
import java.util.List;

/** The columns of the insured-person import file, in their required order. */
public enum InsuredCsvColumn {
    ID_NUMBER("身份证号"),
    NAME("姓名"),
    INSURANCE_TYPE("参保类型"),
    REGION_CODE("统筹区代码"),
    ENROLLED_ON("参保日期"),
    PHONE("联系电话"),
    ADDRESS("居住地址");

    public static final List<String> HEADERS = Arrays.stream(values()).map(InsuredCsvColumn::header).toList();

    private final String header;

    InsuredCsvColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }
}
