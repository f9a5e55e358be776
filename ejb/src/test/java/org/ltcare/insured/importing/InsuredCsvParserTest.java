package org.ltcare.insured.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.IdNumbers;
import org.ltcare.insured.InsuranceType;

class InsuredCsvParserTest {

    /** The format is a contract with the bureau's staff: spelled out here, not taken from the code. */
    private static final String HEADER = "身份证号,姓名,参保类型,统筹区代码,参保日期,联系电话,居住地址";
    /** 2025-06-01 at noon in China. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static final String ZHANG = "370102198001011237";
    private static final String LI = "11010519491231002X";
    private static final String WANG = "440304199003070018";

    private final InsuredCsvParser parser = new InsuredCsvParser(CLOCK);

    @Test
    void readsAGoodFile() throws IOException {
        InsuredImportPreview preview;
        try (InputStream in = getClass().getResourceAsStream("/insured/good.csv")) {
            preview = parser.parse(in);
        }

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.validRows())
                .extracting(InsuredRow::lineNumber, r -> r.idNumber().value(), InsuredRow::name,
                        InsuredRow::insuranceType, InsuredRow::regionCode, InsuredRow::enrolledOn,
                        InsuredRow::phone, InsuredRow::address)
                .containsExactly(
                        tuple(2, ZHANG, "张三", InsuranceType.EMPLOYEE, "370100", LocalDate.of(2020, 1, 1),
                                "13800138000", "济南市历下区泉城路1号"),
                        tuple(3, LI, "李四", InsuranceType.RESIDENT, "370100", LocalDate.of(2019, 7, 15),
                                "0531-12345678", null),
                        tuple(4, WANG, "王五", InsuranceType.EMPLOYEE, "370100", LocalDate.of(2024, 12, 31),
                                null, null),
                        tuple(5, "370124200002290029", "阿依古丽·买买提", InsuranceType.RESIDENT, "370102",
                                LocalDate.of(2025, 6, 1), null, "济南市槐荫区\"幸福\"小区, 3号楼"));
        assertThat(preview.dataRowCount()).isEqualTo(4);
        assertThat(preview.validRowCount()).isEqualTo(4);
        assertThat(preview.errorCount()).isZero();
    }

    @ParameterizedTest(name = "{0}, BOM: {1}")
    @CsvSource({"UTF-8,false", "UTF-8,true", "GB18030,false", "GBK,false"})
    void readsTheEncodingsExcelSaves(String charsetName, boolean byteOrderMark) throws IOException {
        Charset charset = Charset.forName(charsetName);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (byteOrderMark) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        bytes.write(lines(HEADER,
                ZHANG + ",张三,职工,370100,2020-01-01,,济南市历下区泉城路1号",
                LI + ",李四,居民,370100,2019-07-15,,").getBytes(charset));

        InsuredImportPreview preview = parser.parse(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.validRows())
                .extracting(InsuredRow::name, InsuredRow::insuranceType, InsuredRow::address)
                .containsExactly(
                        tuple("张三", InsuranceType.EMPLOYEE, "济南市历下区泉城路1号"),
                        tuple("李四", InsuranceType.RESIDENT, null));
    }

    @Test
    void reportsEachBadRowAndKeepsTheGoodOnes() {
        String wrongCheck = IdNumbers.withWrongCheckCharacter(IdNumber.parse(WANG));
        InsuredImportPreview preview = parse(
                HEADER,                                                              // 1
                ZHANG + ",张三,职工,370100,2020-01-01,13800138000,",                    // 2
                wrongCheck + ",王五,职工,370100,2020-01-01,,",                        // 3
                LI + ",李四,居民,370100,2023-02-30,,",                                 // 4
                "370102198506150021,赵六,农民,370100,2020-01-01,,",                   // 5
                ZHANG + ",张三,职工,370100,2021-03-01,,",                              // 6
                "370102198506150013,,居民,370100,2020-01-01,,",                        // 7
                "370102197001010002,孙七,居民,370100,2020-01-01,",                     // 8
                "",                                                                  // 9
                "370102197001010010,周八,居民,370100,2020-01-01,,",                     // 10
                "370102197001010037,吴9,居民,12345,2025-06-02,1234,");                  // 11

        assertThat(preview.errors())
                .extracting(RowError::lineNumber, RowError::column, RowError::code, RowError::detail)
                .containsExactly(
                        tuple(3, "身份证号", ImportProblem.ID_NUMBER_INVALID, "BAD_CHECK_DIGIT"),
                        tuple(4, "参保日期", ImportProblem.BAD_DATE, "2023-02-30"),
                        tuple(5, "参保类型", ImportProblem.BAD_INSURANCE_TYPE, "农民"),
                        tuple(6, "身份证号", ImportProblem.DUPLICATE_IN_FILE, "2"),
                        tuple(7, "姓名", ImportProblem.REQUIRED, null),
                        tuple(8, null, ImportProblem.WRONG_COLUMN_COUNT, "6"),
                        tuple(11, "姓名", ImportProblem.BAD_NAME, "吴9"),
                        tuple(11, "统筹区代码", ImportProblem.BAD_REGION_CODE, "12345"),
                        tuple(11, "参保日期", ImportProblem.DATE_IN_FUTURE, "2025-06-02"),
                        tuple(11, "联系电话", ImportProblem.BAD_PHONE, "1234"));
        assertThat(preview.validRows()).extracting(InsuredRow::lineNumber, InsuredRow::name)
                .containsExactly(tuple(2, "张三"), tuple(10, "周八"));
        assertThat(preview.hasErrors()).isTrue();
        assertThat(preview.dataRowCount()).isEqualTo(9);
        assertThat(preview.invalidLineCount()).isEqualTo(7);
    }

    @ParameterizedTest(name = "{0} = [{1}] → {2}")
    @CsvSource(delimiter = '|', nullValues = "OK", value = {
        "身份证号|11010519491231002x|OK",
        "身份证号|37010219800101123|ID_NUMBER_INVALID",
        "身份证号|370102199902301236|ID_NUMBER_INVALID",
        "身份证号|''|REQUIRED",
        "姓名|阿依古丽·买买提|OK",
        "姓名|张３|BAD_NAME",
        "姓名|'  '|REQUIRED",
        "参保类型|职工|OK",
        "参保类型|居民|OK",
        "参保类型|EMPLOYEE|OK",
        "参保类型|Resident|OK",
        "参保类型|职工医保|BAD_INSURANCE_TYPE",
        "参保类型|''|REQUIRED",
        "统筹区代码|370100|OK",
        "统筹区代码|37010|BAD_REGION_CODE",
        "统筹区代码|3701000|BAD_REGION_CODE",
        "统筹区代码|37O100|BAD_REGION_CODE",
        "统筹区代码|000000|BAD_REGION_CODE",
        "统筹区代码|''|REQUIRED",
        "参保日期|2025-06-01|OK",
        "参保日期|2024-02-29|OK",
        "参保日期|2023-02-29|BAD_DATE",
        "参保日期|2020-13-01|BAD_DATE",
        "参保日期|2020/01/01|BAD_DATE",
        "参保日期|2020-1-1|BAD_DATE",
        "参保日期|2025-06-02|DATE_IN_FUTURE",
        "参保日期|''|REQUIRED",
        "联系电话|''|OK",
        "联系电话|13800138000|OK",
        "联系电话|0531-12345678|OK",
        "联系电话|010-1234567|OK",
        "联系电话|1380013800|BAD_PHONE",
        "联系电话|23800138000|BAD_PHONE",
        "联系电话|138001380001|BAD_PHONE",
        "联系电话|053112345678|BAD_PHONE",
        "联系电话|0531 12345678|BAD_PHONE",
        "居住地址|''|OK",
    })
    void checksEachField(String column, String value, ImportProblem expected) {
        String[] cells = {ZHANG, "张三", "职工", "370100", "2020-01-01", "13800138000", "济南市"};
        cells[InsuredCsvColumn.HEADERS.indexOf(column)] = value;

        InsuredImportPreview preview = parse(HEADER, String.join(",", cells));

        if (expected == null) {
            assertThat(preview.errors()).isEmpty();
            assertThat(preview.validRows()).hasSize(1);
        } else {
            assertThat(preview.errors()).extracting(RowError::lineNumber, RowError::column, RowError::code)
                    .containsExactly(tuple(2, column, expected));
            assertThat(preview.validRows()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}: {1} characters → {2}")
    @CsvSource(delimiter = '|', nullValues = "OK", value = {
        "姓名|50|OK",
        "姓名|51|TOO_LONG",
        "居住地址|200|OK",
        "居住地址|201|TOO_LONG",
    })
    void limitsLengthInCharacters(String column, int length, ImportProblem expected) {
        String[] cells = {ZHANG, "张三", "职工", "370100", "2020-01-01", "", ""};
        cells[InsuredCsvColumn.HEADERS.indexOf(column)] = "𠮷".repeat(length); // one character, two chars in Java

        InsuredImportPreview preview = parse(HEADER, String.join(",", cells));

        if (expected == null) {
            assertThat(preview.errors()).isEmpty();
        } else {
            int max = column.equals("姓名") ? 50 : 200;
            assertThat(preview.errors()).extracting(RowError::column, RowError::code, RowError::detail)
                    .containsExactly(tuple(column, expected, String.valueOf(max)));
        }
    }

    @Test
    void everyLaterOccurrenceOfAnIdNumberIsADuplicate() {
        InsuredImportPreview preview = parse(HEADER,
                "370102198001011237,张三,职工,370100,2020-01-01,,",
                "370102198506150021,赵六,居民,370100,2020-01-01,,",
                " 370102198001011237 ,张三,职工,370100,2020-01-01,,",
                "11010519491231002x,李四,居民,370100,2020-01-01,,",
                "370102198001011237,张三,职工,370100,2020-01-01,,",
                "11010519491231002X,李四,居民,370100,2020-01-01,,");

        assertThat(preview.errors())
                .extracting(RowError::lineNumber, RowError::column, RowError::code, RowError::detail)
                .containsExactly(
                        tuple(4, "身份证号", ImportProblem.DUPLICATE_IN_FILE, "2"),
                        tuple(6, "身份证号", ImportProblem.DUPLICATE_IN_FILE, "2"),
                        tuple(7, "身份证号", ImportProblem.DUPLICATE_IN_FILE, "5"));
        assertThat(preview.validRows()).extracting(InsuredRow::lineNumber).containsExactly(2, 3, 5);
    }

    @Test
    void lineNumbersArePhysicalLines() {
        InsuredImportPreview preview = parse(
                "",                                                                       // 1
                HEADER,                                                                   // 2
                ",,,,,,",                                                                 // 3
                ZHANG + ",张三,职工,370100,2020-01-01,,\"济南市历下区\r\n泉城路1号\n2单元\"",   // 4-6
                "   ",                                                                    // 7
                LI + ",李四,居民,370100,2020-13-01,,");                                    // 8

        assertThat(preview.validRows()).extracting(InsuredRow::lineNumber, InsuredRow::address)
                .containsExactly(tuple(4, "济南市历下区\r\n泉城路1号\n2单元"));
        assertThat(preview.errors()).extracting(RowError::lineNumber, RowError::code)
                .containsExactly(tuple(8, ImportProblem.BAD_DATE));
        assertThat(preview.dataRowCount()).isEqualTo(2);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "''",
        "'\n\n  \n'",
        "',,,,,,\n'",
    })
    void aFileWithoutContentHasNoHeader(String content) {
        InsuredImportPreview preview = parser.parse(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));

        assertThat(preview.errors()).extracting(RowError::lineNumber, RowError::column, RowError::code)
                .containsExactly(tuple(1, null, ImportProblem.MISSING_HEADER));
    }

    @ParameterizedTest(name = "[{0}] → {1}, {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "姓名,身份证号,参保类型,统筹区代码,参保日期,联系电话,居住地址|身份证号|NONE",
        "身份证号,姓名,参保类型,统筹区,参保日期,联系电话,居住地址|统筹区代码|NONE",
        "身份证号,姓名,参保类型,统筹区代码,参保日期,联系电话|居住地址|6",
        "身份证号,姓名,参保类型,统筹区代码,参保日期,联系电话,居住地址,备注|NONE|8",
        "370102198001011237,张三,职工,370100,2020-01-01,,|身份证号|NONE",
    })
    void aWrongHeaderRejectsTheFile(String header, String column, String detail) {
        InsuredImportPreview preview = parse(header, ZHANG + ",张三,职工,370100,2020-01-01,,");

        assertThat(preview.errors())
                .extracting(RowError::lineNumber, RowError::column, RowError::code, RowError::detail)
                .containsExactly(tuple(1, column, ImportProblem.BAD_HEADER, detail));
        assertThat(preview.validRows()).isEmpty();
    }

    @Test
    void headerCellsMayHaveSurroundingSpaces() {
        InsuredImportPreview preview = parse(" 身份证号 , 姓名,参保类型,统筹区代码,参保日期,联系电话,居住地址 ",
                ZHANG + ",张三,职工,370100,2020-01-01,,");

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.validRows()).hasSize(1);
    }

    @Test
    void brokenCsvStopsAtTheLineWhereTheRecordStarts() {
        InsuredImportPreview preview = parse(HEADER,
                ZHANG + ",张三,职工,370100,2020-01-01,,",
                LI + ",李四,居民,370100,2020-01-01,,\"济南市",
                WANG + ",王五,居民,370100,2020-01-01,,");

        assertThat(preview.errors()).extracting(RowError::lineNumber, RowError::code)
                .containsExactly(tuple(3, ImportProblem.MALFORMED_CSV));
        assertThat(preview.validRows()).extracting(InsuredRow::lineNumber).containsExactly(2);
    }

    @Test
    void acceptsTheMaximumNumberOfRows() {
        InsuredImportPreview preview = parse(rowsFile(InsuredCsvParser.MAX_DATA_ROWS));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.validRowCount()).isEqualTo(InsuredCsvParser.MAX_DATA_ROWS);
        assertThat(preview.validRows().get(InsuredCsvParser.MAX_DATA_ROWS - 1).lineNumber())
                .isEqualTo(InsuredCsvParser.MAX_DATA_ROWS + 1);
    }

    @Test
    void rejectsAFileWithMoreRows() {
        InsuredImportPreview preview = parse(rowsFile(InsuredCsvParser.MAX_DATA_ROWS + 1));

        assertThat(preview.errors())
                .extracting(RowError::lineNumber, RowError::column, RowError::code, RowError::detail)
                .containsExactly(tuple(InsuredCsvParser.MAX_DATA_ROWS + 2, null, ImportProblem.TOO_MANY_ROWS, "50000"));
        assertThat(preview.validRows()).isEmpty();
    }

    @Test
    void rejectsAFileOverTheSizeLimit() {
        byte[] content = lines(HEADER, ZHANG + ",张三,职工,370100,2020-01-01,,").getBytes(StandardCharsets.UTF_8);
        InsuredCsvParser smallLimit = new InsuredCsvParser(CLOCK, InsuredCsvParser.MAX_DATA_ROWS, content.length - 1);
        InsuredCsvParser exactLimit = new InsuredCsvParser(CLOCK, InsuredCsvParser.MAX_DATA_ROWS, content.length);

        assertThat(smallLimit.parse(new ByteArrayInputStream(content)).errors())
                .extracting(RowError::lineNumber, RowError::code, RowError::detail)
                .containsExactly(tuple(1, ImportProblem.FILE_TOO_LARGE, String.valueOf(content.length - 1)));
        assertThat(exactLimit.parse(new ByteArrayInputStream(content)).validRows()).hasSize(1);
    }

    @Test
    void errorsNeverCarryAFullIdNumber() {
        InsuredImportPreview withoutHeader = parse(ZHANG + ",张三,职工,370100,2020-01-01,,", HEADER);
        InsuredImportPreview rows = parse(HEADER,
                "370102198001011238,张三,职工,370100,2020-01-01,,",
                ZHANG + "," + ZHANG + "," + ZHANG + "," + ZHANG + "," + ZHANG + "," + ZHANG + ",",
                ZHANG + ",张三,职工,370100,2020-01-01,,");

        assertThat(rows.errors()).extracting(RowError::code).containsExactly(
                ImportProblem.ID_NUMBER_INVALID,
                ImportProblem.BAD_NAME, ImportProblem.BAD_INSURANCE_TYPE, ImportProblem.BAD_REGION_CODE,
                ImportProblem.BAD_DATE, ImportProblem.BAD_PHONE,
                ImportProblem.DUPLICATE_IN_FILE);
        assertThat(rows.errors()).filteredOn(e -> e.lineNumber() == 3).extracting(RowError::detail)
                .containsOnly("3701**********1237");
        assertThat(withoutHeader.errors()).hasSize(1);
        assertThat(withoutHeader.errors().get(0).detail()).isNull();
    }

    private InsuredImportPreview parse(String... lines) {
        return parser.parse(new ByteArrayInputStream(lines(lines).getBytes(StandardCharsets.UTF_8)));
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static String[] rowsFile(int rows) {
        return IntStream.rangeClosed(0, rows)
                .mapToObj(i -> i == 0 ? HEADER : IdNumbers.distinct(i).value() + ",张三,居民,370100,2020-01-01,,")
                .collect(Collectors.toList()).toArray(String[]::new);
    }
}
