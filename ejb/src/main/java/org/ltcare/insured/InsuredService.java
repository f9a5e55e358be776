package org.ltcare.insured;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ltcare.insured.importing.ImportProblem;
import org.ltcare.insured.importing.InsuredCsvParser;
import org.ltcare.insured.importing.InsuredImportPreview;
import org.ltcare.insured.importing.InsuredRow;
import org.ltcare.insured.importing.RowError;
import org.ltcare.policy.RegionRepository;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.files.UploadRule;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;

/** The insured registry: search, detail, registration and the two-step CSV import (preview, then confirm). */
@Stateless
public class InsuredService {

    public static final UploadRule IMPORT_FILE = UploadRule.text(InsuredCsvParser.MAX_BYTES, "CSV");

    @Inject
    private InsuredRepository insured;

    @Inject
    private RegionRepository regions;

    @Inject
    private AuditLog audit;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Clock clock;

    /** The registry of the actor's region: a search naming another region finds no one. */
    public List<InsuredPerson> search(Actor actor, InsuredSearch criteria, int first, int max) {
        requireBrowse(actor, criteria);
        return ownRegion(actor, criteria).map(c -> insured.search(c, first, max)).orElse(List.of());
    }

    public long count(Actor actor, InsuredSearch criteria) {
        requireBrowse(actor, criteria);
        return ownRegion(actor, criteria).map(insured::count).orElse(0L);
    }

    /** A person of the actor's region; one of another region is "not found", as one that does not exist. */
    public InsuredPerson find(Actor actor, long id) {
        if (!actor.hasAny(Role.AGENCY_REVIEWER, Role.BUREAU_APPROVER, Role.SYSTEM_ADMIN, Role.AUDITOR,
                Role.ASSESSMENT_SUPERVISOR)) {
            throw new AccessDeniedException("insured.view");
        }
        String region = accounts.regionOf(actor);
        return insured.find(id).filter(person -> person.getRegionCode().equals(region))
                .orElseThrow(() -> new NotFoundException("InsuredPerson", id));
    }

    /** The criteria bound to the actor's region; empty when they ask for another. */
    private java.util.Optional<InsuredSearch> ownRegion(Actor actor, InsuredSearch criteria) {
        String region = accounts.regionOf(actor);
        if (criteria.regionCode() != null && !criteria.regionCode().equals(region)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new InsuredSearch(criteria.name(), criteria.idNumber(), region));
    }

    /** Institutions and kiosks find a person only by the full ID number, never by browsing. */
    public InsuredPerson findByIdNumber(Actor actor, IdNumber idNumber) {
        return insured.findByIdNumber(idNumber)
                .orElseThrow(() -> new NotFoundException("InsuredPerson", idNumber.masked()));
    }

    public InsuredPerson register(Actor actor, InsuredRow row) {
        requireImport(actor);
        if (insured.findByIdNumber(row.idNumber()).isPresent()) {
            throw new BusinessException("insured.alreadyRegistered", row.idNumber().masked());
        }
        if (regions.find(row.regionCode()).isEmpty()) {
            throw new BusinessException("insured.unknownRegion", row.regionCode());
        }
        InsuredPerson person = toPerson(row);
        insured.save(person);
        audit.record(actor, "REGISTER", null, person);
        return person;
    }

    /**
     * Parses a file and checks it against the registry; stores nothing. A file that is not text, or larger than
     * {@link InsuredCsvParser#MAX_BYTES}, is refused whole, by name.
     */
    public InsuredImportPreview preview(Actor actor, String fileName, byte[] content) {
        requireImport(actor);
        IMPORT_FILE.check("file", fileName, content);
        InsuredImportPreview parsed = new InsuredCsvParser().parse(new ByteArrayInputStream(content));
        Set<IdNumber> registered = insured.existing(parsed.validRows().stream().map(InsuredRow::idNumber).toList());
        Set<String> regionCodes = regions.codes();
        List<InsuredRow> valid = new ArrayList<>();
        List<RowError> errors = new ArrayList<>(parsed.errors());
        for (InsuredRow row : parsed.validRows()) {
            if (registered.contains(row.idNumber())) {
                errors.add(new RowError(row.lineNumber(), "身份证号", ImportProblem.ALREADY_REGISTERED,
                        row.idNumber().masked()));
            } else if (!regionCodes.contains(row.regionCode())) {
                errors.add(new RowError(row.lineNumber(), "统筹区代码", ImportProblem.BAD_REGION_CODE,
                        row.regionCode()));
            } else {
                valid.add(row);
            }
        }
        errors.sort((a, b) -> Integer.compare(a.lineNumber(), b.lineNumber()));
        return new InsuredImportPreview(parsed.dataRowCount(), valid, errors);
    }

    /**
     * Stores the valid rows of a preview, all or none: if anything changed since the preview (someone
     * registered one of the people meanwhile), nothing is stored and the caller previews again.
     */
    public int confirmImport(Actor actor, List<InsuredRow> rows) {
        requireImport(actor);
        Set<IdNumber> registered = insured.existing(rows.stream().map(InsuredRow::idNumber).toList());
        if (!registered.isEmpty()) {
            throw new BusinessException("insured.import.changedSincePreview", registered.size());
        }
        for (InsuredRow row : rows) {
            InsuredPerson person = toPerson(row);
            insured.save(person);
            audit.record(actor, "IMPORT", null, person);
        }
        return rows.size();
    }

    private InsuredPerson toPerson(InsuredRow row) {
        return new InsuredPerson(row.idNumber(), row.name(), row.insuranceType(), row.regionCode(),
                row.enrolledOn(), row.phone(), row.address(), clock.instant());
    }

    private static void requireImport(Actor actor) {
        if (!actor.has(Role.AGENCY_REVIEWER)) {
            throw new AccessDeniedException("insured.import");
        }
    }

    private static void requireBrowse(Actor actor, InsuredSearch criteria) {
        if (!actor.hasAny(Role.AGENCY_REVIEWER, Role.BUREAU_APPROVER, Role.SYSTEM_ADMIN, Role.AUDITOR,
                Role.ASSESSMENT_SUPERVISOR)) {
            throw new AccessDeniedException("insured.search");
        }
    }
}
