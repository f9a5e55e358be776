package org.ltcare.insured.importing;

import static org.ltcare.insured.importing.InsuredCsvColumn.ADDRESS;
import static org.ltcare.insured.importing.InsuredCsvColumn.ENROLLED_ON;
import static org.ltcare.insured.importing.InsuredCsvColumn.ID_NUMBER;
import static org.ltcare.insured.importing.InsuredCsvColumn.INSURANCE_TYPE;
import static org.ltcare.insured.importing.InsuredCsvColumn.NAME;
import static org.ltcare.insured.importing.InsuredCsvColumn.PHONE;
import static org.ltcare.insured.importing.InsuredCsvColumn.REGION_CODE;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.InsuranceType;
import org.ltcare.insured.InvalidIdNumberException;

/**
 * Checks the cells of one data row, reporting every problem found. Holds the ID numbers seen so
 * far, so one instance serves one file.
 */
final class InsuredRowValidator {

    static final int MAX_NAME_LENGTH = 50;
    static final int MAX_ADDRESS_LENGTH = 200;

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    /** GB/T 2260 codes: the first digit is 1–8 (province 11–82). */
    private static final Pattern REGION_CODE_FORMAT = Pattern.compile("[1-8]\\d{5}");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-\\d{7,8}");
    /** An 18- or old 15-digit ID number typed into another column is masked in the error detail. */
    private static final Pattern ID_NUMBER_LIKE = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");
    private static final Map<String, InsuranceType> INSURANCE_TYPE_LABELS =
            Map.of("职工", InsuranceType.EMPLOYEE, "居民", InsuranceType.RESIDENT);

    private final LocalDate today;
    private final Map<IdNumber, Integer> firstLineById = new HashMap<>();

    InsuredRowValidator(LocalDate today) {
        this.today = today;
    }

    /**
     * @param cells exactly one value per {@link InsuredCsvColumn}
     * @return the row if it has no problem; otherwise empty, with the problems added to {@code errors}
     */
    Optional<InsuredRow> validate(int line, List<String> cells, List<RowError> errors) {
        Cells row = new Cells(line, cells, errors);
        IdNumber idNumber = row.idNumber();
        String name = row.name();
        InsuranceType insuranceType = row.insuranceType();
        String regionCode = row.regionCode();
        LocalDate enrolledOn = row.enrolledOn();
        String phone = row.phone();
        String address = row.address();
        if (row.hasProblems()) {
            return Optional.empty();
        }
        return Optional.of(new InsuredRow(line, idNumber, name, insuranceType, regionCode, enrolledOn, phone, address));
    }

    /** The cells of one row and the problems found in them so far. */
    private final class Cells {
        private final int line;
        private final List<String> values;
        private final List<RowError> errors;
        private final int errorsBefore;

        Cells(int line, List<String> values, List<RowError> errors) {
            this.line = line;
            this.values = values;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        boolean hasProblems() {
            return errors.size() > errorsBefore;
        }

        IdNumber idNumber() {
            String raw = required(ID_NUMBER);
            if (raw == null) {
                return null;
            }
            IdNumber idNumber;
            try {
                idNumber = IdNumber.parse(raw, today);
            } catch (InvalidIdNumberException e) {
                return reject(ID_NUMBER, ImportProblem.ID_NUMBER_INVALID, e.problem().name());
            }
            Integer firstLine = firstLineById.putIfAbsent(idNumber, line);
            if (firstLine != null) {
                reject(ID_NUMBER, ImportProblem.DUPLICATE_IN_FILE, String.valueOf(firstLine));
            }
            return idNumber;
        }

        String name() {
            String name = required(NAME);
            if (name == null) {
                return null;
            }
            tooLong(NAME, name, MAX_NAME_LENGTH);
            if (name.codePoints().anyMatch(Character::isDigit)) {
                reject(NAME, ImportProblem.BAD_NAME, name);
            }
            return name;
        }

        InsuranceType insuranceType() {
            String label = required(INSURANCE_TYPE);
            if (label == null) {
                return null;
            }
            InsuranceType type = INSURANCE_TYPE_LABELS.get(label);
            if (type != null) {
                return type;
            }
            for (InsuranceType candidate : InsuranceType.values()) {
                if (candidate.name().equals(label.toUpperCase(Locale.ROOT))) {
                    return candidate;
                }
            }
            return reject(INSURANCE_TYPE, ImportProblem.BAD_INSURANCE_TYPE, label);
        }

        String regionCode() {
            String code = required(REGION_CODE);
            if (code != null && !REGION_CODE_FORMAT.matcher(code).matches()) {
                return reject(REGION_CODE, ImportProblem.BAD_REGION_CODE, code);
            }
            return code;
        }

        LocalDate enrolledOn() {
            String text = required(ENROLLED_ON);
            if (text == null) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text, DATE);
            } catch (DateTimeParseException e) {
                return reject(ENROLLED_ON, ImportProblem.BAD_DATE, text);
            }
            if (date.isAfter(today)) {
                return reject(ENROLLED_ON, ImportProblem.DATE_IN_FUTURE, text);
            }
            return date;
        }

        String phone() {
            String phone = optional(PHONE);
            if (phone != null && !MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
                return reject(PHONE, ImportProblem.BAD_PHONE, phone);
            }
            return phone;
        }

        String address() {
            String address = optional(ADDRESS);
            if (address != null) {
                tooLong(ADDRESS, address, MAX_ADDRESS_LENGTH);
            }
            return address;
        }

        private String required(InsuredCsvColumn column) {
            String value = optional(column);
            if (value == null) {
                reject(column, ImportProblem.REQUIRED, null);
            }
            return value;
        }

        /** The trimmed cell, or null if it is blank. */
        private String optional(InsuredCsvColumn column) {
            String value = values.get(column.ordinal()).strip();
            return value.isEmpty() ? null : value;
        }

        private void tooLong(InsuredCsvColumn column, String value, int maxLength) {
            if (value.codePointCount(0, value.length()) > maxLength) {
                reject(column, ImportProblem.TOO_LONG, String.valueOf(maxLength));
            }
        }

        private <T> T reject(InsuredCsvColumn column, ImportProblem problem, String detail) {
            errors.add(RowError.of(line, column, problem, masked(detail)));
            return null;
        }
    }

    private static String masked(String detail) {
        if (detail == null) {
            return null;
        }
        return ID_NUMBER_LIKE.matcher(detail)
                .replaceAll(match -> Matcher.quoteReplacement(IdNumber.maskRaw(match.group())));
    }
}
