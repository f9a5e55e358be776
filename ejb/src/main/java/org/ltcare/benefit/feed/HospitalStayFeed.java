package org.ltcare.benefit.feed;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ltcare.benefit.HospitalStayService;
import org.ltcare.insured.importing.CsvTextDecoder;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.files.UploadRule;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * The medical-insurance system's inpatient stays (rules.md §3: inpatient days are not billable), imported from a
 * CSV file (format in docs/hospital-stay-feed.md): {@code record_id,id_number,name,hospital,admitted_on,
 * discharged_on}. Each record is applied on its own ({@link HospitalStayFeedRow}); the report names every row
 * not taken. Importing the same file twice changes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HospitalStayFeed {

    public static final String SOURCE = "MI_FEED";
    public static final int MOST_ROWS = 10_000;
    static final List<String> HEADER = List.of("record_id", "id_number", "name", "hospital", "admitted_on",
            "discharged_on");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true)
            .get();

    /** A file uploaded on the page: the feed's text; 10 MB holds far more than {@link #MOST_ROWS} rows. */
    static final UploadRule FILE = UploadRule.text(10L * 1024 * 1024, "CSV");

    @Inject
    private HospitalStayFeedRow rows;

    /** A file uploaded on the page, refused whole (naming it) unless it is text of an accepted size. */
    public FeedReport importFile(Actor actor, String fileName, byte[] content) {
        requireImporter(actor);
        FILE.check("file", fileName, content);
        return importCsv(actor, content);
    }

    public FeedReport importCsv(Actor actor, byte[] content) {
        requireImporter(actor);
        List<FeedReport.RowProblem> problems = new ArrayList<>();
        List<FeedRecord> records = read(content, problems);
        Map<FeedOutcome, Integer> counts = new java.util.EnumMap<>(FeedOutcome.class);
        for (FeedRecord record : records) {
            try {
                counts.merge(rows.apply(actor, SOURCE, record), 1, Integer::sum);
            } catch (ValidationException e) {
                FieldError first = e.errors().get(0);
                problems.add(new FeedReport.RowProblem(record.line(), record.recordId(), first.messageKey(),
                        first.arguments()));
            } catch (BusinessException e) {
                problems.add(new FeedReport.RowProblem(record.line(), record.recordId(), e.messageKey(),
                        e.arguments().stream().map(String::valueOf).toList()));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(FeedReport.RowProblem::line));
        return new FeedReport(counts.getOrDefault(FeedOutcome.CREATED, 0),
                counts.getOrDefault(FeedOutcome.DISCHARGED, 0), counts.getOrDefault(FeedOutcome.UNCHANGED, 0),
                problems);
    }

    /** The rows of the file; a file that is not this feed (wrong header, too many rows) is refused whole. */
    static List<FeedRecord> read(byte[] content, List<FeedReport.RowProblem> problems) {
        String text = CsvTextDecoder.decode(content == null ? new byte[0] : content);
        List<FeedRecord> records = new ArrayList<>();
        try (CSVParser csv = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            List<CSVRecord> all = csv.getRecords();
            if (all.isEmpty() || !header(all.get(0)).equals(HEADER)) {
                throw new ValidationException(List.of(new FieldError("file", "feed.header",
                        List.of(String.join(",", HEADER)))));
            }
            if (all.size() - 1 > MOST_ROWS) {
                throw new ValidationException(List.of(new FieldError("file", "feed.tooManyRows",
                        List.of(String.valueOf(MOST_ROWS)))));
            }
            for (CSVRecord row : all.subList(1, all.size())) {
                int line = (int) row.getRecordNumber();
                if (row.size() != HEADER.size()) {
                    problems.add(new FeedReport.RowProblem(line, null, "feed.columns",
                            List.of(String.valueOf(HEADER.size()))));
                    continue;
                }
                String recordId = blankToNull(row.get(0));
                if (recordId == null || recordId.length() > 64) {
                    problems.add(new FeedReport.RowProblem(line, recordId, "feed.recordId", List.of()));
                    continue;
                }
                try {
                    records.add(new FeedRecord(line, recordId, row.get(1), blankToNull(row.get(2)), row.get(3),
                            date(row.get(4)), date(row.get(5))));
                } catch (DateTimeParseException e) {
                    problems.add(new FeedReport.RowProblem(line, recordId, "feed.date", List.of(e.getParsedString())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read text already in memory", e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // Broken quoting (an unterminated quote, text after a closing one): the file is refused whole.
            throw new ValidationException(List.of(new FieldError("file", "feed.malformed")));
        }
        return records;
    }

    private static List<String> header(CSVRecord row) {
        List<String> names = new ArrayList<>();
        row.forEach(cell -> names.add(cell.trim().toLowerCase(java.util.Locale.ROOT)));
        return names;
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /**
     * Whether the actor may import stays: the hospital system's login and the bureau's reviewers and approvers.
     *
     * @throws AccessDeniedException when not
     */
    public static void requireImporter(Actor actor) {
        if (!actor.hasAny(Role.HOSPITAL_FEED, Role.AGENCY_REVIEWER, Role.BUREAU_APPROVER)
                && !HospitalStayService.FEED.equals(actor)) {
            throw new AccessDeniedException("feed.import");
        }
    }
}
